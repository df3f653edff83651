/**
 * `npm run policy:release -- --version 2027.1 --adopted 2027-03-15`: records a
 * new policy version. Refuses unless the content passes `check --strict`
 * (with today = the adoption date) and the version is new and newer; then
 * writes content/snapshots/<version>.json and content/policy-versions/<YYYY-N>.yaml
 * together, or neither.
 */
import { cac } from 'cac';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify as toYaml } from 'yaml';
import { loadContent, resolveContentDir } from '../../src/model/load.ts';
import type { Diagnostic } from '../../src/model/diagnostics.ts';
import type { Model } from '../../src/model/model.ts';
import { PolicyVersionSchema, type Locale } from '../../src/model/schemas/index.ts';
import {
  compareVersions, diffSnapshots, EMPTY_SNAPSHOT, latestSnapshot, renderChangelog, snapshotModel, stableStringify, summariseChanges, type ChangeSet,
} from '../../src/changelog/index.ts';
import { collectDiagnostics } from './check.ts';
import { EXIT_FINDINGS, EXIT_OK } from './shared/exit-codes.ts';
import { formatText } from './shared/format-diagnostics.ts';
import { isoDate, oneOf, UsageError, parseOptions } from './shared/usage-error.ts';
import { runMain } from './shared/run-main.ts';

export interface ReleaseOptions {
  contentDir: string;
  version: string;
  adopted: string;
  preparedBy?: string;
  approvedBy?: string;
  changes?: string;
}

export type ReleaseResult =
  | { ok: true; files: string[]; changes: ChangeSet; previous?: string }
  | { ok: false; reason: { sv: string; en: string }; diagnostics: Diagnostic[] };

const RESOLVED_BY_RELEASE = new Set(['governance/adoption-overdue', 'governance/adoption-due']);
const VERSION = /^\d{4}\.\d+$/;
const refuse = (sv: string, en: string, diagnostics: Diagnostic[] = []): ReleaseResult => ({ ok: false, reason: { sv, en }, diagnostics });

/** The file name of a version entry: ids are kebab-case, so "2027.1" is stored as "2027-1.yaml". */
export const versionFileId = (version: string) => version.replace('.', '-');

/** Decides and, when allowed, writes the release. Never writes anything when it refuses. */
export function release(o: ReleaseOptions): ReleaseResult {
  if (!VERSION.test(o.version)) return refuse(`Versionen "${o.version}" ska skrivas ÅÅÅÅ.N, t.ex. 2027.1.`, `Version "${o.version}" must be YYYY.N, e.g. 2027.1.`);
  const diagnostics = collectDiagnostics(o.contentDir, o.adopted);
  // An overdue or due adoption is what this release remedies, so those two findings do not block it.
  const blocking = diagnostics.filter((d) => !d.acknowledged && !RESOLVED_BY_RELEASE.has(d.rule ?? ''));
  if (blocking.length) {
    return refuse(
      'Innehållet har fel eller okvitterade varningar (check --strict). Åtgärda dem först.',
      'The content has errors or unacknowledged warnings (check --strict). Fix them first.',
      blocking,
    );
  }
  const model = loadContent(o.contentDir).model as Model;
  const existing = model.policyVersions.find((v) => v.version === o.version);
  if (existing) return refuse(`Version ${o.version} finns redan (${existing.file}).`, `Version ${o.version} already exists (${existing.file}).`);
  const newer = model.policyVersions.filter((v) => compareVersions(v.version, o.version) > 0).map((v) => v.version);
  if (newer.length) return refuse(`Version ${o.version} är inte nyare än ${newer.join(', ')}.`, `Version ${o.version} is not newer than ${newer.join(', ')}.`);
  const later = model.policyVersions.filter((v) => v.adoptedByBoard && v.adoptedByBoard > o.adopted).map((v) => v.version);
  if (later.length) return refuse(`Antagningsdatumet ${o.adopted} ligger före en tidigare version (${later.join(', ')}).`, `Adoption date ${o.adopted} is before an earlier version (${later.join(', ')}).`);

  const preparedBy = o.preparedBy ?? model.organisation.dpo;
  const approvedBy = o.approvedBy ?? model.organisation.ceo;
  for (const [flag, id] of [['--prepared-by', preparedBy], ['--approved-by', approvedBy]] as const) {
    if (!id) return refuse(`Ange ${flag}: organisationen saknar ${flag === '--prepared-by' ? 'dpo' : 'ceo'}.`, `Give ${flag}: the organisation has no ${flag === '--prepared-by' ? 'dpo' : 'ceo'}.`);
    if (!model.byId.people.has(id)) return refuse(`${flag}: personen "${id}" finns inte i people/.`, `${flag}: person "${id}" is not in people/.`);
  }

  const snapshot = snapshotModel(model);
  const previous = latestSnapshot(model);
  const changes = diffSnapshots(previous?.snapshot ?? EMPTY_SNAPSHOT, snapshot);
  const summary = (l: Locale) => summariseChanges(changes, l);
  const changesText = o.changes ?? (model.locales.includes('en') ? { sv: summary('sv'), en: summary('en') } : summary('sv'));
  const snapshotRel = `snapshots/${o.version}.json`;
  const entry = {
    version: o.version,
    preparedBy: { person: preparedBy!, date: o.adopted },
    approvedBy: { person: approvedBy!, date: o.adopted },
    adoptedByBoard: o.adopted,
    changes: changesText,
    snapshot: snapshotRel,
  };
  const check = PolicyVersionSchema.safeParse(entry);
  if (!check.success) return refuse(`Versionsposten blev ogiltig: ${check.error.message}`, `The version entry is invalid: ${check.error.message}`);

  const targets = [
    { file: path.join(o.contentDir, snapshotRel), data: stableStringify(snapshot) },
    { file: path.join(o.contentDir, 'policy-versions', `${versionFileId(o.version)}.yaml`), data: toYaml(entry, { lineWidth: 0 }) },
  ];
  for (const t of targets) {
    if (existsSync(t.file)) return refuse(`${path.relative(o.contentDir, t.file)} finns redan.`, `${path.relative(o.contentDir, t.file)} already exists.`);
  }
  writeAll(targets);
  return { ok: true, files: targets.map((t) => t.file), changes, ...(previous ? { previous: previous.version } : {}) };
}

