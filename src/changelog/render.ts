/**
 * Turns a ChangeSet into what a board member reads: grouped by group of
 * people, then by activity; each line a sentence with names and the old and
 * new value in words ("Ansökningar …: sparas 6 månader i stället för 2 år"),
 * with the DPO's reason where one is given. Plain data for pages, and Markdown.
 */
import type { Locale } from '../model/schemas/index.ts';
import { citeLaw, formatDuration, legalBasis } from '../format/index.ts';
import { CHANGE_AREAS, type Change, type ChangeArea, type ChangeSet, type ChangeType } from './diff.ts';
import { stableStringify, type SnapshotRetention, type Text } from './snapshot.ts';
import { WORDS } from './words.ts';

export const AREA_LABELS: Record<ChangeArea, Record<Locale, string>> = {
  activity: { sv: 'Behandlingar', en: 'Processing activities' },
  purpose: { sv: 'Ändamål', en: 'Purposes' },
  'legal-basis': { sv: 'Rättslig grund', en: 'Legal basis' },
  'data-category': { sv: 'Kategorier av personuppgifter', en: 'Categories of personal data' },
  recipient: { sv: 'Mottagare', en: 'Recipients' },
  processor: { sv: 'Personuppgiftsbiträden', en: 'Processors' },
  retention: { sv: 'Gallring', en: 'Retention' },
  subject: { sv: 'Kategorier av registrerade', en: 'Categories of data subjects' },
  transfer: { sv: 'Överföringar till tredjeland', en: 'Transfers to third countries' },
};

const FIELD_LABELS: Record<string, Record<Locale, string>> = {
  name: { sv: 'namnet', en: 'the name' },
  special: { sv: 'känslig kategori (art. 9)', en: 'special category (Art. 9)' },
  criminal: { sv: 'uppgifter om lagöverträdelser', en: 'criminal offence data' },
  personnummer: { sv: 'personnummer', en: 'personal identity number' },
  kind: { sv: 'typen', en: 'the kind' },
  country: { sv: 'landet', en: 'the country' },
  service: { sv: 'tjänsten', en: 'the service' },
  subProcessors: { sv: 'underbiträdena', en: 'the sub-processors' },
};

/** One line of the changelog; several link changes of one kind in one activity share a line. */
export interface RenderedChange {
  area: ChangeArea;
  type: ChangeType;
  text: string;
}

export interface RenderedActivity {
  /** The activity id, or the area for changes outside any activity. */
  key: string;
  name: string;
  /** The DPO's reason for these changes (policy version `reasons`). */
  reason?: string;
  entries: RenderedChange[];
}

export interface RenderedGroup {
  /** Sorted subject ids joined by "+", or "general". */
  key: string;
  /** The groups of people, in words. */
  label: string;
  activities: RenderedActivity[];
}

export interface RenderedChangelog {
  locale: Locale;
  groups: RenderedGroup[];
  /** Number of lines. */
  count: number;
  markdown: string;
}

export interface RenderOptions {
  /** Reasons keyed "kind/id" (e.g. "activities/recruitment"), from the policy version. */
  reasons?: Readonly<Record<string, string | Text>>;
}

const t = (x: Text | string | undefined, locale: Locale) => (typeof x === 'string' ? x : x ? (locale === 'en' && x.en) || x.sv : '');
const trim = (s: string) => s.replace(/[.\s]+$/, '');
const upper = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function name(set: ChangeSet, kind: string, id: string, locale: Locale): string {
  return trim(t(set.names[`${kind}:${id}`], locale)) || id;
}

/** "diskrimineringslagen 3 kap. 2 §" as its name: law ids become the law's name. */
function lawName(set: ChangeSet, cite: string, locale: Locale): string {
  const [id = '', ...rest] = cite.split(' ');
  // Cited as every table cites it (src/format/law.ts, style `short`): "23 c § LSS".
  const known = set.laws?.[id];
  if (known) return citeLaw(known, { law: id, ...(rest.length ? { section: rest.join(' ') } : {}) }, locale, 'short');
  const law = set.names[`law:${id}`];
  return law ? [t(law, locale), ...rest].join(' ') : cite;
}

export function formatValue(field: string | undefined, v: unknown, locale: Locale, set?: ChangeSet): string {
  const W = WORDS[locale];
  if (v === undefined || v === null || (Array.isArray(v) && !v.length)) return W.none;
  if (field === 'legalBasis' && typeof v === 'string') {
    // Several bases (legalBases) are recorded as "6(1)(b), 6(1)(a)".
    return W.list(
      v.split(', ').map((code) => {
        const b = legalBasis(code, locale);
        return `${b.label.charAt(0).toLowerCase()}${b.label.slice(1)} (${b.article})`;
      }),
    );
  }
  if (field === 'controllers' && typeof v === 'string' && set) return name(set, 'entity', v, locale);
  if (field === 'law' && typeof v === 'string' && set) return lawName(set, v, locale);
  if (typeof v === 'boolean') return v ? W.yes : W.no;
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return W.list(v.map((x) => formatValue(field, x, locale, set)));
  if (typeof v === 'object' && 'sv' in v) return t(v as Text, locale);
  return String(v);
}

