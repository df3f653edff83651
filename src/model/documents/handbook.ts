/**
 * Checks a handbook chapter (content/handbook/*.mdx) the way the build will
 * read it, so `check` finds every MDX mistake with its line instead of the
 * Astro build failing later: front matter, MDX syntax, components, and no
 * imports or code (they could publish files from outside content/).
 */
import { mdxToMdast, type MdastNode } from 'satteri';
import { parseSource } from '../yaml-source.ts';

/** The components a chapter may use (passed to <Content components> by the handbook page). */
export const HANDBOOK_COMPONENTS = ['BreachFacts', 'Delegations', 'Glossary', 'Governance', 'Register', 'RetentionPlan', 'RightsDeadlines', 'Routines', 'SecurityMeasures'] as const;

/** HTML elements that would run code or embed other documents on the staff site. */
const FORBIDDEN_HTML = new Set(['script', 'iframe', 'object', 'embed', 'style', 'link', 'meta', 'base', 'form']);

export type HandbookProblem =
  | { code: 'mdx-syntax'; line: number; column: number; detail: string }
  | { code: 'mdx-front-matter'; line: number; column: number; detail: string }
  | { code: 'mdx-code'; line: number; column: number; what: 'esm' | 'expression' | 'attribute' }
  | { code: 'mdx-unknown-component'; line: number; column: number; name: string };

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const FRONT_MATTER_KEYS = new Set(['title', 'policySection', 'section', 'lang', 'order', 'description']);

function checkFrontMatter(file: string, text: string, out: HandbookProblem[]): void {
  const m = FRONT_MATTER.exec(text);
  if (!m) {
    // An opening --- that is never closed makes the whole file front matter.
    if (/^---\r?\n/.test(text)) out.push({ code: 'mdx-front-matter', line: 1, column: 1, detail: 'unclosed' });
    return;
  }
  const { errors, data } = parseSource(file, m[1]!);
  for (const e of errors) out.push({ code: 'mdx-front-matter', line: e.line + 1, column: e.column, detail: e.code ?? e.message });
  if (errors.length) return;
  if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) {
    out.push({ code: 'mdx-front-matter', line: 2, column: 1, detail: 'not-a-mapping' });
    return;
  }
  for (const key of Object.keys((data as Record<string, unknown>) ?? {})) {
    if (!FRONT_MATTER_KEYS.has(key)) out.push({ code: 'mdx-front-matter', line: 2 + m[1]!.split('\n').findIndex((l) => l.startsWith(`${key}:`)), column: 1, detail: `unknown-key:${key}` });
  }
}

type Node = MdastNode & {
  children?: Node[];
  name?: string | null;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number; column: number } };
};

/** A comment `{/* … *\/}` is the one expression that does nothing. */
const isComment = (value: string | undefined) => /^\s*\/\*[\s\S]*\*\/\s*$/.test(value ?? '');
/** Attribute values a component may take: plain literals, e.g. level={3}. */
const isLiteral = (value: string) => /^\s*(?:-?\d+(?:\.\d+)?|true|false|null|"[^"\\]*"|'[^'\\]*')\s*$/.test(value);

function walk(node: Node, out: HandbookProblem[], lineOffset: number): void {
  const at = () => ({ line: (node.position?.start.line ?? 1) + lineOffset, column: node.position?.start.column ?? 1 });
  switch (node.type) {
    case 'mdxjsEsm':
      out.push({ code: 'mdx-code', ...at(), what: 'esm' });
      return;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      if (!isComment(node.value)) out.push({ code: 'mdx-code', ...at(), what: 'expression' });
      return;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const name = node.name ?? '';
      const isComponent = /^[A-Z]/.test(name) || name.includes('.');
      if (!name || (isComponent && !(HANDBOOK_COMPONENTS as readonly string[]).includes(name)) || FORBIDDEN_HTML.has(name.toLowerCase())) {
        out.push({ code: 'mdx-unknown-component', ...at(), name: name || '<>' });
      }
      for (const a of node.attributes ?? []) {
        if (a.type !== 'mdxJsxAttribute' || (a.name ?? '').toLowerCase().startsWith('on')) out.push({ code: 'mdx-code', ...at(), what: 'attribute' });
        else if (a.value && typeof a.value === 'object' && !isLiteral(String((a.value as { value?: string }).value ?? ''))) out.push({ code: 'mdx-code', ...at(), what: 'attribute' });
      }
      break;
    }
  }
  for (const child of node.children ?? []) walk(child, out, lineOffset);
}

/** Every problem of one chapter; `text` is already checked to be clean UTF-8. */
export function checkHandbookText(file: string, text: string): HandbookProblem[] {
  const out: HandbookProblem[] = [];
  checkFrontMatter(file, text, out);
  if (out.length) return out;
  const fm = FRONT_MATTER.exec(text);
  // The body is parsed without its front matter; keep line numbers by blanking it.
  const body = fm ? '\n'.repeat(fm[0].split('\n').length - 1) + text.slice(fm[0].length) : text;
  let tree: Node;
  try {
    tree = mdxToMdast(body) as Node;
  } catch (e) {
    const message = String((e as Error).message ?? e);
    const pos = /^(\d+):(\d+)/.exec(message);
    const detail = message
      .replace(/^\d+:\d+(?:-\d+:\d+)?:\s*/, '')
      .replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)\s*\([^)]*\)\s*$/, '')
      .replace(/\s*\([a-z-]+:[a-z-]+\)\s*$/, '')
      .replace(/ with oxc/, '');
    out.push({ code: 'mdx-syntax', line: pos ? Number(pos[1]) : 1, column: pos ? Number(pos[2]) : 1, detail });
    return out;
  }
  walk(tree, out, 0);
  return out;
}
