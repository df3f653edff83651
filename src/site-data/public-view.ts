/**
 * The public view of the model: an explicit WHITELIST of what the public
 * notice may show. Internal-only entries (visibility: internal), IT systems,
 * responsible staff, security measures and everything else not copied here
 * can never reach the public site, privacy.json or the public search index.
 */
import type { Model, Entry, ResolvedActivity } from '../model/model.ts';
import type { Accessibility, Cookie, CookieConsent, LocalizedText, Purpose, Retention, Source } from '../model/schemas/index.ts';
import type { LegalForm } from '../model/vocabulary/legal-forms.ts';
import { recipientRefs } from '../model/purposes.ts';
import { hasCareRecords, structureOf } from '../model/organisation.ts';
import { newestVersion } from '../changelog/versions.ts';

const isPublic = (e: { visibility?: string }) => e.visibility !== 'internal';

export interface PublicRecipient {
  id: string;
  file: string;
  name: LocalizedText;
  kind: string;
  description?: LocalizedText;
  country: string;
  website?: string;
  dpv?: string /** Only under this condition (per activity). */;
  condition?: LocalizedText;
}
export interface PublicTransfer {
  id: string;
  file: string;
  country: string;
  safeguard: string;
  description?: LocalizedText;
  copyAvailable: LocalizedText;
  processorName?: string;
  recipientName?: LocalizedText;
}
export interface PublicProcessor {
  id: string;
  file: string;
  name: string;
  service: LocalizedText;
  country: string;
}
export interface PublicCategory {
  id: string;
  file: string;
  name: LocalizedText;
  description?: LocalizedText;
  examples: LocalizedText[];
  special?: string;
  criminal: boolean;
  personnummer: boolean;
  dpv?: string;
}
export interface PublicSubject {
  id: string;
  file: string;
  name: LocalizedText;
  audience: LocalizedText;
  description?: LocalizedText;
  summary?: Entry<'subjects'>['summary'];
  easyRead?: LocalizedText[];
  dpv?: string;
  linkedTo?: Entry<'subjects'>['linkedTo'];
}
export interface PublicController {
  id: string;
  file: string;
  legalName: string;
  shortName?: string;
  organisationsnummer: string;
  addresses: Entry<'entities'>['addresses'];
  phone?: string;
  email: string;
  website?: string;
  services: string[];
  description?: LocalizedText /** Where requests about this company's data can also go. */;
  requests?: Entry<'entities'>['requests'];
}

export interface PublicActivity {
  id: string;
  file: string;
  name: LocalizedText;
  description: LocalizedText;
  controllers: PublicController[];
  jointControllers?: { parties: string[]; arrangement: LocalizedText };
  subjects: string[];
  dataCategories: PublicCategory[];
  purposes: Purpose[];
  specialCondition?: ResolvedActivity['specialCondition'];
  criminalDataBasis?: ResolvedActivity['criminalDataBasis'];
  sources: (Omit<Source, 'party'> & { partyName?: LocalizedText })[];
  provision?: ResolvedActivity['provision'];
  recipients: PublicRecipient[];
  processors: PublicProcessor[];
  transfers: PublicTransfer[];
  retention: (Omit<Retention, 'handedOverTo'> & { handedOverToName?: LocalizedText; handedOverToKind?: string })[];
  automatedDecisions: ResolvedActivity['automatedDecisions'];
  easyRead?: LocalizedText;
  cookies?: Cookie[];
  cookieConsent?: CookieConsent;
  lastReviewed: string;
}

export interface PublicPerson {
  id: string;
  file: string;
  name?: string;
  publicContact?: Entry<'people'>['publicContact'];
}

