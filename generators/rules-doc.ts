/**
 * Writes docs/rules.md from the rule modules: `node generators/rules-doc.ts`.
 * The text itself comes from src/rules/reference.ts, which the staff handbook
 * embeds too (one source). A test keeps docs/rules.md current.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULES } from '../src/rules/index.ts';
import { renderRulesDoc } from '../src/rules/reference.ts';

export { renderRulesDoc, renderRulesReference } from '../src/rules/reference.ts';

export const RULES_DOC_PATH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../docs/rules.md');

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(RULES_DOC_PATH, renderRulesDoc());
  console.log(`wrote ${path.relative(process.cwd(), RULES_DOC_PATH)} (${RULES.length} rules)`);
}
