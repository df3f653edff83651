/**
 * privacy.jsonld: the public notice in W3C Data Privacy Vocabulary 2.3
 * terms. The organisation's processing is one dpv:Process whose parts
 * (dpv:hasProcess) are the activities. Which DPV term stands for which part
 * of the model is decided in src/model/vocabulary/dpv-mapping.ts; this file
 * only arranges the nodes. Every DPV class is used as a type (@type) of a
 * node with its own id, never as a plain value, so the document reads the
 * same as RDF and as JSON. docs/machine-readable.md describes every node.
 */
import type { LocalizedText } from '../model/schemas/index.ts';
import { IMY, RIGHTS, RIGHT_CODES, type LegalBasisCode, type Art9Code } from '../model/vocabulary/index.ts';
import { DPV_NAMESPACES } from '../model/vocabulary/dpv.ts';
import {
  art9Term,
  DATA_SUBJECT_CLASS,
  dataCategoryTerm,
  legalBasisTerm,
  purposeTerm,
  RECIPIENT_CLASS,
  recipientTerm,
  RIGHT_TERMS,
  SAFEGUARD_CLASS,
  SAFEGUARD_TERMS,
  SPECIAL_CATEGORY_CLASS,
  subjectTerm,
} from '../model/vocabulary/dpv-mapping.ts';
import type { PublicActivity, PublicCategory, PublicController, PublicModel, PublicProcessor, PublicRecipient } from './public-view.ts';
import { latestVersion } from './public-view.ts';
import { LEGAL_BASES, ART9_CONDITIONS } from '../model/vocabulary/index.ts';
import { ui } from '../i18n/ui/index.ts';
import { basesOf } from '../model/purposes.ts';

export const JSONLD_CONTEXT = {
  ...DPV_NAMESPACES,
  dct: 'http://purl.org/dc/terms/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

type Node = Record<string, unknown>;

/** A text in every language it is written in, tagged. */
function texts(value: LocalizedText | undefined): Node[] | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return [{ '@value': value, '@language': 'sv' }];
  return [{ '@value': value.sv, '@language': 'sv' }, ...(value.en ? [{ '@value': value.en, '@language': 'en' }] : [])];
}
/** One type, or several without repeats. */
const types = (...list: (string | undefined)[]) => {
  const unique = [...new Set(list.filter((x): x is string => !!x))];
  return unique.length === 1 ? unique[0] : unique;
};
const country = (code: string, cls = 'dpv:Country'): Node => ({ '@type': cls, 'dct:identifier': code });
const address = (a: { street: string; postalCode: string; city: string }) => `${a.street}, ${a.postalCode} ${a.city}`;
/** Leaves out empty fields so a missing fact is absent, not null. */
const compact = (node: Node): Node => Object.fromEntries(Object.entries(node).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));

