/** Shared LIX scoring for the plain-language rules. */
import { lix, LIX_MIN_WORDS, longestSentences } from '../lix.ts';
import { bi, type Finding } from '../types.ts';

export interface ScoredText {
  kind: Finding['kind'];
  id: string;
  path: (string | number)[];
  /** Swedish text (LIX is defined for Swedish). */
  text: string;
}

const clip = (s: string) => (s.length > 90 ? `${s.slice(0, 87)}…` : s);

/** A finding for each text scoring above `max`; label-length texts (under LIX_MIN_WORDS words) are skipped. */
export function scoreTexts(texts: ScoredText[], max: number): Finding[] {
  const findings: Finding[] = [];
  for (const t of texts) {
    const r = lix(t.text);
    if (r.words < LIX_MIN_WORDS || r.lix <= max) continue;
    const worst = longestSentences(t.text, 2)
      .map((s) => `"${clip(s)}"`)
      .join('; ');
    findings.push({
      kind: t.kind,
      id: t.id,
      path: t.path,
      message: bi(`Texten har LIX ${r.lix} (högst ${max} tillåts). Längst: ${worst}`, `The text has a LIX of ${r.lix} (at most ${max} allowed). Longest: ${worst}`),
    });
  }
  return findings;
}
