/** Turns a ChangeSet into plain data for pages and into Markdown, in Swedish or English. */
import type { Locale } from '../model/schemas/index.ts';
import { LEGAL_BASES, type LegalBasisCode } from '../model/vocabulary/legal-bases.ts';
import { formatDuration } from '../model/duration.ts';
import { CHANGE_AREAS, type Change, type ChangeArea, type ChangeSet, type ChangeType } from './diff.ts';
import type { SnapshotRetention, Text } from './snapshot.ts';

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

export const TYPE_LABELS: Record<ChangeType, Record<Locale, string>> = {
  added: { sv: 'Tillagd', en: 'Added' },
  removed: { sv: 'Borttagen', en: 'Removed' },
  changed: { sv: 'Ändrad', en: 'Changed' },
};

const FIELD_LABELS: Record<string, Record<Locale, string>> = {
  name: { sv: 'namn', en: 'name' },
  description: { sv: 'beskrivning', en: 'description' },
  legalBasis: { sv: 'rättslig grund', en: 'legal basis' },
  law: { sv: 'lagstöd', en: 'statutory basis' },
  controllers: { sv: 'personuppgiftsansvariga', en: 'controllers' },
  specialCondition: { sv: 'art. 9-villkor', en: 'Art. 9 condition' },
  special: { sv: 'känslig kategori', en: 'special category' },
  criminal: { sv: 'lagöverträdelser', en: 'criminal offences' },
  personnummer: { sv: 'personnummer', en: 'personal identity number' },
  kind: { sv: 'typ', en: 'kind' },
  country: { sv: 'land', en: 'country' },
  service: { sv: 'tjänst', en: 'service' },
  subProcessors: { sv: 'underbiträden', en: 'sub-processors' },
};

const FOR = { sv: 'för', en: 'for' } as const;
const NONE = { sv: '(ingen)', en: '(none)' } as const;
const NO_CHANGES = { sv: 'Inga ändringar i sak.', en: 'No changes of substance.' } as const;

export interface RenderedChange {
  area: ChangeArea;
  areaLabel: string;
  type: ChangeType;
  typeLabel: string;
  /** Name of the activity the change is inside, if any. */
  activity?: string;
  /** Name of the item changed. */
  subject: string;
  field?: string;
  before?: string;
  after?: string;
  /** One sentence describing the change. */
  text: string;
}

export interface RenderedChangelog {
  locale: Locale;
  groups: { area: ChangeArea; label: string; entries: RenderedChange[] }[];
  markdown: string;
}

const t = (x: Text | undefined, locale: Locale) => (x ? (locale === 'en' && x.en) || x.sv : '');

function isText(v: unknown): v is Text {
  return !!v && typeof v === 'object' && !Array.isArray(v) && typeof (v as Text).sv === 'string';
}

function retentionText(r: SnapshotRetention, locale: Locale): string {
  const from = locale === 'sv' ? 'från' : 'from';
  // Criteria are a sentence of their own: keep them apart from the "from" event.
  const period = r.duration ? formatDuration(r.duration, locale) : `${t(r.criteria, locale).replace(/[.\s]+$/, '')};`;
  const then = { deleted: { sv: 'raderas', en: 'deleted' }, 'handed-over': { sv: 'lämnas över', en: 'handed over' }, archived: { sv: 'arkiveras', en: 'archived' }, anonymised: { sv: 'anonymiseras', en: 'anonymised' } }[r.then]?.[locale] ?? r.then;
  return `${period}${r.from ? ` ${from} ${t(r.from, locale)}` : ''}${r.law ? ` (${r.law})` : ''}; ${then}`;
}

export function formatValue(field: string | undefined, v: unknown, locale: Locale): string {
  if (v === undefined || v === null || (Array.isArray(v) && !v.length)) return NONE[locale];
  if (field === 'legalBasis' && typeof v === 'string') {
    return v.split(', ').map((code) => {
      const b = LEGAL_BASES[code as LegalBasisCode];
      return b ? `${b.label[locale]} (${b.article})` : code;
    }).join(', ');
  }
  if (typeof v === 'boolean') return v ? (locale === 'sv' ? 'ja' : 'yes') : locale === 'sv' ? 'nej' : 'no';
  if (isText(v)) return t(v, locale);
  if (Array.isArray(v)) return v.map((x) => formatValue(field, x, locale)).join(', ');
  if (v && typeof v === 'object' && 'then' in v && ('from' in v || 'criteria' in v || 'duration' in v)) return retentionText(v as SnapshotRetention, locale);
  if (v && typeof v === 'object' && 'legalBasis' in v) return t((v as unknown as { description: Text }).description, locale);
  return String(v);
}

function subjectName(c: Change, set: ChangeSet, locale: Locale): string {
  if (c.area === 'purpose' || c.area === 'legal-basis') return t(set.names[`purpose:${c.activity}/${c.id}`], locale) || c.id;
  if (c.area === 'retention') {
    const r = (c.after ?? c.before) as SnapshotRetention | undefined;
    return (r?.documentType && t(r.documentType, locale)) || c.id;
  }
  return t(set.names[`${c.area}:${c.id}`], locale) || c.id;
}

export function renderChange(c: Change, set: ChangeSet, locale: Locale): RenderedChange {
  const activity = c.activity ? t(set.names[`activity:${c.activity}`], locale) || c.activity : undefined;
  const subject = subjectName(c, set, locale).replace(/[.\s]+$/, '');
  const where = activity && !(c.area === 'activity') ? ` ${FOR[locale]} ${activity}` : '';
  const area = AREA_LABELS[c.area][locale];
  const entry: RenderedChange = { area: c.area, areaLabel: area, type: c.type, typeLabel: TYPE_LABELS[c.type][locale], subject, text: '' };
  if (activity) entry.activity = activity;
  let text = `${TYPE_LABELS[c.type][locale]}${where}: ${subject}`;
  if (c.type === 'changed') {
    const field = c.field ? FIELD_LABELS[c.field]?.[locale] ?? c.field : undefined;
    entry.before = formatValue(c.field, c.before, locale);
    entry.after = formatValue(c.field, c.after, locale);
    if (c.field) entry.field = c.field;
    // "Ändring i <fält>" avoids the en/ett agreement of "Ändrad/Ändrat <fält>".
    const lead = locale === 'sv' ? (field ? `Ändring i ${field}` : 'Ändring') : `Changed${field ? ` ${field}` : ''}`;
    text = `${lead}${where}: ${subject}: ${entry.before} → ${entry.after}`;
  } else if (c.area === 'retention') {
    text += ` (${formatValue(undefined, c.after ?? c.before, locale)})`;
  }
  entry.text = text;
  return entry;
}

export function renderChangelog(set: ChangeSet, locale: Locale): RenderedChangelog {
  const groups = CHANGE_AREAS.map((area) => ({
    area,
    label: AREA_LABELS[area][locale],
    entries: set.changes.filter((c) => c.area === area).map((c) => renderChange(c, set, locale)),
  })).filter((g) => g.entries.length);
  const markdown = groups.length
    ? groups.map((g) => `### ${g.label}\n\n${g.entries.map((e) => `- ${e.text}`).join('\n')}\n`).join('\n')
    : `${NO_CHANGES[locale]}\n`;
  return { locale, groups, markdown };
}

/** A one-paragraph summary for the policy-versions entry ("changes"). */
export function summariseChanges(set: ChangeSet, locale: Locale): string {
  if (!set.changes.length) return NO_CHANGES[locale];
  return set.changes.map((c) => renderChange(c, set, locale).text.replace(/[.\s]+$/, '')).join('. ') + '.';
}
