import { bi, type Finding, type Rule } from '../types.ts';
import { textEn, textSv } from '../text.ts';
import { basesOf, basisPath, isStaffGroup } from '../groups.ts';

/** Consent from employees is rarely freely given (EDPB Guidelines 05/2020 on consent, paras. 21–22). */
export const staffConsent: Rule = {
  id: 'law/staff-consent',
  severity: 'warning',
  reference: 'GDPR art. 4.11, 6.1 a, 7.4, 88; EDPB riktlinjer/guidelines 05/2020 p. 21–22',
  title: bi('Samtycke som grund för personaluppgifter', 'Consent as the basis for staff data'),
  description: bi(
    'Ett ändamål i en behandling som gäller anställda (en grupp vars namn eller rubrik säger anställda, medarbetare, personal eller "arbetar hos oss") vilar inte på samtycke (6(1)(a)); ett villkor i art. 9.2 är inte uttryckligt samtycke (9(2)(a)).',
    'A purpose of an activity concerning employees (a group whose name or heading says employees, staff or "work with us") does not rest on consent (6(1)(a)); an Art. 9(2) condition is not explicit consent (9(2)(a)).',
  ),
  why: bi(
    'Samtycke måste vara frivilligt. Mellan arbetsgivare och anställd finns en tydlig obalans i makt: den anställde kan sällan säga nej utan att vara rädd för följderna. EDPB anser därför att samtycke i regel inte kan användas i anställningsförhållanden; grunden är oftast avtal (anställningsavtalet) eller rättslig förpliktelse (t.ex. skatt, arbetsmiljö).',
    'Consent must be freely given. Between employer and employee there is a clear imbalance of power: an employee can seldom refuse without fearing the consequences. The EDPB therefore considers that consent can as a rule not be used in employment; the basis is usually contract (the employment contract) or legal obligation (e.g. tax, working environment).',
  ),
  fix: bi(
    'Byt grund till avtal (6(1)(b)) eller rättslig förpliktelse (6(1)(c)) med lagen. Är behandlingen verkligen frivillig och utan följder för den som säger nej (t.ex. en bild i personaltidningen): kvittera varningen och skriv varför.',
    'Change the basis to contract (6(1)(b)) or legal obligation (6(1)(c)) with the law. If the processing is truly voluntary and refusing has no consequence (e.g. a photo in the staff magazine): acknowledge the warning and say why.',
  ),
  check({ model }) {
    const findings: Finding[] = [];
    for (const a of model.activities) {
      const staff = a.refs.subjects.find(isStaffGroup);
      if (!staff) continue;
      const who = { sv: textSv(staff.name), en: textEn(staff.name) };
      a.purposes.forEach((p, i) => {
        if (!basesOf(p).includes('6(1)(a)')) return;
        findings.push({
          kind: 'activities',
          id: a.id,
          path: basisPath(p, i, '6(1)(a)'),
          message: bi(
            `Ändamålet "${textSv(p.description)}" gäller ${who.sv} men vilar på samtycke; i en anställning är samtycke sällan frivilligt.`,
            `The purpose "${textEn(p.description)}" concerns ${who.en} but rests on consent; in employment, consent is seldom freely given.`,
          ),
        });
      });
      if (a.specialCondition?.condition === '9(2)(a)') {
        findings.push({
          kind: 'activities',
          id: a.id,
          path: ['specialCondition', 'condition'],
          message: bi(
            `Känsliga uppgifter om ${who.sv} behandlas med uttryckligt samtycke (9(2)(a)); i en anställning är samtycke sällan frivilligt. Arbetsrätt (9(2)(b)) är oftast rätt villkor.`,
            `Special-category data about ${who.en} rest on explicit consent (9(2)(a)); in employment, consent is seldom freely given. Employment law (9(2)(b)) is usually the right condition.`,
          ),
        });
      }
    }
    return findings;
  },
};
