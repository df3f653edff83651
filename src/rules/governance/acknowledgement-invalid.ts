import { bi, type Rule } from '../types.ts';

/**
 * Meta-rule: its findings come from applying acknowledgements to the other
 * rules' findings (see ../acknowledge.ts), so `check` itself finds nothing.
 */
export const acknowledgementInvalid: Rule = {
  id: 'governance/acknowledgement-invalid',
  severity: 'error',
  reference: 'GDPR art. 5.2 (ansvarsskyldighet / accountability)',
  title: bi('Ogiltig kvittering', 'Invalid acknowledgement'),
  description: bi(
    'En kvittering (content/acknowledgements/) får bara gälla en regel med allvarlighetsgrad varning. Kvitteringar av fel eller av okända regler är själva fel.',
    'An acknowledgement (content/acknowledgements/) may only concern a warning-severity rule. Acknowledging an error or an unknown rule is itself an error.',
  ),
  why: bi('Ett fel betyder att ett lagkrav inte är uppfyllt; det kan inte motiveras bort, bara rättas.', 'An error means a legal requirement is not met; it cannot be explained away, only fixed.'),
  fix: bi(
    'Rätta felet i innehållet och ta bort kvitteringen, eller rätta regel-id:t om det är felskrivet (se docs/rules.md).',
    'Fix the error in the content and remove the acknowledgement, or correct the rule id if it is mistyped (see docs/rules.md).',
  ),
  check: () => [],
};
