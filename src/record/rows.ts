/**
 * Pure row builders of the record of processing (Art. 30). CSV, XLSX, PDF and
 * the handbook's HTML table all read these, so every output shows the same
 * facts in the same order.
 */
import type { Locale } from '../model/schemas/index.ts';
import type { Entry, Model, ResolvedActivity } from '../model/model.ts';
import { art9Condition, citeLaws, legalBasis, retentionActionShort, retentionPeriodShort, retentionShort, safeguard, type RetentionContext } from '../format/index.ts';
import { CONTACT_PARTS, DELEGATION_LABELS, PROCESSOR_RECORD_LABELS, PROCESSORS_LABELS, REGISTER_LABELS, RETENTION_LABELS, SECURITY_LABELS, SHEET_NAMES, VALUE_LABELS, type L } from './labels.ts';
import { citation, personName, tr } from './text.ts';
import { basesOf, recipientRefs } from '../model/purposes.ts';

/** A cell is a list of lines; outputs join them (newline in XLSX/PDF/CSV, <br> or <ul> in HTML). */
export type Cell = string[];

export interface Column<K extends string = string> {
  key: K;
  label: string;
  /** Width in Excel character units; PDF scales these proportionally. */
  width: number;
}

export interface Row<K extends string = string> {
  /** Stable id of the row: "activity" or "activity/controller" etc. */
  id: string;
  cells: Record<K, Cell>;
}

export interface RegisterTable<K extends string = string> {
  /** Stable id: "controller/<entity>", "processor-record/<entity>", "processors", "retention", "security", "delegations". */
  id: string;
  /** Excel sheet name (max 31 characters, unique). */
  sheetName: string;
  title: string;
  columns: Column<K>[];
  rows: Row<K>[];
}

const cols = <K extends string>(labels: Record<K, L>, widths: Record<K, number>, locale: Locale): Column<K>[] =>
  (Object.keys(labels) as K[]).map((key) => ({ key, label: labels[key][locale], width: widths[key] }));

export type RegisterColumn = keyof typeof REGISTER_LABELS;

/** Column order of the controller record: identification first, then IMY's fields. */
export const REGISTER_WIDTHS: Record<RegisterColumn, number> = {
  controller: 24,
  organisationsnummer: 14,
  activity: 22,
  contact: 40,
  purposes: 36,
  legalBasis: 30,
  law: 20,
  art9: 24,
  subjects: 22,
  dataCategories: 28,
  recipients: 26,
  transfers: 28,
  retention: 34,
  security: 30,
  sources: 24,
  lastReviewed: 12,
};

export function entityContact(e: Entry<'entities'>): string[] {
  const address = e.addresses.map((a) => `${a.street}, ${a.postalCode} ${a.city}`);
  return [`${e.legalName} (${e.organisationsnummer})`, ...address, e.email, ...(e.phone ? [e.phone] : [])];
}

function dpoLine(model: Model, locale: Locale): string {
  const dpo = model.organisation.dpo ? model.byId.people.get(model.organisation.dpo) : undefined;
  if (!dpo) return '';
  const contact = dpo.publicContact?.email ?? dpo.email ?? dpo.publicContact?.phone ?? dpo.phone ?? '';
  return `${CONTACT_PARTS.dpo[locale]}: ${dpo.name}${contact ? `, ${contact}` : ''}`;
}

export function legalBasisLabel(code: string, locale: Locale): string {
  return legalBasis(code, locale).full;
}

export function art9Label(code: string, locale: Locale): string {
  return art9Condition(code, locale).full;
}

export function transferLines(model: Model, ids: readonly string[], locale: Locale): string[] {
  if (!ids.length) return [VALUE_LABELS.noTransfers[locale]];
  return ids.map((id) => {
    const t = model.byId.transfers.get(id)!;
    const via = t.processor ? model.byId.processors.get(t.processor)?.name : t.recipient ? tr(model.byId.recipients.get(t.recipient)?.name, locale) : '';
    return `${t.country}: ${safeguard(t.safeguard, locale, 'short')}${via ? ` (${via})` : ''}`;
  });
}

