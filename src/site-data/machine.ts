/**
 * Machine-readable forms of the public notice: privacy.json (canonical JSON
 * of the public view, with version and a sha256 content hash) and
 * privacy.jsonld (W3C Data Privacy Vocabulary terms, in privacy-jsonld.ts).
 */
import { createHash } from 'node:crypto';
import type { PublicModel } from './public-view.ts';
import { latestVersion } from './public-view.ts';

/** JSON with object keys sorted at every level: same model, same bytes. */
export function canonicalJson(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.keys(v as object)
          .sort()
          .filter((k) => k !== 'file' && (v as Record<string, unknown>)[k] !== undefined)
          .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
      );
    }
    return v;
  };
  return JSON.stringify(sort(value), null, 2);
}

export function privacyJson(pm: PublicModel): string {
  const body = canonicalJson(pm);
  const sha256 = createHash('sha256').update(body).digest('hex');
  const latest = latestVersion(pm);
  return (
    canonicalJson({
      format: 'gdpr-docs/privacy-notice',
      formatVersion: 1,
      policyVersion: latest?.version ?? null,
      updated: latest ? (latest.adoptedByBoard ?? latest.approvedDate) : null,
      contentHash: { algorithm: 'sha256', value: sha256 },
      notice: JSON.parse(body),
    }) + '\n'
  );
}

export { privacyJsonLd } from './privacy-jsonld.ts';
