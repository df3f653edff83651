/**
 * Visible text of every kind of output, as a flat list of items the checks
 * read: headings (with their level), text runs (with their language and a
 * place: the path of enclosing elements, the page line or the cell), and list
 * boundaries. HTML is tokenised by hand: the pages are our own, well-formed
 * output, and a dependency-free reader keeps the check fast.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Locale } from '../../src/model/schemas/index.ts';

export type Item =
  | { kind: 'heading'; level: number; text: string; lang: Locale; place: string }
  | { kind: 'text'; text: string; lang: Locale; place: string; block: boolean }
  | { kind: 'list-start'; place: string }
  | { kind: 'list-item'; place: string }
  | { kind: 'list-end'; empty: boolean; place: string }
  | { kind: 'section-end'; place: string };

/** One output read as text: the file it came from, its main language and its items. */
export interface TextDoc {
  file: string;
  lang: Locale;
  /** Outputs laid out in lines (PDF): enables the line-break checks. */
  lines?: string[];
  items: Item[];
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Not prose: scripts, and code samples (a rule's hint may show YAML). */
const SKIP = new Set(['script', 'style', 'template', 'noscript', 'svg', 'head', 'pre']);
/** Inline code stands in the sentence as one neutral word, so the prose around it is still checked. */
const CODE = new Set(['code', 'kbd', 'samp']);
const BLOCK = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'td',
  'th',
  'caption',
  'figcaption',
  'summary',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'div',
  'section',
  'article',
  'nav',
  'header',
  'footer',
  'main',
  'aside',
  'ul',
  'ol',
  'dl',
  'table',
  'tr',
  'blockquote',
  'label',
  'button',
  'details',
  'form',
  'body',
  'a',
]);
const SECTIONING = new Set(['section', 'article', 'main', 'aside', 'nav', 'details', 'header', 'footer', 'body']);

const decode = (s: string) =>
  s
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');

/** Reads an HTML page into items; `file` names it in findings. */
export function htmlItems(file: string, html: string): TextDoc {
  const pageLang = (/<html[^>]*\blang="(sv|en)"/.exec(html)?.[1] ?? 'sv') as Locale;
  const items: Item[] = [];
  const stack: { tag: string; lang: Locale; hidden: boolean; label: string; items: number }[] = [{ tag: '#root', lang: pageLang, hidden: false, label: '', items: 0 }];
  let buffer = '';
  let bufferLang: Locale = pageLang;
  const top = () => stack[stack.length - 1]!;
  const place = () =>
    stack
      .slice(1)
      .map((s) => s.label)
      .filter(Boolean)
      .join(' > ');
  const flush = (block: boolean) => {
    const text = buffer.replace(/\s+/g, ' ').trim();
    if (text) items.push({ kind: 'text', text, lang: bufferLang, place: place(), block });
    buffer = '';
  };
  const re = /<!--[\s\S]*?-->|<![^>]*>|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>|([^<]+)/g;
  let m: RegExpExecArray | null;
  let skipDepth = 0;
  let skipTag = '';
  while ((m = re.exec(html))) {
    const [, closing, rawTag, attrs = '', selfClosing, text] = m;
    if (text !== undefined) {
      if (skipDepth || top().hidden) continue;
      const t = decode(text);
      if (t.trim()) {
        if (buffer.trim() && bufferLang !== top().lang) flush(false);
        bufferLang = top().lang;
      }
      buffer += t;
      continue;
    }
    if (!rawTag) continue;
    const tag = rawTag.toLowerCase();
    if (skipDepth) {
      if (tag === skipTag) skipDepth += closing ? -1 : 1;
      continue;
    }
    if (!closing && CODE.has(tag) && !selfClosing) {
      buffer += 'CODE';
      skipDepth = 1;
      skipTag = tag;
      continue;
    }
    if (!closing && SKIP.has(tag)) {
      if (!selfClosing) {
        skipDepth = 1;
        skipTag = tag;
      }
      continue;
    }
    if (tag === 'br') {
      buffer += ' ';
      continue;
    }
    if (!closing) {
      const hidden = top().hidden || /\shidden(\s|=|$)/.test(attrs) || /aria-hidden="true"/.test(attrs) || /class="[^"]*\b(sr-only|visually-hidden)\b/.test(attrs);
      if (BLOCK.has(tag) || /^h[1-6]$/.test(tag)) flush(true);
      const lang = (/\blang="(sv|en)"/.exec(attrs)?.[1] as Locale | undefined) ?? top().lang;
      const id = /\bid="([^"]+)"/.exec(attrs)?.[1];
      const label = BLOCK.has(tag) ? `${tag}${id ? `#${id}` : ''}` : '';
      if (VOID.has(tag) || selfClosing) continue;
      if (tag === 'ul' || tag === 'ol' || tag === 'dl') items.push({ kind: 'list-start', place: place() });
      if (tag === 'li' || tag === 'dt') items.push({ kind: 'list-item', place: place() });
      stack.push({ tag, lang, hidden, label, items: items.length });
      continue;
    }
    // Closing tag: pop to the matching element.
    const idx = stack.map((s) => s.tag).lastIndexOf(tag);
    if (idx <= 0) continue;
    const el = stack[idx]!;
    if (/^h[1-6]$/.test(tag)) {
      const text = buffer.replace(/\s+/g, ' ').trim();
      buffer = '';
      if (!el.hidden) items.push({ kind: 'heading', level: Number(tag[1]), text, lang: el.lang, place: place() });
    } else if (BLOCK.has(tag)) flush(true);
    else if (el.lang !== stack[idx - 1]!.lang) flush(false);
    if (tag === 'ul' || tag === 'ol' || tag === 'dl') {
      const inner = items.slice(el.items);
      items.push({ kind: 'list-end', empty: !inner.some((i) => i.kind === 'list-item'), place: place() });
    }
    stack.length = idx;
    if (SECTIONING.has(tag)) items.push({ kind: 'section-end', place: place() });
  }
  flush(true);
  return { file, lang: pageLang, items };
}