/** What a retention rule needs from around it, in table style. */
export function retentionContext(model: Model, r: ResolvedActivity['retention'][number], locale: Locale): RetentionContext {
  const to = r.handedOverTo ? model.byId.recipients.get(r.handedOverTo) : undefined;
  return { ...(r.law ? { law: citation(model, r.law, locale) } : {}), ...(to ? { handedOverTo: to } : {}) };
}

export function retentionLine(model: Model, r: ResolvedActivity['retention'][number], locale: Locale): string {
  return retentionShort(r, retentionContext(model, r, locale), locale);
}

function sourceLines(model: Model, a: ResolvedActivity, locale: Locale): string[] {
  return a.sources.map((s) => {
    const party = s.party ? tr(model.byId.recipients.get(s.party)?.name, locale) : '';
    const base = party || VALUE_LABELS.source[s.from][locale];
    return s.description ? `${base}: ${tr(s.description, locale)}` : base;
  });
}

/** Activities a company is (joint) controller of, in model order. */
export function activitiesOf(model: Model, entityId: string): ResolvedActivity[] {
  return model.activities.filter((a) => a.controllers.includes(entityId));
}

/** Companies that are controller of at least one activity, in model order. */
export function controllerEntities(model: Model): Entry<'entities'>[] {
  // The parent company first: the board reads its own record before the subsidiaries'.
  const parent = model.organisation.parent;
  return model.entities.filter((e) => model.activities.some((a) => a.controllers.includes(e.id))).sort((a, b) => Number(b.id === parent) - Number(a.id === parent));
}

/** One row per activity of the company: the Art. 30(1) record. */
export function registerRows(model: Model, entityId: string, locale: Locale): Row<RegisterColumn>[] {
  const entity = model.byId.entities.get(entityId);
  if (!entity) throw new Error(`unknown entity: ${entityId}`);
  const none = VALUE_LABELS.none[locale];
  return activitiesOf(model, entityId).map((a) => {
    const purposeText = (p: (typeof a.purposes)[number]) => tr(p.description, locale);
    const purposeName = (p: (typeof a.purposes)[number]) => purposeText(p).replace(/[.\s]+$/, '');
    const others = a.refs.controllers.filter((c) => c.id !== entityId).map((c) => c.legalName);
    const joint = [...others, ...(a.jointControllers?.parties ?? [])];
    const contact = [
      `${CONTACT_PARTS.controller[locale]}: ${entityContact(entity).join(', ')}`,
      ...(joint.length ? [`${CONTACT_PARTS.joint[locale]}: ${joint.join(', ')}`] : []),
      dpoLine(model, locale),
    ].filter(Boolean);
    // "LSS" adds nothing next to "23 c § LSS": citeLaws keeps a bare law only when no section of it is cited.
    const laws = citeLaws(
      (id) => model.byId.laws.get(id),
      [...a.purposes.flatMap((p) => p.law), ...(a.specialCondition?.law ?? []), ...(a.criminalDataBasis ? [a.criminalDataBasis] : [])],
      locale,
      'short',
    );
    const cells: Record<RegisterColumn, Cell> = {
      controller: [entity.legalName],
      organisationsnummer: [entity.organisationsnummer],
      activity: [tr(a.name, locale)],
      contact,
      purposes: a.purposes.map(purposeText),
      legalBasis: a.purposes.map(
        (p) =>
          `${purposeName(p)}: ${basesOf(p)
            .map((x) => legalBasisLabel(x.basis, locale) + (x.note ? ` – ${tr(x.note, locale)}` : ''))
            .join('; ')}`,
      ),
      law: laws,
      art9: a.specialCondition ? [art9Label(a.specialCondition.condition, locale)] : [],
      subjects: a.refs.subjects.map((s) => tr(s.name, locale)),
      dataCategories: a.refs.dataCategories.map((d) => tr(d.name, locale)),
      recipients: a.refs.recipients.length
        ? recipientRefs(a.recipients).map((r) => `${tr(model.byId.recipients.get(r.id)?.name, locale)}${r.condition ? ` (${tr(r.condition, locale)})` : ''}`)
        : [none],
      transfers: transferLines(model, a.transfers, locale),
      retention: a.retention.map((r) => retentionLine(model, r, locale)),
      security: a.refs.securityMeasures.map((m) => tr(m.title, locale)),
      sources: sourceLines(model, a, locale),
      lastReviewed: [a.lastReviewed],
    };
    return { id: `${a.id}/${entityId}`, cells };
  });
}

