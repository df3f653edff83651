/**
 * Recipients: a name as a list item (as written), inside a sentence (a
 * common noun such as "Kommunen som är uppdragsgivare" is lower-cased, a
 * proper name such as "Försäkringskassan" is kept), with its description and
 * the condition under which it receives the data.
 */
import type { LocalizedText } from '../model/schemas/shared.ts';
import { localized, phrase } from './text.ts';
import { WORDING } from './wording/index.ts';
import type { Locale } from '../model/schemas/index.ts';

export interface RecipientLike {
  name: LocalizedText;
  kind?: string;
  description?: LocalizedText;
  /** When the recipient gets the data (e.g. "if you are injured at work"). */
  condition?: LocalizedText;
}

/** The name for use after "till"/"to": common nouns lower-cased, proper names kept. */
export function recipientInSentence(r: RecipientLike, lang: Locale): string {
  const name = localized(r.name, lang);
  const first = name.split(/\s+/)[0]?.toLowerCase() ?? '';
  const common = r.kind === 'category' || WORDING[lang].commonNouns.includes(first);
  // An acronym or a name in capitals (IMY, IVO) is never lower-cased.
  return common && !/^[A-ZÅÄÖ]{2}/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

/** "Name, if condition – description" for lists of recipients. */
export function recipientLine(r: RecipientLike, lang: Locale): string {
  const w = WORDING[lang];
  let line = localized(r.name, lang);
  if (r.condition) line = w.recipientCondition(line, phrase(localized(r.condition, lang)));
  if (r.description) line = w.described(line, localized(r.description, lang));
  return line;
}
