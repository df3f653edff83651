import type { CollectionKind } from '../../model/schemas/index.ts';
import { bi, type Finding, type Rule } from '../types.ts';
import { noticeActivities } from '../text.ts';

/**
 * An internal entry the public notice would have to show makes the notice
 * incomplete. Only references the notice must disclose count: data
 * categories (N5), recipients and sources (N6, N13), transfers (N7) and the
 * recipients retention hands data over to. Processors, security measures,
 * subjects and the responsible person may be internal: the notice describes
 * recipients by category and omits the rest.
 */
const DISCLOSED: { field: 'dataCategories' | 'recipients' | 'transfers'; kind: CollectionKind }[] = [
  { field: 'dataCategories', kind: 'data-categories' },
  { field: 'recipients', kind: 'recipients' },
  { field: 'transfers', kind: 'transfers' },
];

export const internalInPublic: Rule = {
  id: 'hygiene/internal-in-public',
  severity: 'error',
  reference: 'GDPR art. 13.1 e–f, 14.1 d–f, 14.2 f',
  title: bi('Intern post i offentlig behandling', 'Internal entry in a public activity'),
  description: bi(
    'En offentlig behandling hänvisar inte till interna (visibility: internal) datakategorier, mottagare, överföringar, källor (sources[].party) eller mottagare vid gallring (retention[].handedOverTo). Interna biträden, säkerhetsåtgärder, registrerade och ansvariga är tillåtna: informationen utelämnar dem.',
    'A public activity does not refer to internal (visibility: internal) data categories, recipients, transfers, sources (sources[].party) or retention hand-over recipients (retention[].handedOverTo). Internal processors, security measures, subjects and responsible people are allowed: the notice leaves them out.',
  ),
  why: bi(
    'Den offentliga informationen visar inte interna poster. Om en sådan post är något informationen måste nämna blir informationen ofullständig utan att någon märker det.',
    'The public notice does not show internal entries. If such an entry is something the notice must mention, the notice becomes incomplete without anyone noticing.',
  ),
  fix: bi(
    'Sätt visibility: public på posten (och skriv den för allmänheten), eller ersätt den med en offentlig kategori.',
    'Set visibility: public on the entry (and word it for the public), or replace it with a public category.',
  ),
  check({ model }) {
    const findings: Finding[] = [];
    const push = (a: { id: string }, path: (string | number)[], kind: CollectionKind, id: string) =>
      findings.push({
        kind: 'activities',
        id: a.id,
        path,
        message: bi(
          `Den offentliga behandlingen hänvisar till den interna posten ${kind}/${id}, som inte visas i informationen.`,
          `The public activity refers to the internal entry ${kind}/${id}, which the notice does not show.`,
        ),
      });
    for (const a of noticeActivities(model)) {
      for (const { field, kind } of DISCLOSED) {
        (a[field] as readonly string[]).forEach((id, i) => {
          const e = model.byId[kind].get(id) as { visibility?: string } | undefined;
          if (e?.visibility === 'internal') push(a, [field, i], kind, id);
        });
      }
      a.sources.forEach((s, i) => {
        if (s.party && model.byId.recipients.get(s.party)?.visibility === 'internal') push(a, ['sources', i, 'party'], 'recipients', s.party);
      });
      a.retention.forEach((r, i) => {
        if (r.handedOverTo && model.byId.recipients.get(r.handedOverTo)?.visibility === 'internal') {
          push(a, ['retention', i, 'handedOverTo'], 'recipients', r.handedOverTo);
        }
      });
    }
    return findings;
  },
};