export type ProcessorRecordColumn = keyof typeof PROCESSOR_RECORD_LABELS;

/** Art. 30(2): one row per controller a company of the group processes data for. */
export function processorRecordRows(model: Model, entityId: string, locale: Locale): Row<ProcessorRecordColumn>[] {
  const entity = model.byId.entities.get(entityId);
  if (!entity) throw new Error(`unknown entity: ${entityId}`);
  return entity.processorFor.map((p, i) => ({
    id: `${entityId}/${i}`,
    cells: {
      contact: [
        `${CONTACT_PARTS.processor[locale]}: ${entityContact(entity).join(', ')}`,
        `${CONTACT_PARTS.onBehalfOf[locale]}: ${p.controller}${p.controllerContact ? `, ${p.controllerContact}` : ''}`,
        dpoLine(model, locale),
      ].filter(Boolean),
      processing: p.processing.map((t) => tr(t, locale)),
      transfers: transferLines(model, p.transfers, locale),
      security: p.securityMeasures.map((id) => tr(model.byId['security-measures'].get(id)?.title, locale)),
    },
  }));
}

export type ProcessorsColumn = keyof typeof PROCESSORS_LABELS;

export function processorsRows(model: Model, locale: Locale): Row<ProcessorsColumn>[] {
  return model.processors.map((p) => ({
    id: p.id,
    cells: {
      name: [p.name],
      service: [tr(p.service, locale)],
      country: [p.country],
      agreementDate: p.agreementDate ? [p.agreementDate] : [],
      agreementReference: p.agreementReference ? [p.agreementReference] : [],
      subProcessors: p.subProcessors.map((s) => `${s.name} (${s.country}): ${tr(s.service, locale)}`),
      usedBy: p.usedBy.map((id) => model.byId.entities.get(id)?.legalName ?? id),
      activities: model.activities.filter((a) => a.processors.includes(p.id)).map((a) => tr(a.name, locale)),
    },
  }));
}

export type RetentionColumn = keyof typeof RETENTION_LABELS;

/** The gallringsplan: one row per retention rule of every activity. */
export function retentionRows(model: Model, locale: Locale): Row<RetentionColumn>[] {
  return model.activities.flatMap((a) =>
    a.retention.map((r, i) => ({
      id: `${a.id}/${r.id ?? i}`,
      cells: {
        activity: [tr(a.name, locale)],
        documentType: r.documentType ? [tr(r.documentType, locale)] : [],
        dataCategories: (r.dataCategories ?? a.dataCategories).map((id) => tr(model.byId['data-categories'].get(id)?.name, locale)),
        period: [retentionPeriodShort(r, locale)],
        from: r.from ? [tr(r.from, locale)] : [],
        law: r.law ? [citation(model, r.law, locale)] : [],
        then: [retentionActionShort(r.then, locale, retentionContext(model, r, locale).handedOverTo)],
        note: r.note ? [tr(r.note, locale)] : [],
      },
    })),
  );
}

export type SecurityColumn = keyof typeof SECURITY_LABELS;