/** A PDF's text in drawing order (pdftotext -raw), one item per line. */
export function pdfDoc(file: string, label: string, lang: Locale): TextDoc {
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const lines: string[] = [];
  const items: Item[] = [];
  text.split('\f').forEach((page, p) => {
    page.split('\n').forEach((line, l) => {
      const clean = line.replace(/\s+/g, ' ').trim();
      lines.push(clean);
      if (clean) items.push({ kind: 'text', text: clean, lang, place: `page ${p + 1}, line ${l + 1}`, block: true });
    });
  });
  return { file: label, lang, lines, items };
}

/** Each cell of a CSV as a text item (RFC 4180 quoting). */
export function csvDoc(label: string, csv: string, lang: Locale): TextDoc {
  const items: Item[] = [];
  let row = 1;
  let col = 1;
  let cell = '';
  let quoted = false;
  const push = () => {
    if (cell.trim()) items.push({ kind: 'text', text: cell.replace(/\s+/g, ' ').trim(), lang, place: `row ${row}, column ${col}`, block: true });
    cell = '';
  };
  const s = csv.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',' || c === ';') push(), col++;
    else if (c === '\n') push(), row++, (col = 1);
    else if (c !== '\r') cell += c;
  }
  push();
  return { file: label, lang, items };
}

/** Every cell of every sheet of a workbook. */
export async function xlsxDoc(label: string, file: string, lang: Locale): Promise<TextDoc> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  const items: Item[] = [];
  wb.eachSheet((sheet) => {
    sheet.eachRow((r, rn) => {
      r.eachCell((c, cn) => {
        const v = c.value;
        const text =
          typeof v === 'string'
            ? v
            : typeof v === 'number'
              ? String(v)
              : v && typeof v === 'object' && 'richText' in v
                ? v.richText.map((x) => x.text).join('')
                : v && typeof v === 'object' && 'text' in v
                  ? String(v.text)
                  : v instanceof Date
                    ? v.toISOString()
                    : '';
        for (const part of text.split('\n')) if (part.trim()) items.push({ kind: 'text', text: part.trim(), lang, place: `sheet "${sheet.name}", ${c.address}${rn && cn ? '' : ''}`, block: true });
      });
    });
  });
  return { file: label, lang, items };
}

/** Markdown (the changelog): headings by #, list items by -, the rest as text lines. */
export function markdownDoc(label: string, md: string, lang: Locale): TextDoc {
  const items: Item[] = [];
  let inList = false;
  md.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    const place = `line ${i + 1}`;
    const h = /^(#{1,6})\s+(.*)$/.exec(line);
    const li = /^[-*]\s+(.*)$/.exec(line);
    if (inList && !li) {
      items.push({ kind: 'list-end', empty: false, place });
      inList = false;
    }
    if (h) items.push({ kind: 'heading', level: h[1]!.length, text: h[2]!.replace(/\*\*/g, ''), lang, place });
    else if (li) {
      if (!inList) items.push({ kind: 'list-start', place });
      inList = true;
      items.push({ kind: 'list-item', place }, { kind: 'text', text: li[1]!.replace(/\*\*|`/g, ''), lang, place, block: true });
    } else if (line) items.push({ kind: 'text', text: line.replace(/\*\*|`/g, ''), lang, place, block: true });
  });
  if (inList) items.push({ kind: 'list-end', empty: false, place: 'end' });
  return { file: label, lang, items };
}

/** Layout blocks (notice, policy and extract outlines) before drawing: for generated models, without a PDF. */
export type AnyBlock = { kind: string; text?: string; items?: string[]; rows?: unknown[][]; columns?: unknown[] };

export function blocksDoc(label: string, blocks: readonly AnyBlock[], lang: Locale): TextDoc {
  const items: Item[] = [];
  blocks.forEach((b, i) => {
    const place = `block ${i + 1} (${b.kind})`;
    const h = /^h([1-6])$/.exec(b.kind);
    if (h) items.push({ kind: 'heading', level: Number(h[1]), text: b.text ?? '', lang, place });
    else if (b.text !== undefined) items.push({ kind: 'text', text: b.text, lang, place, block: true });
    if (b.items) {
      items.push({ kind: 'list-start', place });
      for (const it of b.items) items.push({ kind: 'list-item', place }, { kind: 'text', text: it, lang, place, block: true });
      items.push({ kind: 'list-end', empty: b.items.length === 0, place });
    }
    if (b.columns)
      for (const c of b.columns) {
        const label = typeof c === 'string' ? c : (c as { label?: string }).label;
        if (label) items.push({ kind: 'text', text: label, lang, place: `${place} header`, block: true });
      }
    if (b.rows)
      b.rows.forEach((r, ri) =>
        r.forEach((cell, ci) => {
          if (typeof cell === 'string' && cell.trim())
            for (const part of cell.split('\n')) if (part.trim()) items.push({ kind: 'text', text: part, lang, place: `${place} row ${ri + 1} cell ${ci + 1}`, block: true });
        }),
      );
  });
  return { file: label, lang, items };
}