function retentionName(r: SnapshotRetention, locale: Locale): string {
  return trim(t(r.documentType, locale)) || (r.from ? WORDS[locale].retentionNameFallback(t(r.from, locale)) : trim(t(r.criteria, locale)));
}

function period(r: SnapshotRetention, locale: Locale): string {
  return r.duration ? formatDuration(r.duration, locale) : trim(t(r.criteria, locale));
}

/** "sparas 2 år från att rekryteringen är klar (diskrimineringslagen) och raderas sedan". */
export function retentionSentence(r: SnapshotRetention, locale: Locale, set?: ChangeSet): string {
  const W = WORDS[locale];
  const law = r.law ? (set ? lawName(set, r.law, locale) : r.law) : undefined;
  if (!r.duration && r.criteria) return trim(t(r.criteria, locale));
  return W.kept(period(r, locale), t(r.from, locale), law, W.then[r.then] ?? r.then);
}

function retentionText(c: Change, set: ChangeSet, locale: Locale): string {
  const W = WORDS[locale];
  const before = c.before as SnapshotRetention | undefined;
  const after = c.after as SnapshotRetention | undefined;
  if (c.type === 'added') {
    // Criteria are sentences of their own ("Vi tittar på utdraget …"): keep them apart from the name.
    const name = retentionName(after!, locale);
    return W.retentionAdded(after!.duration ? name : `${name}:`, retentionSentence(after!, locale, set));
  }
  if (c.type === 'removed') return W.retentionRemoved(retentionName(before!, locale));
  const label = retentionName(after!, locale);
  const { duration: d1, criteria: c1, documentType: _t1, ...rest1 } = before!;
  const { duration: d2, criteria: c2, documentType: _t2, ...rest2 } = after!;
  // Only the period changed: say just that, the way the board will discuss it.
  if (stableStringify(rest1) === stableStringify(rest2) && d1 && d2 && !c1 && !c2) return W.keptInstead(label, formatDuration(d2, locale), formatDuration(d1, locale));
  return `${label}: ${W.formerly(retentionSentence(after!, locale, set), retentionSentence(before!, locale, set))}.`;
}

/** The sentence for one change, inside its activity's heading (the activity itself is not repeated). */
export function renderChange(c: Change, set: ChangeSet, locale: Locale): RenderedChange {
  const W = WORDS[locale];
  const before = formatValue(c.field, c.before, locale, set);
  const after = formatValue(c.field, c.after, locale, set);
  const purpose = () => trim(t(set.names[`purpose:${c.activity}/${c.id}`], locale)) || c.id;
  let text: string;
  switch (c.area) {
    case 'activity':
      if (c.type === 'added') text = W.activityAdded;
      else if (c.type === 'removed') text = W.activityRemoved;
      else if (c.field === 'name') text = W.renamed(after, before);
      else text = `${c.field === 'controllers' ? W.controllers : W.specialCondition}: ${W.instead(after, before)}.`;
      break;
    case 'purpose':
      if (c.type === 'added') text = W.purposeAdded(trim(t((c.after as { description: Text }).description, locale)));
      else if (c.type === 'removed') text = W.purposeRemoved(trim(t((c.before as { description: Text }).description, locale)));
      else text = W.purposeDescribed(trim(after), trim(before));
      break;
    case 'legal-basis':
      text = c.field === 'law' ? W.law(purpose(), after, before) : W.legalBasis(purpose(), after, before);
      break;
    case 'retention':
      text = retentionText(c, set, locale);
      break;
    default: {
      const kind = c.area === 'transfer' ? 'transfer' : c.area;
      const item = name(set, kind, c.id, locale);
      if (c.activity) text = `${(c.type === 'added' ? W.linkAdded : W.linkRemoved)[c.area as keyof typeof W.linkAdded]}: ${item}.`;
      else if (c.type === 'changed') text = W.fieldNow(item, FIELD_LABELS[c.field ?? '']?.[locale] ?? c.field ?? '', after, before);
      else text = `${(c.type === 'added' ? W.itemAdded : W.itemRemoved)[c.area as keyof typeof W.itemAdded]}: ${item}.`;
    }
  }
  return { area: c.area, type: c.type, text };
}

const LINK_AREAS = new Set<ChangeArea>(['subject', 'data-category', 'recipient', 'processor', 'transfer']);

/** The lines of one activity: link changes of one kind and direction share a line ("Nya uppgifter: namn, adress"). */
function lines(changes: Change[], set: ChangeSet, locale: Locale): RenderedChange[] {
  const W = WORDS[locale];
  const out: RenderedChange[] = [];
  const merged = new Map<string, { entry: RenderedChange; items: string[] }>();
  for (const c of changes) {
    if (c.activity && LINK_AREAS.has(c.area) && c.type !== 'changed') {
      const key = `${c.area}:${c.type}`;
      const item = name(set, c.area, c.id, locale);
      const m = merged.get(key);
      if (m) m.items.push(item);
      else {
        const entry = { area: c.area, type: c.type, text: '' };
        merged.set(key, { entry, items: [item] });
        out.push(entry);
      }
      continue;
    }
    out.push(renderChange(c, set, locale));
  }
  for (const [key, { entry, items }] of merged) {
    const [area, type] = key.split(':') as [keyof typeof W.linkAdded, ChangeType];
    entry.text = `${(type === 'added' ? W.linkAdded : W.linkRemoved)[area]}: ${W.list(items)}.`;
  }
  return out;
}

