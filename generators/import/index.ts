/**
 * `import`: register file → content entries, written all at once into the
 * content folder, with a report of what was read, written and left to review.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { writeAtomically, type StagedFile } from '../shared/stage.ts';
import { entryYaml, todoLines } from '../shared/yaml-entry.ts';
import { buildContent } from './build.ts';
import { readExisting } from './existing.ts';
import { ALL_FIELDS, normaliseHeading } from './headings.ts';
import { bundledLaws } from './laws.ts';
import { bi, ImportError, type Bi } from './problems.ts';
import { readWorkbook } from './read.ts';
import { readTables, type Layout, type Mapping, type SkippedSheet } from './sheets.ts';
import type { Locale } from '../../src/model/schemas/index.ts';

export interface ImportOptions {
  file: string;
  content: string;
  map?: string;
  lang: Locale;
  today: string;
  /** Build everything but write nothing. */
  dryRun?: boolean;
}

export interface ImportReport {
  rowsRead: number;
  layouts: Layout[];
  skipped: SkippedSheet[];
  written: { kind: string; file: string }[];
  todos: { file: string; line: number; question: string }[];
  notes: { ref: string; note: Bi }[];
}

/** Reads a mapping file: `columns: { "Heading": field | ignore }`, optional `headerRow` and `sheets`. */
export function readMapping(file: string): Mapping {
  const name = path.basename(file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ImportError([
      {
        where: name,
        message: bi(`Mappningsfilen kan inte läsas (${(e as NodeJS.ErrnoException).code}).`, `The mapping file cannot be read (${(e as NodeJS.ErrnoException).code}).`),
        fix: bi('Kontrollera sökvägen efter --map.', 'Check the path after --map.'),
      },
    ]);
  }
  const doc = parseDocument(text);
  const problems: ImportError['problems'] = [];
  if (doc.errors.length) {
    throw new ImportError([
      {
        where: name,
        message: bi(`YAML-fel: ${doc.errors[0]!.message.split('\n')[0]}`, `YAML error: ${doc.errors[0]!.message.split('\n')[0]}`),
        fix: bi('Rätta YAML-syntaxen (se docs/onboarding.md).', 'Correct the YAML syntax (see docs/onboarding.md).'),
      },
    ]);
  }
  const data = (doc.toJS() ?? {}) as { columns?: Record<string, unknown>; headerRow?: unknown; sheets?: unknown };
  const columns = new Map<string, string>();
  for (const [heading, field] of Object.entries(data.columns ?? {})) {
    if (typeof field !== 'string' || (field !== 'ignore' && !ALL_FIELDS.has(field))) {
      problems.push({
        where: `${name} (columns."${heading}")`,
        message: bi(`Okänt fält «${String(field)}».`, `Unknown field "${String(field)}".`),
        fix: bi(`Använd ignore eller ett av: ${[...ALL_FIELDS].join(', ')}.`, `Use ignore or one of: ${[...ALL_FIELDS].join(', ')}.`),
      });
      continue;
    }
    columns.set(normaliseHeading(heading), field);
  }
  if (data.headerRow !== undefined && !(Number.isInteger(data.headerRow) && (data.headerRow as number) > 0)) {
    problems.push({
      where: `${name} (headerRow)`,
      message: bi('headerRow ska vara ett radnummer (1, 2, …).', 'headerRow must be a row number (1, 2, …).'),
      fix: bi('Ange raden där rubrikerna står.', 'Give the row the headings are on.'),
    });
  }
  if (problems.length) throw new ImportError(problems);
  return {
    columns,
    ...(typeof data.headerRow === 'number' ? { headerRow: data.headerRow } : {}),
    ...(Array.isArray(data.sheets) ? { sheets: data.sheets.map(String) } : {}),
  };
}

export async function runImport(opts: ImportOptions): Promise<ImportReport> {
  const mapping = opts.map ? readMapping(opts.map) : { columns: new Map<string, string>() };
  const wb = await readWorkbook(opts.file);
  const tables = readTables(wb, mapping);
  const existing = readExisting(opts.content);
  const built = buildContent(tables, existing, { lang: opts.lang, today: opts.today });

  const files: StagedFile[] = [];
  const written: ImportReport['written'] = [];
  const todos: ImportReport['todos'] = [];
  for (const [kind, entries] of built.entries) {
    for (const [id, data] of entries) {
      const file = kind === 'organisation' ? 'organisation.yaml' : `${kind}/${id}.yaml`;
      const text = entryYaml(kind, data);
      files.push({ file, text });
      written.push({ kind, file });
      for (const t of todoLines(data as { todo?: { question: string }[] }, text)) todos.push({ file, ...t });
    }
  }
  todos.sort((a, b) => a.file.localeCompare(b.file, 'en') || a.line - b.line);
  const laws = new Map(bundledLaws().map((l) => [l.id, l]));
  for (const id of [...built.laws].sort()) {
    const file = `laws/${id}.yaml`;
    if (existsSync(path.join(opts.content, file))) continue;
    files.push({ file, text: laws.get(id)!.text });
    written.push({ kind: 'laws', file });
  }
  files.sort((a, b) => a.file.localeCompare(b.file, 'en'));
  written.sort((a, b) => a.file.localeCompare(b.file, 'en'));
  if (!opts.dryRun) writeAtomically(opts.content, files, { keepExisting: true });
  return { rowsRead: built.rowsRead, layouts: tables.layouts, skipped: tables.skipped, written, todos, notes: built.notes };
}
