import { compareRetention } from '../retention/compare.ts';
import { formatDuration } from '../../model/duration.ts';
import { atIndex, contentTexts, sentences } from '../content-text.ts';
import { bi, type Bilingual, type Finding, type Rule } from '../types.ts';

/**
 * Wordings that limit the right of access more than the GDPR does. Each
 * pattern is matched per sentence, and only where the sentence is about
 * asking for one's data, so "we review the policy once a year" passes.
 */
interface Restriction {
  name: Bilingual;
  /** The restriction itself. */
  pattern: RegExp;
  /** The sentence must also be about this (a copy, a request…). */
  topic: RegExp;
  /** Sentences that state the lawful exception or the opposite pass. */
  unless?: RegExp;
  article: string;
  hint: Bilingual;
}

const COPY = /utdrag|kopi(a|or)|\bgratis\b|kostnad|avgift|\bse (det|vad)\b|cop(y|ies)|extract|\bfree\b|\bfees?\b|charge|access/i;
const REQUEST = /\bbegär|\bansök|\bfråga|request|\bask\b|\bapply|utdrag|cop(y|ies)|extract/i;

const SUGGESTED = bi(
  'Skriv till exempel: "Du har rätt att gratis få en kopia av de uppgifter vi har om dig. Du kan fråga muntligt eller skriftligt. Vi svarar inom en månad."',
  'Write for example: "You have the right to a free copy of the data we hold about you. You can ask orally or in writing. We answer within one month."',
);

const RESTRICTIONS: readonly Restriction[] = [
  {
    name: bi('en gräns på ett utdrag per år', 'a limit of one copy a year'),
    pattern:
      /\ben gång (per|om|i|varje) år(et)?\b|\b(ett|en|1) (register)?(utdrag|kopia) (per|om|i|varje) år\b|\bårligen\b|\bonce (a|per|every) year\b|\b(one|1) (free )?(copy|extract) (a|per|every) year\b|\bannually\b/i,
    topic: COPY,
    article: 'art. 12.5, 15.3',
    hint: bi(
      'Den första kopian är alltid gratis och det finns ingen gräns på en gång per år (artikel 12.5 och 15.3). ',
      'The first copy is always free and there is no once-a-year limit (Articles 12(5) and 15(3)). ',
    ),
  },
  {
    name: bi('ett krav på skriftlig begäran', 'a requirement to ask in writing'),
    pattern: /\bskriftlig(t|en|a)?\b|\bin writing\b|\bwritten (request|form)\b/i,
    topic: REQUEST,
    unless: /muntlig|\boral(ly)?\b|\bbehöver inte\b|\bneed not\b|\bdoes not have to\b|\bhelst\b|\bgärna\b|\bpreferably\b/i,
    article: 'art. 12.2, 15',
    hint: bi(
      'En begäran behöver inte vara skriftlig; den kan göras muntligt, per telefon eller e-post (artikel 12.2 och 15). ',
      'A request need not be in writing; it may be made orally, by phone or e-mail (Articles 12(2) and 15). ',
    ),
  },
  {
    name: bi('en avgift för den första kopian', 'a fee for the first copy'),
    pattern: /\bavgift\b|\bkostar\b|\d+\s?(kr|kronor|SEK)\b|\bfee\b|\bcosts?\b|\bcharge (you|a)\b/i,
    topic: COPY,
    unless:
      /utan kostnad|kostnadsfri|\bgratis\b|ingen avgift|inte (ta ut )?någon avgift|ytterligare|fler kopior|uppenbart ogrundad|orimlig|free of charge|\bno (fee|charge|cost)\b|\bfurther\b|\badditional\b|manifestly|excessive/i,
    article: 'art. 12.5, 15.3',
    hint: bi(
      'Den första kopian är gratis; en avgift får bara tas ut för ytterligare kopior eller för uppenbart ogrundade eller orimliga begäranden (artikel 12.5 och 15.3). ',
      'The first copy is free; a fee may only be charged for further copies or for manifestly unfounded or excessive requests (Articles 12(5) and 15(3)). ',
    ),
  },
  {
    name: bi('en svarstid längre än en månad', 'an answer deadline longer than one month'),
    pattern: /\b(inom|within)\s+(\d+|två|tre|fyra|sex|two|three|four|six)\s+(dagar|veckor|månader|days|weeks|months)\b/i,
    topic: /\bsvar|\bbesvara|\bbehandla|\banswer|\brespon|\breply|\bhandle/i,
    unless: /förläng|ytterligare|extend|extension|further/i,
    article: 'art. 12.3',
    hint: bi(
      'Svaret ska komma inom en månad; bara vid många eller svåra begäranden får tiden förlängas med högst två månader, och personen ska få veta det inom den första månaden (artikel 12.3). ',
      'The answer is due within one month; only for numerous or complex requests may it be extended by at most two months, and the person is told so within the first month (Article 12(3)). ',
    ),
  },
];

