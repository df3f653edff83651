import { OUTDATED_NAMES } from '../../model/vocabulary/authority.ts';
import { bi, type Finding, type Rule } from '../types.ts';
import { atIndex, contentTexts } from '../content-text.ts';

/** Names that no longer exist (Datainspektionen, PUL) make a notice look stale and mislead readers. */
export const outdatedNames: Rule = {
  id: 'hygiene/outdated-names',
  severity: 'warning',
  reference: 'GDPR art. 12.1',
  title: bi('Inaktuella namn', 'Outdated names'),
  description: bi(
    'Ingen text i innehållet (svensk eller engelsk, även handbokens MDX och mallarna) nämner en myndighet eller lag med ett namn som ersatts, t.ex. Datainspektionen eller personuppgiftslagen (PUL).',
    'No text in the content (Swedish or English, including the handbook MDX and the templates) names an authority or law by a replaced name, e.g. Datainspektionen or personuppgiftslagen (PUL).',
  ),
  why: bi(
    'Informationen ska vara korrekt och begriplig; ett gammalt namn skickar den registrerade till fel myndighet eller lag.',
    'The information must be accurate and intelligible; an old name sends the data subject to the wrong authority or law.',
  ),
  fix: bi('Byt till det nuvarande namnet som meddelandet anger.', 'Replace it with the current name the message gives.'),
  check({ model }) {
    const findings: Finding[] = [];
    for (const { where, text } of contentTexts(model)) {
      for (const name of OUTDATED_NAMES) {
        const hit = name.pattern.exec(text);
        if (!hit) continue;
        findings.push({
          ...atIndex(where, text, hit.index),
          message: bi(`Texten nämner "${hit[0]}", som är ett inaktuellt namn.`, `The text mentions "${hit[0]}", which is an outdated name.`),
          hint: bi(`Skriv i stället: ${name.current}.`, `Write instead: ${name.current}.`),
        });
      }
    }
    // A field with both languages naming it once is one finding, not two.
    const seen = new Set<string>();
    return findings.filter((f) => {
      const key = JSON.stringify([f.kind, f.id, f.path, f.at, f.message.sv]);
      return !seen.has(key) && !!seen.add(key);
    });
  },
};
