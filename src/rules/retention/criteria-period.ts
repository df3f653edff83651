import { formatDuration } from '../../model/duration.ts';
import { compareRetention } from './compare.ts';
import { statedPeriods, type StatedPeriod } from './stated-periods.ts';
import { lawSectionLimits } from './law-limits.ts';
import { bi, type Finding, type Rule } from '../types.ts';

type Limits = { min?: string; max?: string };

/** Why a stated period contradicts the law's limits, or undefined when it fits. */
function contradiction(p: StatedPeriod, limits: Limits): 'short' | 'long' | undefined {
  const { min, max } = limits;
  if (p.bound !== 'min' && min) {
    const c = compareRetention(p.period, min);
    // "at most ten years" against "at least ten years" lets the data go sooner than the law allows.
    if (c < 0 || (c === 0 && p.bound === 'max' && max !== min)) return 'short';
  }
  if (p.bound !== 'max' && max) {
    const c = compareRetention(p.period, max);
    if (c > 0 || (c === 0 && p.bound === 'min' && min !== max)) return 'long';
  }
  if (p.bound === 'min' && min && compareRetention(p.period, min) < 0) return 'short';
  if (p.bound === 'max' && max && compareRetention(p.period, max) > 0) return 'long';
  return undefined;
}

/** A retention rule's criteria text must not state a period the cited law forbids. */
export const criteriaPeriod: Rule = {
  id: 'retention/criteria-period',
  severity: 'warning',
  reference: 'GDPR art. 5.1 e, 13.2 a; the cited law (e.g. patientdatalagen 3 kap. 17 §)',
  title: bi('Tid i kriterietexten mot lagens gränser', "Period in the criteria text against the law's limits"),
  description: bi(
    'När en gallringsregel hänvisar till en paragraf med retention.min eller max läses perioder i criteria ("högst tio år", "minst 10 år", "två år efter …", "at most ten years") och jämförs med gränserna.',
    'When a retention rule cites a section with retention.min or max, periods in criteria ("högst tio år", "minst 10 år", "två år efter …", "at most ten years") are read and compared with the limits.',
  ),
  why: bi(
    'Den registrerade läser kriterietexten, inte lagen. Säger texten "högst tio år" när lagen kräver minst tio år, får hen fel bild, och personalen kan gallra för tidigt.',
    'The data subject reads the criteria text, not the law. If the text says "at most ten years" where the law requires at least ten, they are misled, and staff may erase too early.',
  ),
  fix: bi(
    'Skriv tiden som lagen anger (gärna som duration), eller rätta hänvisningen. Har texten lästs fel: kvittera varningen med en motivering.',
    'Write the period the law sets (preferably as duration), or correct the citation. If the text was misread: acknowledge the warning with a reason.',
  ),
  check({ model }) {
    const findings: Finding[] = [];
    for (const a of model.activities) {
      a.retention.forEach((r, i) => {
        if (!r.criteria) return;
        const found = lawSectionLimits(model, r.law);
        if (!found) return;
        const texts =
          typeof r.criteria === 'string'
            ? [{ text: r.criteria, at: [] }]
            : (['sv', 'en'] as const).flatMap((lang) => ((r.criteria as Record<string, string | undefined>)[lang] ? [{ text: (r.criteria as Record<string, string>)[lang]!, at: [lang] }] : []));
        for (const { text, at } of texts) {
          for (const p of statedPeriods(text)) {
            const problem = contradiction(p, found.limits);
            if (!problem) continue;
            const bound = problem === 'short' ? found.limits.min! : found.limits.max!;
            findings.push({
              kind: 'activities',
              id: a.id,
              path: ['retention', i, 'criteria', ...at],
              message:
                problem === 'short'
                  ? bi(
                      `Kriteriet säger "${p.quote}", men ${found.where} kräver minst ${formatDuration(bound, 'sv')}.`,
                      `The criteria say "${p.quote}", but ${found.where} requires at least ${formatDuration(bound, 'en')}.`,
                    )
                  : bi(
                      `Kriteriet säger "${p.quote}", men ${found.where} tillåter högst ${formatDuration(bound, 'sv')}.`,
                      `The criteria say "${p.quote}", but ${found.where} allows at most ${formatDuration(bound, 'en')}.`,
                    ),
            });
          }
        }
      });
    }
    // One finding per quote: the Swedish and English text often say the same.
    const seen = new Set<string>();
    return findings.filter((f) => {
      const key = JSON.stringify([f.id, f.path!.slice(0, 4), f.message.en.replace(/"[^"]*"/, '')]);
      return !seen.has(key) && !!seen.add(key);
    });
  },
};