const WORD_NUMBERS: Record<string, number> = { två: 2, tre: 3, fyra: 4, sex: 6, two: 2, three: 3, four: 4, six: 6 };
/** "inom 30 dagar" is within a month; "inom 45 dagar" or "inom två månader" is not. */
function longerThanAMonth(match: RegExpExecArray): boolean {
  const n = WORD_NUMBERS[match[2]!.toLowerCase()] ?? Number(match[2]);
  const unit = match[3]!.toLowerCase();
  if (unit.startsWith('dag') || unit.startsWith('day')) return n > 31;
  if (unit.startsWith('veck') || unit.startsWith('week')) return n > 4;
  return n > 1;
}

export function restrictionsIn(text: string): { restriction: Restriction; index: number; quote: string }[] {
  const out: { restriction: Restriction; index: number; quote: string }[] = [];
  for (const { sentence, index } of sentences(text)) {
    for (const restriction of RESTRICTIONS) {
      const m = restriction.pattern.exec(sentence);
      if (!m || !restriction.topic.test(sentence) || restriction.unless?.test(sentence)) continue;
      if (restriction === RESTRICTIONS[3] && !longerThanAMonth(m)) continue;
      out.push({ restriction, index: index + m.index, quote: sentence });
    }
  }
  return out;
}

/** Art. 12 and 15: content may not promise less than the law gives. */
export const rightsBelowGdpr: Rule = {
  id: 'notice/rights-below-gdpr',
  severity: 'error',
  reference: 'GDPR art. 12.2, 12.3, 12.5, 15.3',
  title: bi('Rättigheter inte snävare än lagen', 'Rights no narrower than the law'),
  description: bi(
    'Ingen text i innehållet (fält, handbok, mallar) begränsar rätten till registerutdrag mer än dataskyddsförordningen: gratis bara en gång per år, krav på skriftlig begäran, avgift för första kopian eller svarstid över en månad. Svarstiden i organisation.yaml (rights.responseDeadline) är högst en månad och förlängningen (rights.extension) högst två månader.',
    'No text in the content (fields, handbook, templates) limits the right of access more than the GDPR: free only once a year, a written-form requirement, a fee for the first copy or an answer time over one month. The answer time in organisation.yaml (rights.responseDeadline) is at most one month and the extension (rights.extension) at most two months.',
  ),
  why: bi(
    'Enligt artikel 12 och 15 är den första kopian gratis utan begränsning till en gång per år, en begäran kan göras på valfritt sätt och svaret ska komma inom en månad (förlängning högst två månader). "En gång per år" och "skriftligen" kommer från den gamla personuppgiftslagen. En sådan text hindrar människor från att använda sina rättigheter.',
    'Under Articles 12 and 15 the first copy is free with no once-a-year limit, a request may be made in any form and the answer is due within one month (extension at most two months). "Once a year" and "in writing" come from the old Swedish Personal Data Act (PUL). Such a text keeps people from using their rights.',
  ),
  fix: SUGGESTED,
  check({ model }) {
    const findings: Finding[] = [];
    for (const { where, text } of contentTexts(model)) {
      for (const { restriction, index, quote } of restrictionsIn(text)) {
        findings.push({
          ...atIndex(where, text, index),
          message: bi(
            `Texten "${quote}" innehåller ${restriction.name.sv}, vilket lagen inte tillåter (${restriction.article}).`,
            `The text "${quote}" contains ${restriction.name.en}, which the law does not allow (${restriction.article}).`,
          ),
          hint: bi(restriction.hint.sv + SUGGESTED.sv, restriction.hint.en + SUGGESTED.en),
        });
      }
    }
    const r = model.organisation.rights;
    for (const [field, value, max] of [
      ['responseDeadline', r.responseDeadline, 'P1M'],
      ['extension', r.extension, 'P2M'],
    ] as const) {
      let longer: boolean;
      try {
        longer = compareRetention(value, max) > 0;
      } catch {
        continue; // not an ISO period: the schema reports it
      }
      if (!longer) continue;
      findings.push({
        kind: 'organisation',
        id: 'organisation',
        path: ['rights', field],
        message: bi(
          `rights.${field} är ${formatDuration(value, 'sv')}; lagen tillåter högst ${formatDuration(max, 'sv')} (art. 12.3).`,
          `rights.${field} is ${formatDuration(value, 'en')}; the law allows at most ${formatDuration(max, 'en')} (Art. 12(3)).`,
        ),
        hint: bi(`Sätt rights.${field} till ${max} eller kortare.`, `Set rights.${field} to ${max} or shorter.`),
      });
    }
    return findings;
  },
};
