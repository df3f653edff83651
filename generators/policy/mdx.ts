/**
 * Reads handbook MDX as plain prose for the PDF, through a real MDX parser:
 * front matter, imports and JSX tags are dropped (their inner text kept),
 * Markdown emphasis and links are flattened.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { mdxToMdast } from 'satteri';
import { parse as parseYaml } from 'yaml';
import type { ContentFile } from '../../src/model/model.ts';
import type { Block } from '../pdf/blocks.ts';

export interface HandbookText {
  /** File name without extension, e.g. "01-inledning". */
  name: string;
  frontmatter: Record<string, unknown>;
  blocks: Block[];
}

type Node = { type: string; value?: string; alt?: string | null; depth?: number; name?: string | null; children?: Node[] };

/** The words of inline content: emphasis, links and code flattened, images by their alt text, `{}` expressions and JSX tags dropped (their text kept). */
function inlineText(nodes: readonly Node[] = []): string {
  const words = (n: Node): string => {
    switch (n.type) {
      case 'text':
      case 'inlineCode':
        return n.value ?? '';
      case 'image':
        return n.alt ?? '';
      case 'break':
        return ' ';
      case 'mdxTextExpression':
      case 'mdxFlowExpression':
      case 'mdxjsEsm':
        return '';
      default:
        return (n.children ?? []).map(words).join('');
    }
  };
  return nodes.map(words).join('').replace(/\s+/g, ' ').trim();
}

/** Removes the last sentence of a paragraph that ends in a colon (a lead-in to something not drawn). */
function dropLeadIn(blocks: Block[]): void {
  const last = blocks.at(-1);
  if (last?.kind !== 'p' || !last.text.endsWith(':')) return;
  const kept = last.text.replace(/(?:^|(?<=[.!?])\s+)[^.!?]*:$/, '').trim();
  if (kept) blocks[blocks.length - 1] = { ...last, text: kept };
  else blocks.pop();
}

/** The items of a list, nested lists' items following their parent's. */
function listItems(list: Node): string[] {
  return (list.children ?? [])
    .flatMap((item) => {
      const own = inlineText((item.children ?? []).filter((c) => c.type !== 'list').flatMap((c) => (c.type === 'paragraph' ? [...(c.children ?? []), { type: 'text', value: ' ' }] : [c])));
      return [own, ...(item.children ?? []).filter((c) => c.type === 'list').flatMap(listItems)];
    })
    .filter(Boolean);
}

/**
 * Handbook MDX as blocks for the PDF, parsed by the MDX parser @astrojs/mdx uses (satteri's mdast):
 * front matter read, imports, exports, code and `{}` expressions dropped, prose and lists kept as plain
 * text. Deliberately simple: the PDF needs paragraphs, not a renderer.
 */
export function mdxToBlocks(source: string): { frontmatter: Record<string, unknown>; blocks: Block[] } {
  const root = mdxToMdast(source.replace(/\r\n/g, '\n'), { position: false }) as Node;
  let frontmatter: Record<string, unknown> = {};
  const blocks: Block[] = [];
  const flow = (nodes: readonly Node[]): void => {
    for (const n of nodes) {
      switch (n.type) {
        case 'yaml':
          try {
            frontmatter = (parseYaml(n.value ?? '') as Record<string, unknown>) ?? {};
          } catch {
            frontmatter = {};
          }
          break;
        case 'heading':
          // Level 1 repeats the section title the PDF already prints; deeper levels become H3.
          if ((n.depth ?? 1) > 1) blocks.push({ kind: 'h3', text: inlineText(n.children) });
          break;
        case 'paragraph': {
          const text = inlineText(n.children);
          if (text) blocks.push({ kind: 'p', text });
          break;
        }
        case 'list': {
          const items = listItems(n);
          if (items.length) blocks.push({ kind: 'list', items });
          break;
        }
        case 'mdxJsxFlowElement':
          // A data component (<Delegations />) is not drawn here: the policy section prints the same facts
          // itself. The sentence leading into it ("… ut:") would point at nothing, so it goes too.
          if (!n.children?.length) dropLeadIn(blocks);
          else if (n.children.every((c) => c.type !== 'paragraph' && c.type !== 'list' && c.type !== 'heading' && c.type !== 'mdxJsxFlowElement')) {
            const text = inlineText(n.children);
            if (text) blocks.push({ kind: 'p', text });
          } else flow(n.children);
          break;
        case 'blockquote':
          flow(n.children ?? []);
          break;
        default:
          // ESM, code, expressions, thematic breaks: nothing to read in a PDF.
          break;
      }
    }
  };
  flow(root.children ?? []);
  // A heading whose only content was a data component ("## Tidsfrister" + <RightsDeadlines />) would stand
  // over nothing: the section prints those facts itself, so the heading goes.
  const kept = blocks.filter((b, i) => !(b.kind === 'h3' && (i + 1 === blocks.length || blocks[i + 1]!.kind === 'h3')));
  return { frontmatter, blocks: kept };
}

export function readHandbook(files: readonly ContentFile[]): HandbookText[] {
  return files.filter((f) => /\.mdx?$/.test(f.file)).map((f) => ({ name: path.basename(f.file).replace(/\.mdx?$/, ''), ...mdxToBlocks(readFileSync(f.absolute, 'utf8')) }));
}

/** Printed in an English PDF where a section's prose is written only in Swedish. */
export const SWEDISH_ONLY_NOTE =
  'The explanatory text of this section is available in Swedish only (see the Swedish policy). The facts below are generated from the record of processing and are complete in English.';

const fold = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');

/**
 * The handbook file for a policy section: front matter `policySection` or
 * `section` equal to the key, else a file name containing one of the words.
 */
export function handbookFor(texts: readonly HandbookText[], key: string, words: readonly string[], locale: string): Block[] {
  const fmMatch = texts.filter((t) => [t.frontmatter.policySection, t.frontmatter.section].includes(key));
  const nameMatch = texts.filter((t) => words.some((w) => fold(t.name).includes(w)));
  const candidates = fmMatch.length ? fmMatch : nameMatch;
  // A file may be written per language: "x.en.mdx" or front matter lang: en.
  const forLocale = candidates.filter((t) => (t.frontmatter.lang ?? (t.name.endsWith('.en') ? 'en' : 'sv')) === locale);
  // No fallback to the other language: an English PDF keeps only its generated facts rather than mixing
  // languages, and says so, so the reader knows the explanatory text exists in Swedish.
  if (!forLocale.length && candidates.length && locale !== 'sv') return [{ kind: 'p', text: SWEDISH_ONLY_NOTE, style: 'italic' }];
  return forLocale.flatMap((t) => t.blocks);
}
