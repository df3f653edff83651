/**
 * Wraps a command's main function: a usage mistake gets one line and exit 2,
 * a bug in the tool gets one line and a request to report it — never a stack
 * trace, which would only confuse the DPO running the command.
 */
import { EXIT_FINDINGS, EXIT_INTERNAL, EXIT_USAGE } from './exit-codes.ts';
import { UsageError } from './usage-error.ts';

export async function runMain(main: () => Promise<number> | number): Promise<void> {
  process.exitCode = await runCommand(main);
}

/** The exit code `main` ends with, failures reported as `runMain` reports them (tests call commands in-process through this). */
export async function runCommand(main: () => Promise<number> | number): Promise<number> {
  try {
    return await main();
  } catch (e) {
    return reportFailure(e);
  }
}

export function reportFailure(e: unknown): number {
  const err = e as { name?: string; message?: string };
  // cac reports unknown options and missing values as CACError.
  if (e instanceof UsageError || err?.name === 'CACError') {
    process.stderr.write(`${firstLine(err.message)}\n(kör med --help för hjälp / run with --help for help)\n`);
    return EXIT_USAGE;
  }
  // A content problem found late (e.g. the published site's last scan): the user's to fix, not a bug.
  if (err?.name === 'ContentError') {
    process.stderr.write(`${err.message}\n`);
    return EXIT_FINDINGS;
  }
  process.stderr.write(`Internt fel i verktyget / internal error: ${firstLine(err?.message ?? String(e))} — rapportera gärna felet / please report this bug.\n`);
  if (process.env.GDPR_DOCS_DEBUG) process.stderr.write(`${(e as Error)?.stack ?? ''}\n`);
  return EXIT_INTERNAL;
}

const firstLine = (s: string | undefined) => (s ?? '').split('\n')[0]!.trim();
