/**
 * A structural accessibility checker for our PDFs, in the spirit of PDF/UA
 * (no veraPDF here). Objects come from qpdf (`qpdf --json`, streams decoded by
 * qpdf); page content streams are tokenised (not searched with regexes) and
 * their text decoded through each font's ToUnicode CMap.
 *
 * Checks, each reported with the file, the page and the text concerned:
 *  (a) the text of all marked content reachable from the structure tree, in
 *      tree order, has the same words in the same order as the page text
 *      without artifacts (lines within one marked-content sequence are read
 *      as written: two lines with no space between them run together);
 *  (b) every MCID on a page has a ParentTree entry naming the element that holds it,
 *      every piece of non-artifact text is in marked content with an MCID, and
 *      no MCID belongs to two elements;
 *  (c) heading levels start at H1 and never skip;
 *  (d) every Table has TH cells with a Scope attribute and TD cells;
 *  (e) /Lang, a title with /DisplayDocTitle, /MarkInfo /Marked, one `Document` root,
 *      and the PDF/UA identifier in the XMP metadata;
 *  (f) every Link annotation has a Link structure parent (via /StructParent and an
 *      OBJR) and a /Contents, and a link to a named destination goes to one that exists;
 *  (g) a document longer than two pages has bookmarks (an outline);
 *  (h) every form field (widget annotation) has an accessible name (/TU, on the
 *      widget or its field), a Form structure element as its parent (via
 *      /StructParent and an OBJR), and its page orders Tab by structure (/Tabs /S).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

type Value = null | boolean | number | string | Value[] | { [k: string]: Value };
type Dict = { [k: string]: Value };
interface QpdfObject {
  value?: Value;
  stream?: { dict: Dict; data?: string };
}

export interface Finding {
  check: 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h';
  message: string;
}

/** The parsed file: objects by "n 0 R", resolved on demand. */
class Pdf {
  readonly objects: Map<string, QpdfObject>;
  readonly trailer: Dict;
  constructor(objects: Map<string, QpdfObject>, trailer: Dict) {
    this.objects = objects;
    this.trailer = trailer;
  }
  static read(file: string, password?: string): Pdf {
    const args = ['--json=2', '--json-key=qpdf', '--json-stream-data=inline', '--decode-level=generalized'];
    if (password) args.push(`--password=${password}`);
    const out = execFileSync('qpdf', [...args, file], { maxBuffer: 1 << 30 }).toString('utf8');
    const [, objs] = JSON.parse(out).qpdf as [unknown, Record<string, QpdfObject>];
    const objects = new Map<string, QpdfObject>();
    for (const [k, v] of Object.entries(objs)) if (k.startsWith('obj:')) objects.set(k.slice(4), v);
    return new Pdf(objects, (objs.trailer!.value ?? {}) as Dict);
  }
  isRef(v: Value): v is string {
    return typeof v === 'string' && / 0 R$/.test(v) && this.objects.has(v);
  }
  get(v: Value | undefined): Value {
    if (v === undefined) return null;
    if (this.isRef(v)) {
      const o = this.objects.get(v)!;
      return (o.value ?? o.stream?.dict ?? null) as Value;
    }
    return v;
  }
  dict(v: Value | undefined): Dict {
    const d = this.get(v);
    return d && typeof d === 'object' && !Array.isArray(d) ? (d as Dict) : {};
  }
  array(v: Value | undefined): Value[] {
    const a = this.get(v);
    return Array.isArray(a) ? a : a === null ? [] : [a];
  }
  stream(ref: Value | undefined): Buffer {
    if (!this.isRef(ref ?? null)) return Buffer.alloc(0);
    const s = this.objects.get(ref as string)!.stream;
    return Buffer.from(s?.data ?? '', 'base64');
  }
  /** A text string (qpdf gives "u:…" for text, "b:…" for binary hex). */
  text(v: Value | undefined): string {
    const s = this.get(v);
    if (typeof s !== 'string') return '';
    if (s.startsWith('u:')) return s.slice(2);
    if (s.startsWith('b:')) return Buffer.from(s.slice(2), 'hex').toString('latin1');
    return s;
  }
}

// ---------- content streams ----------

type Token = { op: string } | { value: unknown };

