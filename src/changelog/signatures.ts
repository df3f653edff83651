/**
 * The "Upprättad av / Godkänd av / Fastställd av styrelsen" block of the newest
 * policy version, as plain rows: the policy PDF and the handbook's policy pages
 * draw the same rows. A draft has its approval and adoption rows empty, to be
 * signed at the board meeting.
 */
import type { Locale } from '../model/schemas/index.ts';
import type { Model } from '../model/model.ts';
import { newestVersion, policyStatus, type PolicyStatus } from './versions.ts';
import { personName, tr } from '../record/text.ts';
import { ROLE_LABELS } from '../record/role-labels.ts';

export const SIGNATURE_LABELS = {
  step: { sv: 'Moment', en: 'Step' },
  name: { sv: 'Namn', en: 'Name' },
  date: { sv: 'Datum', en: 'Date' },
  signature: { sv: 'Underskrift', en: 'Signature' },
  prepared: { sv: 'Upprättad av', en: 'Prepared by' },
  approved: { sv: 'Godkänd av', en: 'Approved by' },
  adopted: { sv: 'Fastställd av styrelsen', en: 'Adopted by the board' },
  minutes: { sv: 'Protokoll', en: 'Minutes' },
  current: { sv: 'Gällande version', en: 'Current version' },
  noVersion: { sv: 'Ingen version är upprättad ännu.', en: 'No version has been prepared yet.' },
  draftMark: { sv: 'UTKAST – ej fastställt', en: 'DRAFT – not adopted' },
  draftNote: {
    sv: 'Detta är ett utkast för styrelsen. Det gäller först när styrelsen har fastställt det.',
    en: 'This is a draft for the board. It applies only once the board has adopted it.',
  },
} as const;

export interface SignatureRow {
  step: string;
  /** Name and role; empty while the step is still to be signed. */
  name: string;
  date: string;
}

export interface SignatureBlock {
  version: string;
  status: PolicyStatus;
  rows: SignatureRow[];
  /** The board minutes reference, once adopted. */
  minutes?: string;
}

function who(model: Model, id: string, locale: Locale): string {
  const p = model.byId.people.get(id);
  const r = p?.roles.find((x) => x.role === 'dpo' || x.role === 'ceo') ?? p?.roles[0];
  const role = r ? (r.title ? tr(r.title, locale) : ROLE_LABELS[r.role][locale]) : '';
  return [personName(model, id), role].filter(Boolean).join(', ');
}

/** The signature rows of the newest version (draft or adopted), or undefined when there is none. */
export function signatureBlock(model: Model, locale: Locale): SignatureBlock | undefined {
  const v = newestVersion(model);
  if (!v) return undefined;
  const L = SIGNATURE_LABELS;
  return {
    version: v.version,
    status: policyStatus(model, v),
    rows: [
      { step: L.prepared[locale], name: who(model, v.preparedBy.person, locale), date: v.preparedBy.date },
      { step: L.approved[locale], name: v.approvedBy ? who(model, v.approvedBy.person, locale) : '', date: v.approvedBy?.date ?? '' },
      { step: L.adopted[locale], name: v.adoptedByBoard ? `${L.current[locale]} ${v.version}` : '', date: v.adoptedByBoard ?? '' },
    ],
    ...(v.minutes ? { minutes: v.minutes } : {}),
  };
}

/** True when the documents show a draft (the newest version is not adopted). */
export function isDraft(model: Model): boolean {
  const v = newestVersion(model);
  return !!v && !v.adoptedByBoard;
}
