/**
 * Cell values of hand-written registers turned into the vocabulary: legal
 * bases, Art. 9 conditions, retention periods, transfers, lists and ids.
 * Each parser returns what it understood and leaves the rest to the caller,
 * which keeps it as a todo note: nothing is guessed silently.
 */
import { normaliseHeading } from './headings.ts';

/** Lower case without accents, for comparing free text (parenthesised asides dropped). */
const folded = new Map<string, string>();
export const fold = (s: string): string => {
  // Registers repeat the same words on every row: remember each answer.
  let f = folded.get(s);
  if (f === undefined) {
    f = normaliseHeading(s);
    if (folded.size < 100_000) folded.set(s, f);
  }
  return f;
};

/** The identity of a name: case, accents and spacing ignored, every word kept ("Kamera (entré)" ≠ "Kamera (kontor)"). */
export const nameKey = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Splits a list cell. A cell with line breaks is split on them (and on ";"),
 * since items then may contain commas; a one-line cell also on commas.
 * Bullets are dropped.
 */
export function splitList(text: string, { commas = true } = {}): string[] {
  const multiline = /\n/.test(text.trim());
  const sep = multiline || !commas ? /[\n;]+/ : /[\n;,]+/;
  return text
    .split(sep)
    .map((s) =>
      s
        .replace(/^\s*(?:[•·\-–*]|\d+[.)])\s+/, '')
        .trim()
        .replace(/[.]$/, '')
        .trim(),
    )
    .filter(Boolean);
}

const TRANSLIT: Record<string, string> = { å: 'a', ä: 'a', ö: 'o', æ: 'ae', ø: 'o', ß: 'ss', é: 'e', ü: 'u' };

/** A content id from a name: "Hälsa och vård" → "halsa-och-vard". */
export function slug(text: string, max = 60): string {
  const s = text
    .toLowerCase()
    .replace(/[åäöæøßéü]/g, (c) => TRANSLIT[c] ?? c)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = s.length > max ? s.slice(0, max).replace(/-[^-]*$/, '') || s.slice(0, max) : s;
  return cut || 'post';
}

// ---------------------------------------------------------------- legal bases

const BASIS_WORDS: [RegExp, string][] = [
  [/\bsamtycke|\bconsent/, '6(1)(a)'],
  [/\bavtal\b|\bavtalet\b|fullgora avtal|\bcontract/, '6(1)(b)'],
  [/rattslig\s*forpliktelse|rattslig skyldighet|lagkrav|rattsligt krav|legal obligation/, '6(1)(c)'],
  [/grundlaggande intresse|vitalt intresse|vital interest/, '6(1)(d)'],
  [/myndighetsutovning|allmant intresse|public task|public interest|official authority/, '6(1)(e)'],
  [/intresseavvagning|berattigat intresse|berattigade intressen|legitimate interest/, '6(1)(f)'],
];

/** "art. 6.1 c", "6(1)(c)", "6.1c", "artikel 6.1 c" → "6(1)(c)". */
const BASIS_ARTICLE = /(?:^|[^\d.])6\s*[.(]?\s*1\s*\)?\s*[.(]?\s*([a-f])\b\)?/i;

export interface BasisParse {
  code?: string;
  /** Text in parentheses that is not an article number, e.g. a law: "(SoL 11 kap. 5 §)". */
  extra?: string;
  /** Set when the words and the article number disagree. */
  conflict?: boolean;
}

