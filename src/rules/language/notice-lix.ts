import { bi, type Rule } from '../types.ts';
import { noticeActivities, textSv } from '../text.ts';
import { scoreTexts, type ScoredText } from './readability.ts';

/** Art. 12(1): clear and plain language, measured with LIX on the public notice texts. */
export const noticeLix: Rule = {
  id: 'language/notice-lix',
  severity: 'warning',
  reference: 'GDPR art. 12.1; språklagen (2009:600) 11 §',
  title: bi('Begriplig svenska i informationen', 'Plain Swedish in the notice'),
  description: bi(
    'LIX för varje offentlig text (behandlingars beskrivning, ändamålens beskrivning, sammanfattningen för varje grupp av registrerade) är högst organisation.readability.noticeMaxLix (normalt 50). Texter under 10 ord räknas inte: en kort etikett går inte att mäta.',
    "The LIX of each public text (activity descriptions, purpose descriptions, each subject group's summary) is at most organisation.readability.noticeMaxLix (50 by default). Texts under 10 words are not scored: a short label cannot be measured.",
  ),
  why: bi(
    'Informationen ska vara koncis, tydlig, begriplig och skriven på ett klart och enkelt språk. Många läsare har kognitiva funktionsnedsättningar.',
    'The notice must be concise, transparent, intelligible and written in clear and plain language. Many readers have cognitive disabilities.',
  ),
  fix: bi('Dela upp långa meningar och byt långa ord mot kortare (t.ex. "behandling" → "använda").', 'Split long sentences and replace long words with shorter ones.'),
  check({ model }) {
    const texts: ScoredText[] = [];
    for (const a of noticeActivities(model)) {
      texts.push({ kind: 'activities', id: a.id, path: ['description'], text: textSv(a.description) });
      a.purposes.forEach((p, i) => texts.push({ kind: 'activities', id: a.id, path: ['purposes', i, 'description'], text: textSv(p.description) }));
    }
    for (const s of model.subjects) {
      if (s.visibility !== 'public' || !s.summary) continue;
      const { why, what, allowed, howLong } = s.summary;
      texts.push({ kind: 'subjects', id: s.id, path: ['summary'], text: [why, what, allowed, howLong].map(textSv).join('\n') });
    }
    return scoreTexts(texts, model.organisation.readability.noticeMaxLix);
  },
};