export interface PublicModel {
  organisation: {
    name: LocalizedText;
    shortName?: string;
    description?: LocalizedText;
    website?: string;
    locales: string[];
    accentColor: string;
    logo?: string;
    logoAlt?: LocalizedText;
    accessibility?: Accessibility;
    supervisoryAuthority?: Model['organisation']['supervisoryAuthority'];
    rights: Model['organisation']['rights'];
    /** How people ask for their data (channels, identity check, delivery). */
    requests?: Model['organisation']['requests'];
    file: string;
    legalForm: LegalForm;
    /** Resolved: as written, or a group when there is more than one entity. */
    structure: 'single' | 'group';
    wording?: Model['organisation']['wording'];
    statements: LocalizedText[];
    /** Whether the content has care records (journal, akt): only then does the notice speak of them. */
    careRecords: boolean;
  };
  parent: PublicController;
  controllers: PublicController[];
  dpo?: PublicPerson;
  subjects: PublicSubject[];
  activities: PublicActivity[];
  laws: { id: string; file: string; sfs: string; title: LocalizedText; shortName?: string; sections: { section: string; summary: LocalizedText }[] }[];
  /** Adopted versions only: a draft is internal until the board has adopted it. */
  policyVersions: { id: string; file: string; version: string; adoptedByBoard: string; approvedDate: string; changes?: LocalizedText }[];
}

const controller = (e: Entry<'entities'>): PublicController => ({
  id: e.id,
  file: e.file,
  legalName: e.legalName,
  shortName: e.shortName,
  organisationsnummer: e.organisationsnummer,
  addresses: e.addresses,
  phone: e.phone,
  email: e.email,
  website: e.website,
  services: [...e.services],
  description: e.description,
  ...(e.requests ? { requests: e.requests } : {}),
});

/** URL of the organisation's logo on the public site (copied there by generators/notice). */
export const logoPath = (file: string) => `/logo${file.slice(file.lastIndexOf('.')).toLowerCase()}`;