export function parseBasis(text: string): BasisParse {
  const folded = fold(text.replace(/\(([^)]*)\)/g, ' ')) + ' ';
  const article = BASIS_ARTICLE.exec(text.replace(/art(?:ikel|icle)?\.?/gi, ' '));
  const byArticle = article ? `6(1)(${article[1]!.toLowerCase()})` : undefined;
  const byWords = [...new Set(BASIS_WORDS.filter(([re]) => re.test(folded)).map(([, c]) => c))];
  const withoutArticle = text.replace(/(?:art(?:ikel|icle)?\.?\s*)?6\s*[.(]?\s*1\s*\)?\s*[.(]?\s*[a-f]\b\)?/gi, ' ');
  const extras = [...withoutArticle.matchAll(/\(([^)]*)\)/g)]
    .map((m) => m[1]!.trim())
    .filter((p) => !BASIS_ARTICLE.test(p.replace(/art(?:ikel|icle)?\.?|gdpr/gi, ' ')) && !/berattigat intresse/.test(fold(p)));
  const extra = extras.length ? extras.join(', ') : undefined;
  if (byArticle) {
    const conflict = byWords.length > 0 && !byWords.includes(byArticle);
    return { code: byArticle, ...(extra ? { extra } : {}), ...(conflict ? { conflict } : {}) };
  }
  if (byWords.length === 1) return { code: byWords[0], ...(extra ? { extra } : {}) };
  return { ...(extra ? { extra } : {}), ...(byWords.length > 1 ? { conflict: true } : {}) };
}

/** Several bases in one cell: "myndighetsutövning / allmänt intresse", one per line, or comma-separated. */
export function splitBases(text: string): string[] {
  return text
    .split(/\n|;|\s\/\s|,(?![^(]*\))/)
    .map((s) => s.trim())
    .filter(Boolean);
}

// -------------------------------------------------------- Art. 9 conditions

