import { bi, type Finding, type Rule } from '../types.ts';
import { citations, sectionKey } from './citations.ts';
import { lawLabel } from '../text.ts';

/** A cited section should be one the law entry lists, so its summary and retention facts are known. */
export const sectionListed: Rule = {
  id: 'law/section-listed',
  severity: 'warning',
  reference: 'GDPR art. 5.2 (ansvarsskyldighet / accountability)',
  title: bi('Hänvisad paragraf finns i lagposten', 'Cited section is listed in the law entry'),
  description: bi(
    'Varje paragraf som en behandling hänvisar till (ändamål, art. 9-villkor, art. 10-stöd, gallring) finns under sections i lagens fil.',
    "Every section an activity cites (purposes, Art. 9 condition, Art. 10 basis, retention) is listed under sections in the law's file.",
  ),
  why: bi(
    'En paragraf som inte finns i lagposten kan vara felskriven eller inaktuell (t.ex. efter en ny lag), och dess sammanfattning och gallringsfrister kan inte kontrolleras.',
    'A section missing from the law entry may be mistyped or outdated (e.g. after a new law), and its summary and retention limits cannot be checked.',
  ),
  fix: bi('Rätta paragrafen, eller lägg till den under sections i lagens fil med en kort sammanfattning.', "Correct the section, or add it under sections in the law's file with a short summary."),
  check({ model }) {
    const findings: Finding[] = [];
    for (const a of model.activities) {
      for (const c of citations(a)) {
        if (!c.section) continue;
        const law = model.byId.laws.get(c.law);
        if (!law || law.sections.some((s) => sectionKey(s.section) === sectionKey(c.section!))) continue;
        findings.push({
          kind: 'activities',
          id: a.id,
          path: [...c.path, 'section'],
          message: bi(`Paragrafen "${c.section}" finns inte bland paragraferna i ${lawLabel(law)}.`, `Section "${c.section}" is not among the sections of ${lawLabel(law)}.`),
        });
      }
    }
    return findings;
  },
};