/** Tokens of a content stream: operands (numbers, names, strings, arrays, dicts) and operators. */
export function tokenize(src: Buffer): Token[] {
  const out: Token[] = [];
  let i = 0;
  const n = src.length;
  const ws = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;
  const delim = (c: number) => '()<>[]{}/%'.includes(String.fromCharCode(c));
  const stack: unknown[][] = [];
  const push = (v: unknown) => (stack.length ? stack[stack.length - 1]!.push(v) : out.push({ value: v }));
  while (i < n) {
    const c = src[i]!;
    if (ws(c)) {
      i++;
      continue;
    }
    if (c === 0x25) {
      while (i < n && src[i] !== 0x0a && src[i] !== 0x0d) i++;
      continue;
    }
    if (c === 0x2f) {
      let j = i + 1;
      while (j < n && !ws(src[j]!) && !delim(src[j]!)) j++;
      push({ name: src.subarray(i + 1, j).toString('latin1') });
      i = j;
      continue;
    }
    if (c === 0x28) {
      // Literal string with escapes and balanced parentheses.
      const bytes: number[] = [];
      let depth = 1;
      i++;
      while (i < n && depth > 0) {
        const b = src[i]!;
        if (b === 0x5c) {
          const e = src[i + 1]!;
          // biome-ignore lint/complexity/useSimpleNumberKeys: the escaped letters n r t b f, as char codes.
          const map: Record<number, number> = { 0x6e: 10, 0x72: 13, 0x74: 9, 0x62: 8, 0x66: 12 };
          if (map[e] !== undefined) {
            bytes.push(map[e]!);
            i += 2;
          } else if (e >= 0x30 && e <= 0x37) {
            let k = i + 1;
            let oct = '';
            while (k < n && oct.length < 3 && src[k]! >= 0x30 && src[k]! <= 0x37) oct += String.fromCharCode(src[k++]!);
            bytes.push(parseInt(oct, 8) & 0xff);
            i = k;
          } else if (e === 0x0a || e === 0x0d) {
            i += 2;
          } else {
            bytes.push(e);
            i += 2;
          }
          continue;
        }
        if (b === 0x28) depth++;
        if (b === 0x29 && --depth === 0) {
          i++;
          break;
        }
        bytes.push(b);
        i++;
      }
      push({ bytes: Buffer.from(bytes) });
      continue;
    }
    if (c === 0x3c && src[i + 1] === 0x3c) {
      stack.push([]);
      i += 2;
      continue;
    }
    if (c === 0x3e && src[i + 1] === 0x3e) {
      const items = stack.pop() ?? [];
      const d: Record<string, unknown> = {};
      for (let k = 0; k + 1 < items.length; k += 2) d[(items[k] as { name: string }).name] = items[k + 1];
      push({ dict: d });
      i += 2;
      continue;
    }
    if (c === 0x3c) {
      const j = src.indexOf(0x3e, i);
      const hex = src
        .subarray(i + 1, j)
        .toString('latin1')
        .replace(/\s+/g, '');
      push({ bytes: Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex') });
      i = j + 1;
      continue;
    }
    if (c === 0x5b) {
      stack.push([]);
      i++;
      continue;
    }
    if (c === 0x5d) {
      const items = stack.pop() ?? [];
      push(items);
      i++;
      continue;
    }
    let j = i;
    while (j < n && !ws(src[j]!) && !delim(src[j]!)) j++;
    if (j === i) j++;
    const word = src.subarray(i, j).toString('latin1');
    i = j;
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) push(Number(word));
    else if (word === 'true' || word === 'false') push(word === 'true');
    else if (word === 'null') push(null);
    else if (word === 'BI') throw new Error('inline images are not supported by the checker');
    else out.push({ op: word });
  }
  return out;
}

/** Glyph code (2-byte, Identity-H) → Unicode text, from a ToUnicode CMap. */
function toUnicode(cmap: Buffer): Map<number, string> {
  const map = new Map<number, string>();
  const tokens = tokenize(cmap);
  const utf16 = (b: Buffer) => {
    let s = '';
    for (let k = 0; k + 1 < b.length; k += 2) s += String.fromCharCode(b.readUInt16BE(k));
    return s;
  };
  const code = (b: Buffer) => (b.length === 1 ? b[0]! : b.readUInt16BE(0));
  let mode = '';
  let operands: unknown[] = [];
  for (const t of tokens) {
    if ('op' in t) {
      if (t.op === 'beginbfchar' || t.op === 'beginbfrange') mode = t.op;
      else if (t.op === 'endbfchar') {
        for (let k = 0; k + 1 < operands.length; k += 2) map.set(code((operands[k] as { bytes: Buffer }).bytes), utf16((operands[k + 1] as { bytes: Buffer }).bytes));
        mode = '';
      } else if (t.op === 'endbfrange') {
        for (let k = 0; k + 2 < operands.length; k += 3) {
          const lo = code((operands[k] as { bytes: Buffer }).bytes);
          const hi = code((operands[k + 1] as { bytes: Buffer }).bytes);
          const dst = operands[k + 2];
          if (Array.isArray(dst)) dst.forEach((d, m) => map.set(lo + m, utf16((d as { bytes: Buffer }).bytes)));
          else {
            const base = utf16((dst as { bytes: Buffer }).bytes);
            for (let m = 0; m <= hi - lo; m++) map.set(lo + m, base.slice(0, -1) + String.fromCharCode(base.charCodeAt(base.length - 1) + m));
          }
        }
        mode = '';
      }
      operands = [];
    } else if (mode) operands.push(t.value);
  }
  return map;
}

/** One text-showing operation: its text, line position and the marked content it sits in. */
interface Run {
  text: string;
  y: number;
  mcid: number | null;
  artifact: boolean;
  seq: number;
}

interface PageContent {
  runs: Run[];
  mcids: Set<number>;
  untagged: Run[];
}

function pageContent(pdf: Pdf, page: Dict): PageContent {
  const res = pdf.dict(page['/Resources']);
  const fonts = pdf.dict(res['/Font']);
  // Composite fonts (ours): 2-byte codes through the ToUnicode CMap; simple fonts (standard 14): 1-byte, WinAnsi ≈ Latin-1.
  const cmaps = new Map<string, Map<number, string> | null>();
  const fontMap = (name: string) => {
    if (!cmaps.has(name)) {
      const f = pdf.dict(fonts[`/${name}`]);
      cmaps.set(name, f['/Subtype'] === '/Type0' ? toUnicode(pdf.stream(f['/ToUnicode'])) : null);
    }
    return cmaps.get(name)!;
  };
  const raw = page['/Contents'] ?? null;
  // A single content stream, or an array of them.
  const contents = pdf.isRef(raw) && pdf.objects.get(raw)!.stream ? [raw] : pdf.array(raw);
  const src = Buffer.concat(contents.map((c) => pdf.stream(c)));
  const tokens = tokenize(src);
  const runs: Run[] = [];
  const mcids = new Set<number>();
  // Marked-content stack: each entry's MCID (or null) and whether it is an artifact.
  const stack: { mcid: number | null; artifact: boolean; seq: number }[] = [];
  let seq = 0;
  let font = '';
  let y = 0;
  let operands: unknown[] = [];
  const decode = (b: Buffer) => {
    const m = fontMap(font);
    if (!m) return b.toString('latin1');
    let s = '';
    for (let k = 0; k + 1 < b.length; k += 2) s += m.get(b.readUInt16BE(k)) ?? '\uFFFD';
    return s;
  };
  const show = (text: string) => {
    if (!text) return;
    const artifact = stack.some((e) => e.artifact);
    const inner = [...stack].reverse().find((e) => e.mcid !== null);
    runs.push({ text, y, mcid: artifact ? null : (inner?.mcid ?? null), artifact, seq: inner?.seq ?? -1 });
  };
  for (const t of tokens) {
    if (!('op' in t)) {
      operands.push(t.value);
      continue;
    }
    const o = operands;
    operands = [];
    switch (t.op) {
      case 'BDC': {
        const tag = (o[0] as { name: string }).name;
        const props = (o[1] as { dict?: Record<string, unknown> })?.dict ?? {};
        const mcid = typeof props.MCID === 'number' ? props.MCID : null;
        if (mcid !== null) mcids.add(mcid);
        stack.push({ mcid, artifact: tag === 'Artifact', seq: ++seq });
        break;
      }
      case 'BMC':
        stack.push({ mcid: null, artifact: (o[0] as { name: string }).name === 'Artifact', seq: ++seq });
        break;
      case 'EMC':
        stack.pop();
        break;
      case 'Tf':
        font = (o[0] as { name: string }).name;
        break;
      case 'Tm':
        y = o[5] as number;
        break;
      case 'Td':
      case 'TD':
        y += o[1] as number;
        break;
      case 'T*':
        y -= 1;
        break;
      case 'Tj':
        show(decode((o[0] as { bytes: Buffer }).bytes));
        break;
      case "'":
      case '"':
        y -= 1;
        show(decode((o[o.length - 1] as { bytes: Buffer }).bytes));
        break;
      case 'TJ':
        show(
          (o[0] as unknown[])
            .filter((p) => typeof p === 'object' && p !== null)
            .map((p) => decode((p as { bytes: Buffer }).bytes))
            .join(''),
        );
        break;
    }
  }
  return { runs, mcids, untagged: runs.filter((r) => !r.artifact && r.mcid === null) };
}

// ---------- structure tree ----------

interface Leaf {
  page: number;
  mcid: number;
  element: string;
}
interface Element {
  ref: string;
  type: string;
  children: Element[];
  leaves: Leaf[];
  dict: Dict;
}

/**
 * Words for comparing texts: a line break after a hyphen, dash or slash, or between ")" and "(" (as in
 * "Article 6(1)(b)"), is a permitted break (Unicode line breaking), not a word break.
 */
const words = (s: string) =>
  s
    .replace(/([-–/])\s+/g, '$1')
    .replace(/\)\s+\(/g, ')(')
    .split(/\s+/)
    .filter(Boolean);

function numberTree(pdf: Pdf, node: Value): Map<number, Value> {
  const out = new Map<number, Value>();
  const walk = (v: Value) => {
    const d = pdf.dict(v);
    const nums = pdf.array(d['/Nums']);
    for (let k = 0; k + 1 < nums.length; k += 2) out.set(nums[k] as number, nums[k + 1]!);
    for (const kid of pdf.array(d['/Kids'])) walk(kid);
  };
  walk(node);
  return out;
}

/** A name tree (e.g. the named destinations) as a map from its keys. */
function nameTree(pdf: Pdf, node: Value): Map<string, Value> {
  const out = new Map<string, Value>();
  const walk = (v: Value) => {
    const d = pdf.dict(v);
    const names = pdf.array(d['/Names']);
    for (let k = 0; k + 1 < names.length; k += 2) out.set(pdf.text(names[k]!), names[k + 1]!);
    for (const kid of pdf.array(d['/Kids'])) walk(kid);
  };
  walk(node);
  return out;
}

function pagesOf(pdf: Pdf, catalog: Dict): { ref: string; dict: Dict }[] {
  const pages: { ref: string; dict: Dict }[] = [];
  const walkPages = (v: Value) => {
    const d = pdf.dict(v);
    if (d['/Type'] === '/Pages') for (const k of pdf.array(d['/Kids'])) walkPages(k);
    else pages.push({ ref: v as string, dict: d });
  };
  walkPages(catalog['/Pages']!);
  return pages;
}

/** A link annotation to a named destination in the same document. */
export interface InternalLink {
  /** 1-based page the link is on, and the page its destination is on (undefined: no such destination). */
  page: number;
  target: number | undefined;
  destination: string;
  /** The annotation's /Contents (its description) and its /StructParent key; the page's /Tabs. */
  contents: string;
  structParent: number | undefined;
  tabs: string | undefined;
}

/** Every link to a named destination (GoTo), in page order, with the page its destination is on. */
export function internalLinks(file: string): InternalLink[] {
  const pdf = Pdf.read(file);
  return internalLinksOf(pdf, pdf.dict(pdf.trailer['/Root']));
}

function internalLinksOf(pdf: Pdf, catalog: Dict): InternalLink[] {
  const pages = pagesOf(pdf, catalog);
  const pageIndex = new Map(pages.map((p, i) => [p.ref, i]));
  const dests = nameTree(pdf, pdf.dict(catalog['/Names'])['/Dests'] ?? null);
  const links: InternalLink[] = [];
  pages.forEach((p, i) => {
    for (const a of pdf.array(p.dict['/Annots'])) {
      const ad = pdf.dict(a);
      const action = pdf.dict(ad['/A']);
      if (ad['/Subtype'] !== '/Link' || action['/S'] !== '/GoTo') continue;
      const destination = pdf.text(action['/D']);
      const dest = dests.get(destination);
      const index = dest === undefined ? undefined : pageIndex.get(pdf.array(pdf.dict(dest)['/D'] ?? dest)[0] as string);
      const key = ad['/StructParent'];
      links.push({
        page: i + 1,
        target: index === undefined ? undefined : index + 1,
        destination,
        contents: pdf.text(ad['/Contents']),
        structParent: typeof key === 'number' ? key : undefined,
        tabs: typeof p.dict['/Tabs'] === 'string' ? (p.dict['/Tabs'] as string) : undefined,
      });
    }
  });
  return links;
}

/** A bookmark (outline item) and the ones nested under it. */
export interface Bookmark {
  title: string;
  children: Bookmark[];
}

/** The document's bookmarks, in order. */
export function bookmarks(file: string): Bookmark[] {
  const pdf = Pdf.read(file);
  const items = (first: Value | undefined): Bookmark[] => {
    const out: Bookmark[] = [];
    for (let v = first; v !== undefined && pdf.isRef(v); v = pdf.dict(v)['/Next']) out.push({ title: pdf.text(pdf.dict(v)['/Title']), children: items(pdf.dict(v)['/First']) });
    return out;
  };
  return items(pdf.dict(pdf.dict(pdf.trailer['/Root'])['/Outlines'])['/First']);
}

export interface CheckOptions {
  password?: string;
  name?: string;
}

/** All findings for one PDF file; empty when it passes. */
export function checkPdf(file: string, opts: CheckOptions = {}): Finding[] {
  const name = opts.name ?? file;
  const pdf = Pdf.read(file, opts.password);
  const findings: Finding[] = [];
  const add = (check: Finding['check'], message: string) => findings.push({ check, message: `${name}: ${message}` });
  const catalog = pdf.dict(pdf.trailer['/Root']);

  // Pages in order.
  const pages = pagesOf(pdf, catalog);
  const pageIndex = new Map(pages.map((p, i) => [p.ref, i]));

  // (e) document-level properties.
  if (!pdf.text(catalog['/Lang'])) add('e', 'no /Lang in the catalog');
  const info = pdf.dict(pdf.trailer['/Info']);
  if (!pdf.text(info['/Title']).trim()) add('e', 'no document title (/Info /Title)');
  if (pdf.dict(catalog['/ViewerPreferences'])['/DisplayDocTitle'] !== true) add('e', 'the title is not displayed (/ViewerPreferences /DisplayDocTitle true)');
  if (pdf.dict(catalog['/MarkInfo'])['/Marked'] !== true) add('e', 'not marked as tagged (/MarkInfo /Marked true)');
  const xmp = pdf.stream(catalog['/Metadata']).toString('utf8');
  if (!/<pdfuaid:part>1<\/pdfuaid:part>/.test(xmp)) add('e', 'no PDF/UA identifier (pdfuaid:part) in the XMP metadata');
  const treeRoot = pdf.dict(catalog['/StructTreeRoot']);
  const top = pdf.array(treeRoot['/K']);
  if (top.length !== 1 || pdf.dict(top[0])['/S'] !== '/Document') {
    add('e', `the structure tree root must have one Document element, found ${top.map((k) => pdf.dict(k)['/S'] ?? '?').join(', ') || 'none'}`);
  }

  // The structure tree, in order.
  const leafOwner = new Map<string, string[]>();
  const seen = new Set<string>();
  const build = (ref: Value, parentPage: Value | undefined): Element | null => {
    if (!pdf.isRef(ref) || seen.has(ref)) return null;
    seen.add(ref);
    const d = pdf.dict(ref);
    const el: Element = { ref, type: String(d['/S'] ?? '').slice(1), children: [], leaves: [], dict: d };
    const pg = d['/Pg'] ?? parentPage;
    const kids = pdf.array(d['/K']);
    for (const k of kids) {
      if (typeof k === 'number') el.leaves.push({ page: pageIndex.get(pg as string) ?? -1, mcid: k, element: ref });
      else if (pdf.isRef(k) && pdf.dict(k)['/S']) {
        const child = build(k, pg);
        if (child) el.children.push(child);
      } else {
        const kd = pdf.dict(k);
        if (kd['/Type'] === '/MCR' || typeof kd['/MCID'] === 'number') {
          el.leaves.push({ page: pageIndex.get((kd['/Pg'] ?? pg) as string) ?? -1, mcid: kd['/MCID'] as number, element: ref });
        }
      }
    }
    for (const l of el.leaves) {
      const key = `${l.page}:${l.mcid}`;
      leafOwner.set(key, [...(leafOwner.get(key) ?? []), ref]);
    }
    return el;
  };
  const roots = top.map((k) => build(k, undefined)).filter((e): e is Element => !!e);

  // Reading order of leaves, headings, tables and links.
  const order: Leaf[] = [];
  const headings: { level: number; text: Leaf[] }[] = [];
  const tables: Element[] = [];
  const linkElements = new Map<string, Element>();
  const formElements = new Map<string, Element>();
  const visit = (el: Element) => {
    // Leaves and child elements interleave in /K order.
    const kids = pdf.array(el.dict['/K']);
    let leafIndex = 0;
    const childByRef = new Map(el.children.map((c) => [c.ref, c]));
    const hm = /^H([1-6])$/.exec(el.type);
    if (hm) headings.push({ level: Number(hm[1]), text: el.leaves });
    if (el.type === 'Table') tables.push(el);
    if (el.type === 'Link') linkElements.set(el.ref, el);
    if (el.type === 'Form') formElements.set(el.ref, el);
    for (const k of kids) {
      if (pdf.isRef(k) && childByRef.has(k)) visit(childByRef.get(k)!);
      else if (typeof k === 'number' || pdf.dict(k)['/Type'] === '/MCR' || typeof pdf.dict(k)['/MCID'] === 'number') order.push(el.leaves[leafIndex++]!);
    }
  };
  roots.forEach(visit);

  // Page contents.
  const contents = pages.map((p) => pageContent(pdf, p.dict));
  const parentTree = numberTree(pdf, treeRoot['/ParentTree'] ?? null);

  // (b) every MCID has its ParentTree entry, every text is in marked content, no MCID in two elements.
  contents.forEach((c, i) => {
    const key = pages[i]!.dict['/StructParents'];
    const entries = typeof key === 'number' ? pdf.array(parentTree.get(key) ?? null) : [];
    for (const mcid of [...c.mcids].sort((a, b) => a - b)) {
      const parent = entries[mcid];
      const text = c.runs
        .filter((r) => r.mcid === mcid)
        .map((r) => r.text)
        .join('')
        .slice(0, 60);
      if (!pdf.isRef(parent ?? null)) add('b', `page ${i + 1}: MCID ${mcid} has no ParentTree parent${text ? ` ("${text}")` : ''}`);
      else if (!leafOwner.get(`${i}:${mcid}`)?.includes(parent as string)) add('b', `page ${i + 1}: MCID ${mcid}'s ParentTree parent does not hold it${text ? ` ("${text}")` : ''}`);
    }
    for (const r of c.untagged) add('b', `page ${i + 1}: text outside any tagged marked content: "${r.text.slice(0, 60)}"`);
  });
  for (const [key, owners] of leafOwner) if (owners.length > 1) add('b', `marked content ${key} belongs to ${owners.length} elements`);

  // (a) tagged text equals page text minus artifacts.
  const leafText = (l: Leaf) => {
    const c = contents[l.page];
    // Lines within one marked-content sequence are read as written (no separator added).
    return c
      ? c.runs
          .filter((r) => r.mcid === l.mcid)
          .map((r) => r.text)
          .join('')
      : '';
  };
  const tagged = order.map(leafText).join(' ');
  const pageText = contents
    .map((c) => {
      let s = '';
      let prev: Run | null = null;
      for (const r of c.runs) {
        if (r.artifact) continue;
        // A reader of the page sees a break at every new line and between separately marked pieces.
        s += prev && (prev.y !== r.y || prev.seq !== r.seq) ? ` ${r.text}` : r.text;
        prev = r;
      }
      return s;
    })
    .join(' ');
  const tw = words(tagged);
  const pw = words(pageText);
  const len = Math.max(tw.length, pw.length);
  for (let k = 0; k < len; k++) {
    if (tw[k] !== pw[k]) {
      add('a', `tagged text differs from the page text at word ${k + 1}: tagged "${tw.slice(Math.max(0, k - 4), k + 5).join(' ')}" vs page "${pw.slice(Math.max(0, k - 4), k + 5).join(' ')}"`);
      break;
    }
  }

  // (c) heading levels.
  let last = 0;
  for (const h of headings) {
    if (h.level > last + 1) add('c', `heading level skips from ${last ? `H${last}` : 'the start'} to H${h.level}: "${h.text.map(leafText).join(' ').slice(0, 60)}"`);
    last = h.level;
  }

  // (d) tables.
  const cells = (el: Element): Element[] => el.children.flatMap((c) => (c.type === 'TH' || c.type === 'TD' ? [c] : cells(c)));
  const scopeOf = (el: Element) =>
    pdf
      .array(el.dict['/A'])
      .map((a) => pdf.dict(a)['/Scope'])
      .find(Boolean);
  tables.forEach((t, k) => {
    const cs = cells(t);
    const ths = cs.filter((c) => c.type === 'TH');
    const label = `table ${k + 1} ("${cs
      .flatMap((c) => c.leaves)
      .slice(0, 2)
      .map(leafText)
      .join(' ')
      .slice(0, 40)}")`;
    if (!ths.length) add('d', `${label} has no TH`);
    if (!cs.some((c) => c.type === 'TD')) add('d', `${label} has no TD`);
    for (const th of ths) if (!scopeOf(th)) add('d', `${label}: a TH has no Scope ("${th.leaves.map(leafText).join(' ').slice(0, 40)}")`);
  });

  // (f) link annotations.
  pages.forEach((p, i) => {
    for (const a of pdf.array(p.dict['/Annots'])) {
      const ad = pdf.dict(a);
      if (ad['/Subtype'] !== '/Link') continue;
      const action = pdf.dict(ad['/A']);
      const uri = pdf.text(action['/URI']);
      const where = `page ${i + 1}: link ${uri || (action['/S'] === '/GoTo' ? `to "${pdf.text(action['/D'])}"` : '(no URI)')}`;
      if (!pdf.text(ad['/Contents']).trim()) add('f', `${where} has no /Contents`);
      const key = ad['/StructParent'];
      const parent = typeof key === 'number' ? parentTree.get(key) : undefined;
      const el = parent !== undefined && pdf.isRef(parent) ? linkElements.get(parent) : undefined;
      if (!el) add('f', `${where} has no Link structure element as its parent`);
      else if (!pdf.array(el.dict['/K']).some((k) => pdf.dict(k)['/Type'] === '/OBJR' && pdf.dict(k)['/Obj'] === a)) add('f', `${where}: its Link element does not reference it (OBJR)`);
    }
  });

  for (const l of internalLinksOf(pdf, catalog)) if (l.target === undefined) add('f', `page ${l.page}: link to "${l.destination}", a named destination the document does not have`);

  // (h) form fields.
  pages.forEach((p, i) => {
    let widgets = 0;
    for (const a of pdf.array(p.dict['/Annots'])) {
      const ad = pdf.dict(a);
      if (ad['/Subtype'] !== '/Widget') continue;
      widgets++;
      const field = ad['/T'] !== undefined ? ad : pdf.dict(ad['/Parent']);
      const where = `page ${i + 1}: form field ${pdf.text(field['/T']) || '(no name)'}`;
      if (!pdf.text(ad['/TU'] ?? field['/TU']).trim()) add('h', `${where} has no accessible name (/TU)`);
      const key = ad['/StructParent'];
      const parent = typeof key === 'number' ? parentTree.get(key) : undefined;
      const el = parent !== undefined && pdf.isRef(parent) ? formElements.get(parent) : undefined;
      if (!el) add('h', `${where} has no Form structure element as its parent`);
      else if (!pdf.array(el.dict['/K']).some((k) => pdf.dict(k)['/Type'] === '/OBJR' && pdf.dict(k)['/Obj'] === a)) add('h', `${where}: its Form element does not reference it (OBJR)`);
    }
    if (widgets && p.dict['/Tabs'] !== '/S') add('h', `page ${i + 1}: has form fields but Tab does not follow the structure (/Tabs /S)`);
  });

  // (g) outline.
  if (pages.length > 2 && !pdf.dict(catalog['/Outlines'])['/First']) add('g', `${pages.length} pages but no bookmarks (outline)`);
  return findings;
}

/** checkPdf for bytes in memory (written to a temporary file for qpdf). */
export function checkPdfBytes(bytes: Uint8Array, name: string, opts: Omit<CheckOptions, 'name'> = {}): Finding[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pdf-check-'));
  try {
    const file = path.join(dir, 'doc.pdf');
    writeFileSync(file, bytes);
    return checkPdf(file, { ...opts, name });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