/** Writes every file to a hidden temp file first, then renames them all; on failure removes what was written. */
function writeAll(targets: { file: string; data: string }[]): void {
  const temps = targets.map((t) => path.join(path.dirname(t.file), `.${path.basename(t.file)}.${process.pid}.tmp`));
  const renamed: string[] = [];
  try {
    targets.forEach((t, i) => {
      mkdirSync(path.dirname(t.file), { recursive: true });
      writeFileSync(temps[i]!, t.data, { flag: 'wx' });
    });
    targets.forEach((t, i) => {
      renameSync(temps[i]!, t.file);
      renamed.push(t.file);
    });
  } catch (e) {
    for (const f of [...temps, ...renamed]) rmSync(f, { force: true });
    throw e;
  }
}

function main(argv: string[]): number {
  const cli = cac('policy:release');
  cli
    .usage('--version ÅÅÅÅ.N --adopted ÅÅÅÅ-MM-DD [--content DIR] [--prepared-by ID] [--approved-by ID] [--changes TEXT] [--lang sv|en]\n\n  Registrerar en ny policyversion / records a new policy version.')
    .option('--version <version>', 'Ny version, t.ex. 2027.1 / new version')
    .option('--adopted <date>', 'Datum då styrelsen fastställer / board adoption date')
    .option('--content <dir>', 'Innehållsmapp / content directory (default: $CONTENT_DIR or ./content)')
    .option('--prepared-by <id>', 'Upprättad av (people-id); standard: dataskyddsombudet / default: the DPO')
    .option('--approved-by <id>', 'Godkänd av (people-id); standard: VD / default: the CEO')
    .option('--changes <text>', 'Ändringstext; standard: sammanfattning av ändringarna / default: generated summary')
    .option('--lang <lang>', 'Språk för utskrifter / output language: sv | en', { default: 'sv' });
  const options = parseOptions(cli, 'policy:release', argv);
  if (!options) return EXIT_OK;
  const o = options;
  const lang = oneOf('lang', o.lang, ['sv', 'en'] as const, 'sv');
  // cac turns 2027.1 into a number; keep it as written.
  if (o.version === undefined || o.version === true) throw new UsageError('--version krävs / is required, e.g. --version 2027.1');
  const version = String(argv[argv.indexOf('--version') + 1] ?? o.version);
  if (o.adopted === undefined) throw new UsageError('--adopted krävs / is required, e.g. --adopted 2027-03-15');
  const adopted = isoDate('adopted', o.adopted, () => '');
  const str = (v: unknown) => (v === undefined || v === true ? undefined : String(v));
  const result = release({
    contentDir: resolveContentDir(str(o.content)),
    version,
    adopted,
    preparedBy: str(o.preparedBy),
    approvedBy: str(o.approvedBy),
    changes: str(o.changes),
  });
  if (!result.ok) {
    if (result.diagnostics.length) process.stdout.write(formatText(result.diagnostics, { lang, color: false }));
    process.stderr.write(`${result.reason[lang]}\n${lang === 'sv' ? 'Inget har skrivits.' : 'Nothing was written.'}\n`);
    return EXIT_FINDINGS;
  }
  const head = lang === 'sv' ? `Version ${version} registrerad` : `Version ${version} recorded`;
  const since = result.previous ? (lang === 'sv' ? ` (ändringar sedan ${result.previous})` : ` (changes since ${result.previous})`) : '';
  process.stdout.write(`${head}${since}:\n\n${renderChangelog(result.changes, lang).markdown}\n${result.files.map((f) => `  ${f}`).join('\n')}\n`);
  return EXIT_OK;
}

if (import.meta.main) await runMain(() => main(process.argv.slice(2)));
