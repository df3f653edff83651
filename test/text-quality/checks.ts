/**
 * The text-quality checks: each reads a TextDoc (any output as items) and
 * returns findings naming the output file, the place and the offending text.
 * The patterns are the machine-made mistakes readers noticed (issue 12).
 */
import type { Item, TextDoc } from './extract.ts';
import type { Locale } from '../../src/model/schemas/index.ts';

export type FindingKind =
  | 'punctuation'
  | 'repeated-sentence'
  | 'repeated-sfs'
  | 'placeholder'
  | 'raw-id'
  | 'number-agreement'
  | 'empty-heading'
  | 'empty-label'
  | 'wrong-language'
  | 'pdf-split-word'
  | 'pdf-split-orgnr'
  | 'pdf-split-section';

export interface Finding {
  kind: FindingKind;
  file: string;
  place: string;
  text: string;
}

export const format = (f: Finding) => `${f.file} [${f.place}] ${f.kind}: ${JSON.stringify(f.text.length > 160 ? `${f.text.slice(0, 160)}…` : f.text)}`;

/** Doubled or misplaced punctuation; "..." (an ellipsis) is allowed, "…" too. */
const PUNCTUATION: RegExp[] = [
  /(?<!\.\.|\b(?:Inc|Ltd|Co|Corp|AB|nr|kap|art|ex|bl\.a|m\.m|osv|etc))\.,/,
  /(?<![.…])\.\.(?!\.)/,
  /\s,/,
  /,,/,
  /\.\s+(?:från|räknat|from|counted)\b/,
  /\(\s/,
  /\s\)/,
  /\(\)/,
  /[,;:]\s*(?:[,;]|\.(?!\.\.))/,
  /\s\.(?!\.\.)/,
];
/** Words a reader must never see. `{{`/`}}` are template braces; `${` an unfilled template literal. */
const PLACEHOLDERS = /\b(?:undefined|null|NaN)\b|\[object|\{\{|\}\}|\$\{/;
const NUMBER_AGREEMENT: Record<Locale, RegExp[]> = {
  sv: [/(?<![\d,.])1 (?:timmar|dagar|månader|veckor|minuter|gånger)\b/, /(?<![\d,.])(?:[02-9]|\d{2,}) (?:timme|dag|månad|vecka|minut)\b(?!s)/, /\bvar 1:e\b/],
  en: [/(?<![\d,.])1 (?:hours|days|months|weeks|years|minutes|times)\b/, /(?<![\d,.])(?:[02-9]|\d{2,}) (?:hour|day|month|week|year|minute)\b(?![-'’])/, /\bevery 1 \w+/],
};

const STOP: Record<Locale, Set<string>> = {
  sv: new Set(
    'och att det som för med är av på inte till vi du har de kan ska eller när från om hur vilka vad uppgifterna uppgifter dina din dig oss vår våra också får efter enligt inom utan sparar används'.split(
      ' ',
    ),
  ),
  en: new Set('the and of to is are we you your with for not that this be by it our when from how which what data can may us after under within without keep used'.split(' ')),
};

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9"“(])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Swedish or English words dominate a run of text in the other language. */
function wrongLanguage(text: string, lang: Locale): boolean {
  const words = text.toLowerCase().match(/[a-zåäöé]+/g) ?? [];
  if (words.length < 5) return false;
  const other: Locale = lang === 'sv' ? 'en' : 'sv';
  const own = words.filter((w) => STOP[lang].has(w)).length;
  const foreign = words.filter((w) => STOP[other].has(w)).length;
  return foreign >= 3 && foreign > own * 2;
}

export interface CheckOptions {
  /** Entry ids (kebab-case with a hyphen) that must not appear in prose. */
  ids?: ReadonlySet<string>;
}

function textChecks(doc: TextDoc, item: Extract<Item, { kind: 'text' | 'heading' }>, options: CheckOptions, out: Finding[]): void {
  const add = (kind: FindingKind, text: string) => out.push({ kind, file: doc.file, place: item.place, text });
  const text = item.text;
  for (const re of PUNCTUATION) {
    const m = re.exec(text);
    if (m) {
      add('punctuation', text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40));
      break;
    }
  }
  const ss = sentences(text);
  // A sentence said again, or said again after "Nej, …" / "Yes, …": "Nej, det är frivilligt. Det är frivilligt."
  for (let i = 1; i < ss.length; i++) {
    const a = ss[i - 1]!.toLowerCase();
    const b = ss[i]!.toLowerCase();
    if (b.length > 8 && (a === b || a.endsWith(` ${b}`))) add('repeated-sentence', `${ss[i - 1]} ${ss[i]}`);
  }
  const sfs = /\((?:SFS )?(\d{4}:\d+)\)[^()]{0,80}\((?:SFS )?\1\)/.exec(text);
  if (sfs) add('repeated-sfs', sfs[0]);
  const ph = PLACEHOLDERS.exec(text);
  if (ph) add('placeholder', text.slice(Math.max(0, ph.index - 40), ph.index + 40));
  if (options.ids?.size) {
    for (const m of text.matchAll(/(?<![\w/@.#:-])[a-z0-9]+(?:-[a-z0-9]+)+(?![\w/@-]|\.\w)/g)) {
      if (options.ids.has(m[0])) add('raw-id', text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40));
    }
  }
  for (const re of NUMBER_AGREEMENT[item.lang]) {
    const m = re.exec(text);
    if (m) add('number-agreement', text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 20));
  }
  for (const s of ss) if (wrongLanguage(s, item.lang)) add('wrong-language', s);
}

/** Headings with nothing under them, and labels ("Tidsfrister:") followed by nothing. */
function structureChecks(doc: TextDoc, out: Finding[]): void {
  const items = doc.items;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.kind === 'heading') {
      let j = i + 1;
      let empty = true;
      for (; j < items.length; j++) {
        const n = items[j]!;
        if (n.kind === 'heading') {
          empty = n.level <= it.level;
          break;
        }
        if (n.kind === 'text' || n.kind === 'list-item') {
          empty = false;
          break;
        }
      }
      if (empty) out.push({ kind: 'empty-heading', file: doc.file, place: it.place, text: it.text });
    }
    if (it.kind === 'text' && it.block && /:$/.test(it.text)) {
      // A label must be followed by content: text, a list with items, or a sub-heading (deeper than the
      // section the label is in) — not by the end of its section, an empty list or the next section.
      const sectionLevel = [...items.slice(0, i)].reverse().find((x): x is Extract<Item, { kind: 'heading' }> => x.kind === 'heading')?.level ?? 0;
      let empty = true;
      for (let j = i + 1; j < items.length; j++) {
        const n = items[j]!;
        if (n.kind === 'heading') {
          empty = n.level <= sectionLevel;
          break;
        }
        if (n.kind === 'section-end') break;
        if (n.kind === 'list-end' && n.empty) break;
        if (n.kind === 'text' || n.kind === 'list-item') {
          empty = false;
          break;
        }
      }
      if (empty) out.push({ kind: 'empty-label', file: doc.file, place: it.place, text: it.text });
    }
    if (it.kind === 'list-end' && it.empty) out.push({ kind: 'empty-label', file: doc.file, place: it.place, text: '(empty list)' });
  }
}

/** Line breaks of a laid-out PDF: a word, an organisationsnummer or "23 c §" cut across lines. */
function lineChecks(doc: TextDoc, out: Finding[]): void {
  const lines = doc.lines ?? [];
  const words = new Map<string, number>();
  for (const l of lines) for (const w of l.match(/[A-Za-zÅÄÖåäöé]+/g) ?? []) words.set(w.toLowerCase(), (words.get(w.toLowerCase()) ?? 0) + 1);
  // Split when the joined word occurs elsewhere and one of the halves occurs nowhere but here.
  const elsewhere = (w: string) => (words.get(w) ?? 0) > 1;
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!;
    const b = lines[i + 1]!;
    if (!a || !b) continue;
    const place = `line ${i + 1}–${i + 2}`;
    const pair = `${a.slice(-40)} ⏎ ${b.slice(0, 40)}`;
    if (/\b\d{6}-?$/.test(a) && /^-?\d{4}\b/.test(b)) out.push({ kind: 'pdf-split-orgnr', file: doc.file, place, text: pair });
    if ((/\b\d+(?: [a-z])?$/.test(a) && /^(?:[a-z] )?§/.test(b)) || (/\b\d+$/.test(a) && /^[a-z] §/.test(b))) out.push({ kind: 'pdf-split-section', file: doc.file, place, text: pair });
    const last = /([A-Za-zÅÄÖåäöé]{2,})$/.exec(a)?.[1];
    const first = /^([a-zåäöé]{2,})/.exec(b)?.[1];
    if (last && first) {
      const joined = (last + first).toLowerCase();
      if (words.has(joined) && (!elsewhere(last.toLowerCase()) || !elsewhere(first))) out.push({ kind: 'pdf-split-word', file: doc.file, place, text: pair });
    }
  }
}

/** Every finding in one output. */
export function checkDoc(doc: TextDoc, options: CheckOptions = {}): Finding[] {
  const out: Finding[] = [];
  for (const it of doc.items) if (it.kind === 'text' || it.kind === 'heading') textChecks(doc, it, options, out);
  structureChecks(doc, out);
  if (doc.lines) lineChecks(doc, out);
  return out;
}
