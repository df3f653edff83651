import { bi, type Rule } from '../types.ts';
import { noticeActivities, textSv } from '../text.ts';
import { scoreTexts, type ScoredText } from './readability.ts';

/** The easy-to-read (lättläst) layer must actually be easy: a stricter LIX limit. */
export const easyReadLix: Rule = {
  id: 'language/easy-read-lix',
  severity: 'warning',
  reference: 'GDPR art. 12.1; skäl/recital 58',
  title: bi('Lättläst text är lättläst', 'Easy-read text is easy to read'),
  description: bi(
    'LIX för varje lättläst text (easyRead i offentliga behandlingar och grupper av registrerade) är högst organisation.readability.easyReadMaxLix (normalt 35). Texter under 10 ord räknas inte.',
    'The LIX of each easy-read text (easyRead of public activities and subject groups) is at most organisation.readability.easyReadMaxLix (35 by default). Texts under 10 words are not scored.',
  ),
  why: bi(
    'Många som får stöd enligt LSS läser med svårighet; den lättlästa versionen finns för dem och måste hålla vad den lovar.',
    'Many people supported under LSS find reading hard; the easy-read version exists for them and must keep its promise.',
  ),
  fix: bi('Skriv korta meningar med en sak i varje, och vardagliga korta ord.', 'Write short sentences with one thing each, and short everyday words.'),
  check({ model }) {
    const texts: ScoredText[] = [];
    for (const a of noticeActivities(model)) {
      if (a.easyRead) texts.push({ kind: 'activities', id: a.id, path: ['easyRead'], text: textSv(a.easyRead) });
    }
    for (const s of model.subjects) {
      if (s.visibility !== 'public' || !s.easyRead?.length) continue;
      texts.push({ kind: 'subjects', id: s.id, path: ['easyRead'], text: s.easyRead.map(textSv).join('\n') });
    }
    return scoreTexts(texts, model.organisation.readability.easyReadMaxLix);
  },
};
