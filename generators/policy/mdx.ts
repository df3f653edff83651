/**
 * Reads handbook MDX as plain prose for the PDF: front matter, imports and
 * JSX tags are dropped (their inner text kept), Markdown emphasis and links
 * are flattened. Deliberately simple: the PDF needs paragraphs, not a renderer.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ContentFile } from '../../src/model/model.ts';
import type { Block } from '../pdf/blocks.ts';

export interface HandbookText {
  /** File name without extension, e.g. "01-inledning". */
  name: string;
  frontmatter: Record<string, unknown>;
  blocks: Block[];
}

export function inlineText(s: string): string {
  return s
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/\{[^{}]*\}/g, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(\*|_)(\S.*?)\1/g, '$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Removes the last sentence of a paragraph that ends in a colon (a lead-in to something not drawn). */
function dropLeadIn(blocks: Block[]): void {
  const last = blocks.at(-1);
  if (last?.kind !== 'p' || !last.text.endsWith(':')) return;
  const kept = last.text.replace(/(?:^|(?<=[.!?])\s+)[^.!?]*:$/, '').trim();
  if (kept) blocks[blocks.length - 1] = { ...last, text: kept };
  else blocks.pop();
}

export function mdxToBlocks(source: string): { frontmatter: Record<string, unknown>; blocks: Block[] } {
  let body = source.replace(/\r\n/g, '\n');
  let frontmatter: Record<string, unknown> = {};
  const fm = /^---\n([\s\S]*?)\n---\n?/.exec(body);
  if (fm) {
    try {
      frontmatter = (parseYaml(fm[1] ?? '') as Record<string, unknown>) ?? {};
    } catch {
      frontmatter = {};
    }
    body = body.slice(fm[0].length);
  }
  // Drop ESM lines and fenced code; keep everything else as text.
  body = body.replace(/^(import|export)\s.*$/gm, '').replace(/```[\s\S]*?```/g, '');
  const blocks: Block[] = [];
  let para: string[] = [];
  let items: string[] = [];
  const flush = () => {
    const text = inlineText(para.join(' '));
    if (text) blocks.push({ kind: 'p', text });
    para = [];
    if (items.length) blocks.push({ kind: 'list', items: items.map(inlineText).filter(Boolean) });
    items = [];
  };
  for (const raw of body.split('\n')) {
    const line = raw.trim();
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const item = /^(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (!line) flush();
    else if (/^<[A-Z][\w.]*(?:\s[^>]*)?\/>$/.test(line)) {
      // A data component (<Delegations />) is not drawn here: the policy section prints the same facts
      // itself. The sentence leading into it ("… ut:") would point at nothing, so it goes too.
      flush();
      dropLeadIn(blocks);
    } else if (heading) {
      flush();
      // Level 1 repeats the section title the PDF already prints; deeper levels become H3.
      if ((heading[1] ?? '').length > 1) blocks.push({ kind: 'h3', text: inlineText(heading[2] ?? '') });
    } else if (item) {
      if (para.length) {
        const text = inlineText(para.join(' '));
        if (text) blocks.push({ kind: 'p', text });
        para = [];
      }
      items.push(item[1] ?? '');
    } else if (items.length && /^\s/.test(raw)) items[items.length - 1] += ` ${line}`;
    else {
      if (items.length) flush();
      para.push(line);
    }
  }
  flush();
  // A heading whose only content was a data component ("## Tidsfrister" + <RightsDeadlines />) would stand
  // over nothing: the section prints those facts itself, so the heading goes.
  const kept = blocks.filter((b, i) => !(b.kind === 'h3' && (i + 1 === blocks.length || blocks[i + 1]!.kind === 'h3')));
  return { frontmatter, blocks: kept };
}

export function readHandbook(files: readonly ContentFile[]): HandbookText[] {
  return files
    .filter((f) => /\.mdx?$/.test(f.file))
    .map((f) => ({ name: path.basename(f.file).replace(/\.mdx?$/, ''), ...mdxToBlocks(readFileSync(f.absolute, 'utf8')) }));
}

/** Printed in an English PDF where a section's prose is written only in Swedish. */
export const SWEDISH_ONLY_NOTE =
  'The explanatory text of this section is available in Swedish only (see the Swedish policy). The facts below are generated from the record of processing and are complete in English.';

const fold = (s: string) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');

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
