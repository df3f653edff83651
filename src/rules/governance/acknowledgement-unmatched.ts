import { bi, type Rule } from '../types.ts';

/** Meta-rule evaluated in ../acknowledge.ts: an acknowledgement no finding matches is stale. */
export const acknowledgementUnmatched: Rule = {
  id: 'governance/acknowledgement-unmatched',
  severity: 'warning',
  reference: 'GDPR art. 5.2 (ansvarsskyldighet / accountability)',
  title: bi('Kvittering utan varning', 'Acknowledgement matching nothing'),
  description: bi(
    'Varje kvittering motsvarar en varning som regeln faktiskt ger för den angivna posten (entry: "typ/id", t.ex. "activities/nyhetsbrev"; för organisation.yaml bara "organisation").',
    'Every acknowledgement matches a warning the rule actually reports for the given entry (entry: "kind/id", e.g. "activities/newsletter"; for organisation.yaml just "organisation").',
  ),
  why: bi(
    'En kvittering som inte längre gäller något är inaktuell, och kan dölja att posten eller regeln har bytt namn.',
    'An acknowledgement that no longer matches anything is stale, and may hide that the entry or rule was renamed.',
  ),
  fix: bi('Ta bort kvitteringen, eller rätta rule och entry (t.ex. "activities/nyhetsbrev").', 'Remove the acknowledgement, or correct rule and entry (e.g. "activities/newsletter").'),
  check: () => [],
};
