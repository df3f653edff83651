/**
 * Machine-readable forms of the public notice: privacy.json (canonical JSON
 * of the public view, with version and a sha256 content hash) and
 * privacy.jsonld (W3C Data Privacy Vocabulary terms).
 */
import { createHash } from 'node:crypto';
import type { PublicModel } from './public-view.ts';
import { latestVersion } from './public-view.ts';
import { LEGAL_BASES, ART9_CONDITIONS, type LegalBasisCode, type Art9Code } from '../model/vocabulary/index.ts';
import { t } from './text.ts';
import { basesOf } from '../model/purposes.ts';

/** JSON with object keys sorted at every level: same model, same bytes. */
export function canonicalJson(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v && typeof v === 'object') {
      return Object.fromEntries(Object.keys(v as object).sort().filter((k) => k !== 'file' && (v as Record<string, unknown>)[k] !== undefined).map((k) => [k, sort((v as Record<string, unknown>)[k])]));
    }
    return v;
  };
  return JSON.stringify(sort(value), null, 2);
}

export function privacyJson(pm: PublicModel): string {
  const body = canonicalJson(pm);
  const sha256 = createHash('sha256').update(body).digest('hex');
  const latest = latestVersion(pm);
  return canonicalJson({
    format: 'gdpr-docs/privacy-notice',
    formatVersion: 1,
    policyVersion: latest?.version ?? null,
    updated: latest ? (latest.adoptedByBoard ?? latest.approvedDate) : null,
    contentHash: { algorithm: 'sha256', value: sha256 },
    notice: JSON.parse(body),
  }) + '\n';
}

export function privacyJsonLd(pm: PublicModel, baseUrl = ''): string {
  const base = baseUrl.replace(/\/$/, '');
  const id = (kind: string, key: string) => `${base}/privacy.jsonld#${kind}-${key}`;
  const latest = latestVersion(pm);
  const doc = {
    '@context': {
      dpv: 'https://w3id.org/dpv#',
      'dpv-gdpr': 'https://w3id.org/dpv/legal/eu/gdpr#',
      dct: 'http://purl.org/dc/terms/',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
    },
    '@id': `${base}/privacy.jsonld`,
    '@type': 'dpv:PersonalDataHandling',
    'dct:title': { '@value': t(pm.organisation.name, 'sv'), '@language': 'sv' },
    ...(latest ? { 'dct:hasVersion': latest.version, 'dct:modified': { '@value': latest.adoptedByBoard ?? latest.approvedDate, '@type': 'xsd:date' } } : {}),
    'dpv:hasDataController': pm.controllers.map((c) => ({ '@id': id('controller', c.id), '@type': 'dpv:DataController', 'dct:title': c.legalName, 'dct:identifier': c.organisationsnummer })),
    'dpv:hasPart': pm.activities.map((a) => ({
      '@id': id('activity', a.id),
      '@type': 'dpv:PersonalDataHandling',
      'dct:title': [{ '@value': t(a.name, 'sv'), '@language': 'sv' }, { '@value': t(a.name, 'en'), '@language': 'en' }],
      'dpv:hasDataController': a.controllers.map((c) => ({ '@id': id('controller', c.id) })),
      'dpv:hasDataSubject': a.subjects.map((s) => ({ '@id': id('subject', s), '@type': 'dpv:DataSubject' })),
      'dpv:hasPurpose': a.purposes.map((p) => ({ '@id': id('purpose', `${a.id}-${p.id}`), '@type': 'dpv:Purpose', 'dct:description': t(p.description, 'sv') })),
      'dpv:hasLegalBasis': [
        ...new Set([...a.purposes.flatMap((p) => basesOf(p).map((b) => LEGAL_BASES[b.basis as LegalBasisCode].dpv)), ...(a.specialCondition ? [ART9_CONDITIONS[a.specialCondition.condition as Art9Code].dpv] : [])]),
      ].map((b) => ({ '@id': b })),
      'dpv:hasPersonalData': a.dataCategories.map((c) => ({ '@id': id('data', c.id), '@type': c.special ? 'dpv:SensitivePersonalData' : 'dpv:PersonalData', 'dct:title': t(c.name, 'sv') })),
      'dpv:hasRecipient': a.recipients.map((r) => ({ '@id': id('recipient', r.id), '@type': 'dpv:Recipient', 'dct:title': t(r.name, 'sv') })),
      'dpv:hasStorageCondition': a.retention.map((r, i) => ({
        '@id': id('storage', `${a.id}-${i}`),
        '@type': 'dpv:StorageDuration',
        ...(r.duration ? { 'dpv:hasDuration': { '@value': r.duration, '@type': 'xsd:duration' } } : {}),
        'dct:description': t(r.from ?? r.criteria, 'sv'),
      })),
    })),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