export function privacyJsonLd(pm: PublicModel, baseUrl = ''): string {
  const base = baseUrl.replace(/\/$/, '');
  const id = (kind: string, key: string) => `${base}/privacy.jsonld#${kind}-${key}`;
  const ref = (kind: string, key: string) => ({ '@id': id(kind, key) });
  const latest = latestVersion(pm);

  const controller = (c: PublicController): Node =>
    compact({
      '@id': id('controller', c.id),
      '@type': 'dpv:DataController',
      'dpv:hasName': c.legalName,
      'dpv:hasIdentifier': c.organisationsnummer,
      'dpv:hasAddress': c.addresses.map(address),
      'dpv:hasContact': [c.email, c.phone, c.website].filter(Boolean),
      'dpv:isSubsidiaryOf': c.id === pm.parent.id ? undefined : ref('controller', pm.parent.id),
    });

  const category = (c: PublicCategory): Node =>
    compact({
      '@id': id('data', c.id),
      '@type': types(dataCategoryTerm(c), c.special ? SPECIAL_CATEGORY_CLASS : undefined),
      'dct:title': texts(c.name),
      'dct:description': texts(c.description),
    });

  const recipient = (r: PublicRecipient): Node =>
    compact({
      '@id': id('recipient', r.id),
      '@type': types(RECIPIENT_CLASS, recipientTerm(r)),
      'dct:title': texts(r.name),
      'dct:description': texts(r.description),
      'dpv:hasCountry': country(r.country),
    });

  const processor = (p: PublicProcessor): Node => ({
    '@id': id('processor', p.id),
    '@type': 'dpv:DataProcessor',
    'dpv:hasName': p.name,
    'dct:description': texts(p.service),
    'dpv:hasCountry': country(p.country),
  });

  const legalBasis = (term: string, label: { sv: string; en: string }): Node => ({
    '@id': id('legal-basis', term.slice(term.indexOf(':') + 1)),
    '@type': term,
    'dct:title': texts(label),
  });

  const activity = (a: PublicActivity): Node => {
    // A purpose may rest on several bases (legalBases): each is a node, and the purpose points at all of them.
    const purposeBases = a.purposes.map((p) => basesOf(p).map((b) => legalBasis(legalBasisTerm(b.basis as LegalBasisCode), LEGAL_BASES[b.basis as LegalBasisCode].label)));
    const bases = purposeBases.flat();
    const art9 = a.specialCondition ? [legalBasis(art9Term(a.specialCondition.condition as Art9Code), ART9_CONDITIONS[a.specialCondition.condition as Art9Code].label)] : [];
    return compact({
      '@id': id('activity', a.id),
      '@type': 'dpv:Process',
      'dct:title': texts(a.name),
      'dct:description': texts(a.description),
      'dpv:hasDataController': a.controllers.map((c) => ref('controller', c.id)),
      'dpv:hasJointDataControllers': a.jointControllers
        ? { '@type': 'dpv:JointDataControllers', 'dpv:hasName': a.jointControllers.parties, 'dct:description': texts(a.jointControllers.arrangement) }
        : undefined,
      'dpv:hasDataSubject': a.subjects.map((s) => ref('subject', s)),
      'dpv:hasPurpose': a.purposes.map((p, i) => ({
        '@id': id('purpose', `${a.id}-${p.id}`),
        '@type': purposeTerm(p),
        'dct:description': texts(p.description),
        'dpv:hasLegalBasis': purposeBases[i]!.length === 1 ? { '@id': purposeBases[i]![0]!['@id'] } : purposeBases[i]!.map((b) => ({ '@id': b['@id'] })),
      })),
      'dpv:hasLegalBasis': [...new Map([...bases, ...art9].map((b) => [b['@id'], b])).values()],
      'dpv:hasPersonalData': a.dataCategories.map((c) => ref('data', c.id)),
      'dpv:hasDataSource': a.sources.map((s) =>
        compact({
          '@type': s.from === 'data-subject' ? 'dpv:DataSubjectDataSource' : 'dpv:ThirdPartyDataSource',
          'dct:title': texts(s.partyName),
          'dct:description': texts(s.description),
          'dpv:hasPersonalData': s.dataCategories.map((c) => ref('data', c)),
        }),
      ),
      'dpv:hasRecipient': a.recipients.map((r) => ref('recipient', r.id)),
      'dpv:hasDataProcessor': a.processors.map((p) => ref('processor', p.id)),
      // A transfer to a third country is a part of the activity with its own legal basis (GDPR ch. V) and safeguard.
      'dpv:hasProcess': a.transfers.map((tr) => {
        const sg = SAFEGUARD_TERMS[tr.safeguard] ?? { basis: 'dpv:DataTransferLegalBasis' };
        return compact({
          '@id': id('transfer', `${a.id}-${tr.id}`),
          '@type': 'dpv:Process',
          'dct:description': texts(tr.description),
          'dpv:hasProcessing': { '@type': 'dpv:CrossBorderTransfer' },
          'dpv:hasThirdCountry': country(tr.country, 'dpv:ThirdCountry'),
          'dpv:hasDataImporter': tr.processorName || tr.recipientName ? compact({ '@type': 'dpv:DataImporter', 'dpv:hasName': tr.processorName, 'dct:title': texts(tr.recipientName) }) : undefined,
          'dpv:hasLegalBasis': { '@id': id('legal-basis', sg.basis.slice(sg.basis.indexOf(':') + 1)), '@type': sg.basis },
          'dpv:hasOrganisationalMeasure': sg.measure ? { '@type': types(SAFEGUARD_CLASS, sg.measure), 'dct:description': texts(tr.copyAvailable) } : undefined,
        });
      }),
      'dpv:hasStorageCondition': a.retention.flatMap((r, i) => [
        compact({
          '@id': id('storage', `${a.id}-${r.id ?? i}`),
          '@type': 'dpv:StorageDuration',
          'dct:title': texts(r.documentType),
          'dpv:hasPersonalData': (r.dataCategories ?? a.dataCategories.map((c) => c.id)).map((c) => ref('data', c)),
          'dpv:hasDuration': compact({
            // A fixed period counted from an event; without one, the criteria decide until when.
            '@type': r.duration ? 'dpv:TemporalDuration' : 'dpv:UntilEventDuration',
            'rdf:value': r.duration ? { '@value': r.duration, '@type': 'xsd:duration' } : undefined,
            'dct:description': texts(r.duration ? r.from : (r.criteria ?? r.from)),
          }),
        }),
        ...(r.then === 'deleted' || r.then === 'anonymised'
          ? [{ '@id': id('storage', `${a.id}-${r.id ?? i}-${r.then}`), '@type': 'dpv:StorageDeletion', 'dct:description': texts({ sv: ui('sv').then[r.then], en: ui('en').then[r.then] }) }]
          : []),
      ]),
    });
  };

  const sa = pm.organisation.supervisoryAuthority;
  const categories = new Map<string, PublicCategory>();
  const recipients = new Map<string, PublicRecipient>();
  const processors = new Map<string, PublicProcessor>();
  for (const a of pm.activities) {
    for (const c of a.dataCategories) categories.set(c.id, c);
    for (const r of a.recipients) recipients.set(r.id, r);
    for (const p of a.processors) processors.set(p.id, p);
  }
  const byId = <T extends { id: string }>(m: Map<string, T>) => [...m.values()].sort((x, y) => x.id.localeCompare(y.id, 'en'));
  const dpoContact = pm.dpo?.publicContact;

  const doc = compact({
    '@context': JSONLD_CONTEXT,
    '@id': id('processing', 'all'),
    '@type': 'dpv:Process',
    'dct:title': texts(pm.organisation.name),
    'dct:description': texts(pm.organisation.description),
    'dct:hasVersion': latest?.version,
    'dct:modified': latest ? { '@value': latest.adoptedByBoard ?? latest.approvedDate, '@type': 'xsd:date' } : undefined,
    'dpv:hasNotice': { '@id': `${base}/`, '@type': types('dpv:PrivacyNotice', 'dpv:LayeredNotice'), 'dct:language': pm.organisation.locales },
    'dpv:hasDataController': pm.controllers.map(controller),
    'dpv:hasDataProtectionOfficer': pm.dpo
      ? compact({
          '@id': id('dpo', pm.dpo.id),
          '@type': 'dpv:DataProtectionOfficer',
          'dpv:hasName': pm.dpo.name,
          'dpv:hasContact': [dpoContact?.email, dpoContact?.phone, dpoContact?.website].filter(Boolean),
          'dpv:hasAddress': dpoContact?.address ? address(dpoContact.address) : undefined,
        })
      : undefined,
    'dpv:hasAuthority': compact({
      '@id': id('authority', 'supervisory'),
      '@type': 'dpv:DataProtectionAuthority',
      'dpv:hasName': texts(sa?.name ?? IMY.name),
      'dpv:hasAddress': sa?.postalAddress ?? IMY.postalAddress,
      'dpv:hasContact': [sa?.email ?? IMY.email, sa?.phone ?? IMY.phone, sa?.website ?? IMY.website],
      'dpv:hasCountry': country('SE'),
    }),
    'dpv:hasRight': RIGHT_CODES.map((code) => ({
      '@id': id('right', code),
      '@type': RIGHT_TERMS[code],
      'dct:title': texts(RIGHTS[code].label),
      'dct:references': `GDPR ${RIGHTS[code].article}`,
    })),
    'dpv:hasDataSubject': pm.subjects.map((s) => ({
      '@id': id('subject', s.id),
      '@type': types(DATA_SUBJECT_CLASS, subjectTerm(s)),
      'dct:title': texts(s.name),
    })),
    'dpv:hasPersonalData': byId(categories).map(category),
    'dpv:hasRecipient': byId(recipients).map(recipient),
    'dpv:hasDataProcessor': byId(processors).map(processor),
    'dpv:hasProcess': pm.activities.map(activity),
  });
  return JSON.stringify(doc, null, 2) + '\n';
}