export function securityRows(model: Model, locale: Locale): Row<SecurityColumn>[] {
  return model.securityMeasures.map((m) => ({
    id: m.id,
    cells: {
      title: [tr(m.title, locale)],
      kind: [VALUE_LABELS.kind[m.kind][locale]],
      description: [tr(m.description, locale)],
      activities: model.activities.filter((a) => a.securityMeasures.includes(m.id)).map((a) => tr(a.name, locale)),
    },
  }));
}

export type DelegationColumn = keyof typeof DELEGATION_LABELS;

export function delegationRows(model: Model, locale: Locale): Row<DelegationColumn>[] {
  return model.delegations.map((d) => ({
    id: d.id,
    cells: {
      from: [personName(model, d.from)],
      to: [personName(model, d.to)],
      entity: d.entity ? [model.byId.entities.get(d.entity)?.legalName ?? d.entity] : [],
      scope: [VALUE_LABELS.scope[d.scope][locale]],
      what: [tr(d.what, locale)],
      since: [d.since],
      until: d.until ? [d.until] : [],
      agreement: [d.agreement],
    },
  }));
}

/** Excel forbids []:*?/\ in sheet names and limits them to 31 characters. */
function sheetName(name: string, used: Set<string>): string {
  const clean = name
    .replace(/[[\]:*?/\\]/g, ' ')
    .trim()
    .slice(0, 31);
  let out = clean;
  for (let n = 2; used.has(out.toLowerCase()); n++) out = `${clean.slice(0, 31 - String(n).length - 1)} ${n}`;
  used.add(out.toLowerCase());
  return out;
}

/** Every table of the register, in output order: controllers, processor records, then the annexes. */
export function registerTables(model: Model, locale: Locale): RegisterTable[] {
  const used = new Set<string>();
  const tables: RegisterTable[] = [];
  for (const e of controllerEntities(model)) {
    tables.push({
      id: `controller/${e.id}`,
      sheetName: sheetName(e.shortName ?? e.legalName, used),
      title: e.legalName,
      columns: cols(REGISTER_LABELS, REGISTER_WIDTHS, locale),
      rows: registerRows(model, e.id, locale),
    });
  }
  for (const e of model.entities.filter((x) => x.processorFor.length)) {
    tables.push({
      id: `processor-record/${e.id}`,
      sheetName: sheetName(`${SHEET_NAMES.processorRecord[locale]} ${e.shortName ?? e.legalName}`, used),
      title: `${e.legalName}: ${CONTACT_PARTS.processor[locale].toLowerCase()} (GDPR art. 30.2)`,
      columns: cols(PROCESSOR_RECORD_LABELS, { contact: 44, processing: 44, transfers: 30, security: 36 }, locale),
      rows: processorRecordRows(model, e.id, locale),
    });
  }
  const annex = <K extends string>(id: keyof typeof SHEET_NAMES, labels: Record<K, L>, widths: Record<K, number>, rows: Row<K>[]) =>
    tables.push({ id, sheetName: sheetName(SHEET_NAMES[id][locale], used), title: SHEET_NAMES[id][locale], columns: cols(labels, widths, locale), rows });
  annex(
    'processors',
    PROCESSORS_LABELS,
    { name: 24, service: 30, country: 8, agreementDate: 14, agreementReference: 16, subProcessors: 36, usedBy: 26, activities: 30 },
    processorsRows(model, locale),
  );
  annex('retention', RETENTION_LABELS, { activity: 24, documentType: 20, dataCategories: 28, period: 16, from: 26, law: 20, then: 16, note: 30 }, retentionRows(model, locale));
  annex('security', SECURITY_LABELS, { title: 28, kind: 16, description: 60, activities: 34 }, securityRows(model, locale));
  annex('delegations', DELEGATION_LABELS, { from: 22, to: 22, entity: 26, scope: 16, what: 44, since: 12, until: 12, agreement: 18 }, delegationRows(model, locale));
  return tables;
}
