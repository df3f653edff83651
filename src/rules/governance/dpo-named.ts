import { bi, type Rule } from '../types.ts';

/** The organisation names its DPO; a warning so a provider not obliged to appoint one can acknowledge it. */
export const dpoNamed: Rule = {
  id: 'governance/dpo-named',
  severity: 'warning',
  reference: 'GDPR art. 37.1 c, 37.7',
  title: bi('Dataskyddsombud utsett', 'DPO appointed'),
  description: bi('organisation.yaml anger dpo (en person i content/people/).', 'organisation.yaml sets dpo (a person in content/people/).'),
  why: bi(
    'Den som i stor omfattning behandlar känsliga uppgifter, som hälsa i vård och omsorg, ska utse ett dataskyddsombud och anmäla det till IMY.',
    'Whoever processes special-category data such as health on a large scale, as care providers do, must appoint a DPO and report them to IMY.',
  ),
  fix: bi(
    'Ange dpo: <person-id> i organisation.yaml. Om ni inte är skyldiga att ha ett ombud: kvittera varningen med en motivering.',
    'Set dpo: <person-id> in organisation.yaml. If you are not obliged to have one: acknowledge the warning with a reason.',
  ),
  check({ model }) {
    if (model.organisation.dpo) return [];
    return [
      {
        kind: 'organisation',
        id: 'organisation',
        path: [],
        message: bi('Inget dataskyddsombud är angivet (dpo saknas).', 'No data protection officer is named (dpo missing).'),
      },
    ];
  },
};
