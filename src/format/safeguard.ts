/** Safeguards of a transfer to a third country (Art. 44–49): `prose` in sentences, `short` in table cells. */
import { WORDING, type Safeguard } from './wording/index.ts';
import type { Locale } from '../model/schemas/index.ts';

export function safeguard(code: string, lang: Locale, style: 'prose' | 'short'): string {
  const s = WORDING[lang].safeguards[code as Safeguard];
  if (!s) return code;
  return style === 'prose' ? s.prose.charAt(0).toUpperCase() + s.prose.slice(1) : s.short;
}