export function publicView(model: Model): PublicModel {
  const subjects = model.subjects.filter(isPublic);
  const subjectIds = new Set(subjects.map((s) => s.id));
  const activities = model.activities
    .filter((a) => isPublic(a) && a.subjects.some((s) => subjectIds.has(s)))
    .map((a): PublicActivity => {
      const recipient = (id?: string) => {
        const r = id ? model.byId.recipients.get(id) : undefined;
        return r && isPublic(r) ? r : undefined;
      };
      return {
        id: a.id,
        file: a.file,
        name: a.name,
        description: a.description,
        controllers: a.refs.controllers.map(controller),
        jointControllers: a.jointControllers,
        subjects: a.subjects.filter((s) => subjectIds.has(s)),
        dataCategories: a.refs.dataCategories.filter(isPublic).map((c) => ({
          id: c.id,
          file: c.file,
          name: c.name,
          description: c.description,
          examples: [...c.examples],
          special: c.special,
          criminal: c.criminal,
          personnummer: c.personnummer,
          dpv: c.dpv,
        })),
        purposes: a.purposes,
        specialCondition: a.specialCondition,
        criminalDataBasis: a.criminalDataBasis,
        sources: a.sources.map(({ party, ...s }) => ({
          ...s,
          dataCategories: s.dataCategories.filter((c) => isPublic(model.byId['data-categories'].get(c) ?? {})),
          ...(recipient(party) ? { partyName: recipient(party)!.name } : {}),
        })),
        provision: a.provision,
        recipients: recipientRefs(a.recipients).flatMap(({ id, condition }) => {
          const r = recipient(id);
          return r ? [{ id: r.id, file: r.file, name: r.name, kind: r.kind, description: r.description, country: r.country, website: r.website, dpv: r.dpv, ...(condition ? { condition } : {}) }] : [];
        }),
        processors: a.refs.processors.filter(isPublic).map((p) => ({ id: p.id, file: p.file, name: p.name, service: p.service, country: p.country })),
        transfers: a.refs.transfers.filter(isPublic).map((tr) => {
          const proc = tr.processor ? model.byId.processors.get(tr.processor) : undefined;
          return {
            id: tr.id,
            file: tr.file,
            country: tr.country,
            safeguard: tr.safeguard,
            description: tr.description,
            copyAvailable: tr.copyAvailable,
            ...(proc && isPublic(proc) ? { processorName: proc.name } : {}),
            ...(recipient(tr.recipient) ? { recipientName: recipient(tr.recipient)!.name } : {}),
          };
        }),
        retention: a.retention.map(({ handedOverTo, ...r }) => ({
          ...r,
          ...(r.dataCategories ? { dataCategories: r.dataCategories.filter((c) => isPublic(model.byId['data-categories'].get(c) ?? {})) } : {}),
          ...(recipient(handedOverTo) ? { handedOverToName: recipient(handedOverTo)!.name, handedOverToKind: recipient(handedOverTo)!.kind } : {}),
        })),
        automatedDecisions: a.automatedDecisions,
        easyRead: a.easyRead,
        ...(a.cookies ? { cookies: a.cookies } : {}),
        ...(a.cookieConsent ? { cookieConsent: a.cookieConsent } : {}),
        lastReviewed: a.lastReviewed,
      };
    });
  const usedControllers = new Set(activities.flatMap((a) => a.controllers.map((c) => c.id)));
  usedControllers.add(model.organisation.parent);
  const dpoEntry = model.organisation.dpo ? model.byId.people.get(model.organisation.dpo) : undefined;
  const usedLaws = new Set<string>();
  for (const a of activities) {
    for (const p of a.purposes) for (const l of p.law) usedLaws.add(l.law);
    for (const l of a.specialCondition?.law ?? []) usedLaws.add(l.law);
    for (const r of a.retention) if (r.law) usedLaws.add(r.law.law);
    if (a.criminalDataBasis) usedLaws.add(a.criminalDataBasis.law);
  }
  const o = model.organisation;
  return {
    organisation: {
      name: o.name,
      shortName: o.shortName,
      description: o.description,
      website: o.website,
      locales: [...model.locales],
      accentColor: o.site.accentColor,
      ...(o.site.logo ? { logo: logoPath(o.site.logo), ...(o.site.logoAlt ? { logoAlt: o.site.logoAlt } : {}) } : {}),
      ...(o.accessibility ? { accessibility: o.accessibility } : {}),
      supervisoryAuthority: o.supervisoryAuthority,
      rights: o.rights,
      ...(o.requests ? { requests: o.requests } : {}),
      file: o.file,
      legalForm: o.legalForm as LegalForm,
      structure: structureOf(model),
      ...(o.wording ? { wording: o.wording } : {}),
      statements: [...o.statements],
      careRecords: hasCareRecords(model),
    },
    parent: controller(model.byId.entities.get(o.parent)!),
    controllers: model.entities.filter((e) => usedControllers.has(e.id)).map(controller),
    ...(dpoEntry ? { dpo: { id: dpoEntry.id, file: dpoEntry.file, ...(dpoEntry.visibility === 'public' ? { name: dpoEntry.name } : {}), publicContact: dpoEntry.publicContact } } : {}),
    subjects: subjects.map((s) => ({
      id: s.id,
      file: s.file,
      name: s.name,
      audience: s.audience,
      description: s.description,
      summary: s.summary,
      easyRead: s.easyRead,
      dpv: s.dpv,
      ...(s.linkedTo && subjectIds.has(s.linkedTo.subject) ? { linkedTo: s.linkedTo } : {}),
    })),
    activities,
    laws: model.laws
      .filter((l) => usedLaws.has(l.id))
      .map((l) => ({ id: l.id, file: l.file, sfs: l.sfs, title: l.title, shortName: l.shortName, sections: l.sections.map((s) => ({ section: s.section, summary: s.summary })) })),
    policyVersions: model.policyVersions
      .filter((v): v is typeof v & { adoptedByBoard: string } => !!v.adoptedByBoard)
      .map((v) => ({
        id: v.id,
        file: v.file,
        version: v.version,
        adoptedByBoard: v.adoptedByBoard,
        approvedDate: v.approvedBy?.date ?? v.adoptedByBoard,
        ...(v.changes ? { changes: v.changes } : {}),
      })),
  };
}

/** The newest adopted policy version: the public "last updated". */
export function latestVersion(pm: PublicModel): PublicModel['policyVersions'][number] | undefined {
  return newestVersion(pm);
}