const activityOf = (c: Change) => c.activity ?? (c.area === 'activity' ? c.id : undefined);

export function renderChangelog(set: ChangeSet, locale: Locale, options: RenderOptions = {}): RenderedChangelog {
  const W = WORDS[locale];
  const collator = new Intl.Collator(locale);
  const groups = new Map<string, RenderedGroup & { byActivity: Map<string, Change[]> }>();
  const group = (key: string, label: string) => {
    if (!groups.has(key)) groups.set(key, { key, label, activities: [], byActivity: new Map() });
    return groups.get(key)!;
  };
  // An item added (or removed) together with its link to an activity is told once, in the activity.
  const linked = new Set(set.changes.filter((c) => c.activity && LINK_AREAS.has(c.area) && c.type !== 'changed').map((c) => `${c.area}:${c.type}:${c.id}`));
  for (const c of set.changes) {
    if (!c.activity && c.type !== 'changed' && linked.has(`${c.area}:${c.type}:${c.id}`)) continue;
    const activity = activityOf(c);
    let g: ReturnType<typeof group>;
    let sub: string;
    if (activity) {
      const subjects = [...(set.subjectsOf[activity] ?? [])].sort();
      const label = subjects.length ? upper(W.list(subjects.map((s) => name(set, 'subject', s, locale)).sort(collator.compare))) : W.otherPeople;
      g = group(subjects.join('+') || 'none', label);
      sub = activity;
    } else {
      g = group('general', W.general);
      sub = `area:${c.area}`;
    }
    const list = g.byActivity.get(sub) ?? [];
    list.push(c);
    g.byActivity.set(sub, list);
  }
  const reasonFor = (key: string) => {
    const r = options.reasons?.[key];
    return r ? t(r, locale) : undefined;
  };
  const KIND_OF: Partial<Record<ChangeArea, string>> = { 'data-category': 'data-categories', subject: 'subjects', recipient: 'recipients', processor: 'processors' };
  const out: RenderedGroup[] = [...groups.values()]
    .sort((a, b) => Number(a.key === 'general') - Number(b.key === 'general') || collator.compare(a.label, b.label))
    .map((g) => ({
      key: g.key,
      label: g.label,
      activities: [...g.byActivity.entries()]
        .map(([key, changes]): RenderedActivity => {
          const area = key.startsWith('area:') ? (key.slice(5) as ChangeArea) : undefined;
          // Reasons for entries outside activities: one per item changed, shown with its area.
          const reasons = area ? changes.map((c) => reasonFor(`${KIND_OF[c.area]}/${c.id}`)).filter((r): r is string => !!r) : [reasonFor(`activities/${key}`)].filter((r): r is string => !!r);
          return {
            key,
            name: area ? AREA_LABELS[area][locale] : name(set, 'activity', key, locale),
            ...(reasons.length ? { reason: [...new Set(reasons)].join(' ') } : {}),
            entries: lines(changes, set, locale),
          };
        })
        .sort((a, b) => (g.key === 'general' ? CHANGE_AREAS.indexOf(a.key.slice(5) as ChangeArea) - CHANGE_AREAS.indexOf(b.key.slice(5) as ChangeArea) : collator.compare(a.name, b.name))),
    }));
  const count = out.reduce((n, g) => n + g.activities.reduce((m, a) => m + a.entries.length, 0), 0);
  const markdown = out.length
    ? out
        .map((g) => `### ${g.label}\n\n${g.activities.map((a) => `**${a.name}**${a.reason ? ` — ${W.reason}: ${a.reason}` : ''}\n\n${a.entries.map((e) => `- ${e.text}`).join('\n')}\n`).join('\n')}`)
        .join('\n')
    : `${W.noChanges}\n`;
  return { locale, groups: out, count, markdown };
}

/**
 * A few lines for a version on the public page: one per group of people
 * (the changes counted, the activities named), the rest counted in one line.
 */
export function summariseChangelog(rendered: RenderedChangelog, max = 4): string[] {
  const W = WORDS[rendered.locale];
  if (!rendered.groups.length) return [W.noChanges];
  const lines = rendered.groups.slice(0, max).map((g) =>
    W.summaryLine(
      g.label,
      g.activities.reduce((n, a) => n + a.entries.length, 0),
      g.activities.map((a) => a.name),
    ),
  );
  if (rendered.groups.length > max) lines.push(W.moreGroups(rendered.groups.length - max));
  return lines;
}

export const FIRST_PUBLISHED = { sv: WORDS.sv.firstPublished, en: WORDS.en.firstPublished } as const;
