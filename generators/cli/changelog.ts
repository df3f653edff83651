/**
 * `npm run policy:changelog -- --from 2025.1 --to 2026.1 [--format md|json] [--lang sv|en]`:
 * the semantic changelog between any two recorded policy versions, read from
 * their snapshots. `--to current` (the default) compares with the content as
 * it is now: what the next release will contain.
 */
import { cac } from 'cac';
import { loadContent, resolveContentDir } from '../../src/model/load.ts';
import { changelogBetween, CURRENT, latestSnapshot, renderChange, renderChangelog } from '../../src/changelog/index.ts';
import { EXIT_FINDINGS, EXIT_OK } from './shared/exit-codes.ts';
import { formatText } from './shared/format-diagnostics.ts';
import { oneOf, UsageError, parseOptions } from './shared/usage-error.ts';
import { runMain } from './shared/run-main.ts';

/** cac parses "2026.1" as a number; take the flag's value as written. */
function rawFlag(argv: string[], flag: string, parsed: unknown): string | undefined {
  const i = argv.indexOf(flag);
  if (i >= 0 && argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--')) return argv[i + 1];
  const eq = argv.find((a) => a.startsWith(`${flag}=`));
  if (eq) return eq.slice(flag.length + 1);
  return parsed === undefined || parsed === true ? undefined : String(parsed);
}

export function main(argv: string[]): number {
  const cli = cac('policy:changelog');
  cli
    .usage(
      '--from VERSION [--to VERSION|current] [--format md|json] [--lang sv|en] [--content DIR]\n\n  Ändringar i sak mellan två policyversioner / changes of substance between two policy versions.',
    )
    .option('--from <version>', 'Äldre version / older version (default: the newest recorded)')
    .option('--to <version>', 'Nyare version eller "current" / newer version or "current"', { default: CURRENT })
    .option('--format <format>', 'md | json', { default: 'md' })
    .option('--lang <lang>', 'sv | en', { default: 'sv' })
    .option('--content <dir>', 'Innehållsmapp / content directory (default: $CONTENT_DIR or ./content)');
  const options = parseOptions(cli, 'policy:changelog', argv);
  if (!options) return EXIT_OK;
  const o = options;
  const lang = oneOf('lang', o.lang, ['sv', 'en'] as const, 'sv');
  const format = oneOf('format', o.format, ['md', 'json'] as const, 'md');
  const content = rawFlag(argv, '--content', o.content);
  const loaded = loadContent(resolveContentDir(content));
  if (!loaded.model) {
    process.stdout.write(formatText(loaded.diagnostics, { lang, color: false }));
    return EXIT_FINDINGS;
  }
  const model = loaded.model;
  const from = rawFlag(argv, '--from', o.from) ?? latestSnapshot(model)?.version;
  const to = rawFlag(argv, '--to', o.to) ?? CURRENT;
  if (!from) throw new UsageError('--from krävs: ingen version har en ögonblicksbild / is required: no version has a snapshot');
  let set: ReturnType<typeof changelogBetween>;
  try {
    set = changelogBetween(model, from, to);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (format === 'json') {
    const changes = set.changes.map((c) => ({ ...c, text: renderChange(c, set, lang).text }));
    process.stdout.write(`${JSON.stringify({ from, to, changes }, null, 2)}\n`);
  } else {
    const name = (v: string) => (v === CURRENT ? (lang === 'sv' ? 'nuvarande innehåll' : 'the current content') : v);
    const head = lang === 'sv' ? `# Ändringar från ${name(from)} till ${name(to)}` : `# Changes from ${name(from)} to ${name(to)}`;
    process.stdout.write(`${head}\n\n${renderChangelog(set, lang).markdown}`);
  }
  return EXIT_OK;
}

if (import.meta.main) await runMain(() => main(process.argv.slice(2)));
