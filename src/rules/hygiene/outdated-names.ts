import { COLLECTION_KINDS, COLLECTION_SCHEMAS, OrganisationSchema } from '../../model/schemas/index.ts';
import { MODEL_KEYS } from '../../model/model.ts';
import { walk } from '../../model/schema-walk.ts';
import { OUTDATED_NAMES } from '../../model/vocabulary/authority.ts';
import { bi, type Finding, type Rule } from '../types.ts';
import type { z } from 'zod';

/** Names that no longer exist (Datainspektionen, PUL) make a notice look stale and mislead readers. */
export const outdatedNames: Rule = {
  id: 'hygiene/outdated-names',
  severity: 'warning',
  reference: 'GDPR art. 12.1',
  title: bi('Inaktuella namn', 'Outdated names'),
  description: bi(
    'Ingen text i innehållet (svensk eller engelsk) nämner en myndighet eller lag med ett namn som ersatts, t.ex. Datainspektionen eller personuppgiftslagen (PUL).',
    'No text in the content (Swedish or English) names an authority or law by a replaced name, e.g. Datainspektionen or personuppgiftslagen (PUL).',
  ),
  why: bi(
    'Informationen ska vara korrekt och begriplig; ett gammalt namn skickar den registrerade till fel myndighet eller lag.',
    'The information must be accurate and intelligible; an old name sends the data subject to the wrong authority or law.',
  ),
  fix: bi('Byt till det nuvarande namnet som meddelandet anger.', 'Replace it with the current name the message gives.'),
  check({ model }) {
    const findings: Finding[] = [];
    const scan = (kind: Finding['kind'], id: string, schema: z.ZodType, value: unknown) => {
      walk(schema, value, {
        text: ({ path, value: text }) => {
          const variants = typeof text === 'string' ? [text] : [text.sv, text.en ?? ''];
          for (const name of OUTDATED_NAMES) {
            const hit = variants.map((v) => v.match(name.pattern)?.[0]).find(Boolean);
            if (!hit) continue;
            findings.push({
              kind,
              id,
              path,
              message: bi(`Texten nämner "${hit}", som är ett inaktuellt namn.`, `The text mentions "${hit}", which is an outdated name.`),
              hint: bi(`Skriv i stället: ${name.current}.`, `Write instead: ${name.current}.`),
            });
          }
        },
      });
    };
    scan('organisation', 'organisation', OrganisationSchema, model.organisation);
    for (const kind of COLLECTION_KINDS) {
      for (const entry of model[MODEL_KEYS[kind]] as readonly { id: string }[]) {
        scan(kind, entry.id, COLLECTION_SCHEMAS[kind], entry);
      }
    }
    return findings;
  },
};
