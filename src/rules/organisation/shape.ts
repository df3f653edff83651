import { bi, type Finding, type Rule } from '../types.ts';
import { textEn, textSv } from '../text.ts';
import { KIND_WORDS, LEGAL_FORMS, type LegalForm } from '../../model/vocabulary/legal-forms.ts';
import { structureOf } from '../../model/organisation.ts';

/**
 * The organisation's shape as written agrees with itself: structure with the
 * number of legal entities, and a wording override with the legal form.
 * An error, because the wording would otherwise be published wrong.
 */
export const organisationShape: Rule = {
  id: 'organisation/shape',
  severity: 'error',
  reference: 'GDPR art. 12.1, 13.1 a',
  title: bi('Organisationsform och ordval stämmer', 'Legal form and wording agree'),
  description: bi(
    'structure stämmer med antalet juridiska personer i content/entities/, och wording.organisation använder inte ord för en annan organisationsform (koncern, bolag, förening, stiftelse, kommun) än legalForm och structure.',
    'structure agrees with the number of legal entities in content/entities/, and wording.organisation uses no word for another kind of organisation (group, company, association, foundation, municipality) than legalForm and structure.',
  ),
  why: bi(
    'Informationen ska vara korrekt och lätt att förstå. Står det "koncernen" om ett enskilt bolag eller "bolaget" om en förening vet läsaren inte vem som ansvarar för uppgifterna.',
    'The information must be accurate and easy to understand. Calling a single company "the group", or an association "the company", leaves the reader unsure who is responsible for the data.',
  ),
  fix: bi(
    'Ändra structure, legalForm eller wording.organisation i organisation.yaml så att de stämmer, eller ta bort wording.organisation så används standardordet för organisationsformen.',
    'Change structure, legalForm or wording.organisation in organisation.yaml so they agree, or remove wording.organisation to use the standard word for the legal form.',
  ),
  check({ model }) {
    const o = model.organisation;
    const findings: Finding[] = [];
    const n = model.entities.length;
    if (o.structure === 'single' && n > 1) {
      findings.push({
        kind: 'organisation',
        id: 'organisation',
        path: ['structure'],
        message: bi(`structure: single, men content/entities/ har ${n} juridiska personer.`, `structure: single, but content/entities/ has ${n} legal entities.`),
        hint: bi(
          'Skriv structure: group om bolagen bildar en koncern, eller ta bort de poster i content/entities/ som inte hör till organisationen.',
          'Write structure: group if the companies form a group, or remove the entries of content/entities/ that are not part of the organisation.',
        ),
      });
    }
    if (o.structure === 'group' && n < 2) {
      findings.push({
        kind: 'organisation',
        id: 'organisation',
        path: ['structure'],
        message: bi('structure: group, men det finns bara en juridisk person i content/entities/.', 'structure: group, but there is only one legal entity in content/entities/.'),
        hint: bi(
          'Skriv structure: single (eller ta bort raden), eller lägg till koncernens övriga bolag i content/entities/.',
          'Write structure: single (or remove the line), or add the other companies of the group to content/entities/.',
        ),
      });
    }
    const override = o.wording?.organisation;
    if (override) {
      const form = o.legalForm as LegalForm;
      const structure = structureOf(model);
      const allowed = new Set<string>([LEGAL_FORMS[form].kind, ...(structure === 'group' ? ['group', 'company'] : [])]);
      for (const text of [textSv(override), textEn(override)]) {
        const wrong = KIND_WORDS.find((k) => !allowed.has(k.kind) && k.pattern.test(text));
        if (!wrong) continue;
        const word = text.match(wrong.pattern)![0];
        findings.push({
          kind: 'organisation',
          id: 'organisation',
          path: ['wording', 'organisation'],
          message: bi(
            `wording.organisation säger "${word}", men organisationen är ${structure === 'group' ? 'en koncern med ' : ''}${LEGAL_FORMS[form].label.sv.toLocaleLowerCase('sv')}${structure === 'single' ? ' (inte en koncern)' : ''}.`,
            `wording.organisation says "${word}", but the organisation is ${structure === 'group' ? 'a group with ' : ''}${LEGAL_FORMS[form].label.en.toLowerCase()}${structure === 'single' ? ' (not a group)' : ''}.`,
          ),
          hint: bi(
            `Använd ett ord som passar, t.ex. "${LEGAL_FORMS[form].the.sv}", eller rätta legalForm/structure om de är fel.`,
            `Use a word that fits, e.g. "${LEGAL_FORMS[form].the.en}", or correct legalForm/structure if they are wrong.`,
          ),
        });
        break;
      }
    }
    return findings;
  },
};