const ART9 = /9\s*[.(]?\s*2\s*\)?\s*[.(]?\s*([a-j])\b/i;
const ART9_WORDS: [RegExp, string][] = [
  [/uttryckligt samtycke|explicit consent/, '9(2)(a)'],
  [/arbetsratt|social trygghet|employment.*law/, '9(2)(b)'],
  [/rattsliga ansprak|legal claims/, '9(2)(f)'],
  [/viktigt allmant intresse|substantial public interest/, '9(2)(g)'],
  [/halso- och sjukvard|social omsorg|health or social care/, '9(2)(h)'],
  [/folkhalsa|public health/, '9(2)(i)'],
  [/arkiv|forskning|statistik|archiving/, '9(2)(j)'],
];

export function parseArt9(text: string): string | undefined {
  const a = ART9.exec(text.replace(/art(?:ikel|icle)?\.?|gdpr/gi, ' '));
  if (a) return `9(2)(${a[1]!.toLowerCase()})`;
  const f = fold(text);
  return ART9_WORDS.find(([re]) => re.test(f))?.[1];
}

// ------------------------------------------------------------------ retention

const NUMBER_WORDS: Record<string, number> = {
  ett: 1,
  en: 1,
  one: 1,
  tva: 2,
  two: 2,
  tre: 3,
  three: 3,
  fyra: 4,
  four: 4,
  fem: 5,
  five: 5,
  sex: 6,
  six: 6,
  sju: 7,
  seven: 7,
  atta: 8,
  eight: 8,
  nio: 9,
  nine: 9,
  tio: 10,
  ten: 10,
  elva: 11,
  tolv: 12,
  twelve: 12,
};
const UNIT: [RegExp, 'Y' | 'M' | 'W' | 'D'][] = [
  [/^(?:ar|ars|year|years)$/, 'Y'],
  [/^(?:manad|manader|manaders|man|month|months)$/, 'M'],
  [/^(?:vecka|veckor|veckors|week|weeks)$/, 'W'],
  [/^(?:dag|dagar|dagars|day|days)$/, 'D'],
];

export interface RetentionParse {
  duration?: string;
  criteria?: string;
  from?: string;
  /** The party data are handed over to, by name, when `then` is handed-over. */
  handedOverTo?: string;
  /** Set when words after the period were taken as its starting event without a "från"/"efter": to be checked. */
  guessedFrom?: boolean;
  /** Law named in parentheses, e.g. "(bokföringslagen)". */
  lawText?: string;
  documentType?: string;
  then?: 'deleted' | 'handed-over' | 'archived' | 'anonymised';
}

const THEN_WORDS: [RegExp, RetentionParse['then']][] = [
  [/anonymiser/, 'anonymised'],
  [/arkiver|bevaras|sparas for evigt|for alltid|permanent|archiv/, 'archived'],
  [/lamnas over|overlamnas|handed over/, 'handed-over'],
  [/raderas|gallras|forstors|deleted|erased/, 'deleted'],
];

/** "2 år", "P2Y", "2 år och 6 månader", "24 månaders" at the start of a text → ISO period and the rest. */
export function leadingDuration(text: string): { duration: string; rest: string } | undefined {
  const iso = /^(P(?!$)(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?)\b/.exec(text.trim());
  if (iso) return { duration: iso[1]!, rest: text.trim().slice(iso[1]!.length).trim() };
  const parts: Record<string, number> = {};
  let rest = text.trim();
  for (;;) {
    const m = /^(\d+|[a-zåäö]+)\s+([a-zåäö]+)\b\s*(?:,|och|and)?\s*/i.exec(rest);
    if (!m) break;
    const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : NUMBER_WORDS[fold(m[1]!)];
    const unit = UNIT.find(([re]) => re.test(fold(m[2]!)))?.[1];
    if (n === undefined || !unit || parts[unit] !== undefined) break;
    parts[unit] = n;
    rest = rest.slice(m[0].length);
  }
  if (!Object.keys(parts).length) return undefined;
  const iso2 = `P${(['Y', 'M', 'W', 'D'] as const).map((u) => (parts[u] ? `${parts[u]}${u}` : '')).join('')}`;
  if (iso2 === 'P') return undefined;
  return { duration: iso2, rest: rest.trim() };
}

/**
 * One retention statement: "10 år efter sista anteckning", "P2Y",
 * "7 år (bokföringslagen)", "Tills samtycke återkallas", or the exported
 * form "Personakt: 2 år från den sista anteckningen (LSS 23 c §); raderas".
 */
/** The exported form of criteria with a starting event: "<criteria>. Räknas från <event>" (src/format/retention.ts). */
const COUNTED_FROM = /^(.*?[.!?])\s+(?:räknas från|raknas fran|counted from)\s+(.+?)\.?$/i;

export function parseRetention(text: string): RetentionParse | undefined {
  let s = text.trim().replace(/[.]$/, '');
  const out: RetentionParse = {};
  const thenMatch = /;\s*([^;]+)$/.exec(s);
  if (thenMatch) {
    const then = THEN_WORDS.find(([re]) => re.test(fold(thenMatch[1]!)))?.[1];
    if (then) {
      out.then = then;
      // "lämnas över: Kommunen som är uppdragsgivare": the party it goes to (exported form).
      const to = then === 'handed-over' ? /:\s*(.+)$/.exec(thenMatch[1]!) : null;
      if (to) out.handedOverTo = to[1]!.trim();
      s = s.slice(0, thenMatch.index).trim();
    }
  }
  const law = /\s*\(([^()]*)\)\s*$/.exec(s);
  if (law) {
    out.lawText = law[1]!.trim();
    s = s.slice(0, law.index).trim();
  }
  const doc = /^([^:]{1,60}):\s+(.+)$/.exec(s);
  if (doc && (leadingDuration(doc[2]!) || /^ingen fast tid/i.test(doc[2]!) || COUNTED_FROM.test(doc[2]!))) {
    out.documentType = doc[1]!.trim();
    s = doc[2]!;
  }
  const d = leadingDuration(s);
  let rest = s;
  if (d) {
    out.duration = d.duration;
    rest = d.rest;
  } else if (/^ingen fast tid\b/i.test(s)) {
    rest = s.replace(/^ingen fast tid\s*/i, '');
  }
  const trigger = /^(?:efter|fran|från|räknat från|raknat fran|after|from)\s+(.+)$/i.exec(rest);
  if (trigger) {
    out.from = trigger[1]!.trim();
    rest = '';
  } else if (!d && COUNTED_FROM.test(rest)) {
    const [, criteria, from] = COUNTED_FROM.exec(rest)!;
    out.criteria = criteria!.trim();
    out.from = from!.trim();
    rest = '';
  } else if (!d && !/^ingen fast tid/i.test(s)) {
    // "…, räknat från X" inside a criterion: split the trigger off the criterion.
    const inner = /^(.*?)\s+(?:från|fran|from)\s+(.+)$/i.exec(rest);
    if (inner && thenMatch) {
      out.criteria = inner[1]!.trim();
      out.from = inner[2]!.trim();
      rest = '';
    }
  }
  if (!out.then) {
    const then = THEN_WORDS.find(([re]) => re.test(fold(text)))?.[1];
    if (then) out.then = then;
  }
  if (rest) {
    if (d) {
      // "24 månaders inaktivitet": the words after the period name its event, without "från".
      out.from = rest;
      out.guessedFrom = true;
    } else out.criteria = rest;
  }
  if (!out.duration && !out.criteria && !out.from && !/^ingen fast tid/i.test(s)) return undefined;
  return out;
}

// ------------------------------------------------------------------ transfers

const NO_TRANSFER = /^(?:nej|inga|ingen|no|none|n\/a|-|–|inom eu|inga overforingar|ingen overforing|no transfers)\b/;

export const COUNTRY_NAMES: Record<string, string> = {
  usa: 'US',
  us: 'US',
  'united states': 'US',
  'forenta staterna': 'US',
  storbritannien: 'GB',
  uk: 'GB',
  england: 'GB',
  'united kingdom': 'GB',
  indien: 'IN',
  india: 'IN',
  kanada: 'CA',
  canada: 'CA',
  schweiz: 'CH',
  switzerland: 'CH',
  japan: 'JP',
  australien: 'AU',
  australia: 'AU',
  filippinerna: 'PH',
  philippines: 'PH',
  kina: 'CN',
  china: 'CN',
  israel: 'IL',
  sydkorea: 'KR',
  ukraina: 'UA',
  ukraine: 'UA',
  serbien: 'RS',
};

export const SAFEGUARD_WORDS: [RegExp, string][] = [
  [/standardavtalsklausul|standard contractual|\bscc\b/, 'standard-contractual-clauses'],
  [/adekvat|adequacy|data privacy framework|\bdpf\b/, 'adequacy-decision'],
  [/bindande foretagsbestammelser|binding corporate|\bbcr\b/, 'binding-corporate-rules'],
  [/art\.? 49|undantag|derogation/, 'derogation-49'],
];

export interface TransferParse {
  none?: boolean;
  country?: string;
  safeguard?: string;
  /** A name in parentheses: the processor or recipient data go to. */
  via?: string;
}

export function parseTransfer(text: string): TransferParse | undefined {
  // Parentheses stay: "USA (standardavtalsklausuler)" names the safeguard there.
  const f = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
  if (NO_TRANSFER.test(f)) return { none: true };
  if (/privacy shield/.test(f)) return undefined; // invalid since 2020: a person must decide
  const out: TransferParse = {};
  const via = /\(([^()]+)\)\s*$/.exec(text);
  if (via && !SAFEGUARD_WORDS.some(([re]) => re.test(fold(via[1]!)))) out.via = via[1]!.trim();
  const head = /^([A-Z]{2})(?![A-Za-z])/.exec(text.trim());
  if (head) out.country = head[1];
  else {
    for (const [name, code] of Object.entries(COUNTRY_NAMES)) {
      if (new RegExp(`(?:^|[^a-z])${name.replace('.', '\\.')}(?:$|[^a-z])`).test(f)) {
        out.country = code;
        break;
      }
    }
  }
  out.safeguard = SAFEGUARD_WORDS.find(([re]) => re.test(f))?.[1];
  return out.country ? out : undefined;
}

// ---------------------------------------------------------------- small ones

/** Excel stores dates as days since 1899-12-30; 20000–80000 covers 1954–2119. */
export function excelSerialToIso(text: string): string | undefined {
  if (!/^\d{5}(?:\.\d+)?$/.test(text)) return undefined;
  const n = Math.floor(Number(text));
  if (n < 20000 || n > 80000) return undefined;
  return new Date(Date.UTC(1899, 11, 30) + n * 86_400_000).toISOString().slice(0, 10);
}

/** "2026-03-12", "2026-03-12T…", "12/3/2026" (day first, as in Sweden) → ISO date. */
export function parseDate(text: string): string | undefined {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(t);
  const dmy = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(t);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2]!.padStart(2, '0'), dmy[1]!.padStart(2, '0')] : [];
  if (!y) return excelSerialToIso(t);
  const s = `${y}-${m}-${d}`;
  const date = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === s ? s : undefined;
}
