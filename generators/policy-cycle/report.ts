/** How draft and adopt tell the DPO why they refused: each problem with its fix, then that nothing was written. */
import type { Locale } from '../../src/model/schemas/index.ts';
import type { Problem } from './common.ts';

export function formatProblems(problems: readonly Problem[], lang: Locale): string {
  const fix = lang === 'sv' ? 'Åtgärd' : 'Fix';
  const body = problems.map((p) => `✗ ${p.message[lang].trimEnd()}\n  → ${fix}: ${p.fix[lang]}`).join('\n');
  return `${body}\n${lang === 'sv' ? 'Inget har skrivits.' : 'Nothing was written.'}\n`;
}
