import type { CAC } from 'cac';

/** A mistake in how the command was called; reported in one line with exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Reads a flag that must be one of a fixed set of values. */
export function oneOf<T extends string>(flag: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  const s = value === true ? '' : String(value);
  if ((allowed as readonly string[]).includes(s)) return s as T;
  throw new UsageError(`--${flag}: ogiltigt värde "${s}"; tillåtna: ${allowed.join(', ')} / invalid value; allowed: ${allowed.join(', ')}`);
}

/** A calendar date YYYY-MM-DD that really exists (2026-02-30 does not). */
export function isoDate(flag: string, value: unknown, fallback: () => string): string {
  if (value === undefined) return fallback();
  const s = String(value);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!d || d.toISOString().slice(0, 10) !== s) {
    throw new UsageError(`--${flag}: "${s}" är inte ett datum ÅÅÅÅ-MM-DD / is not a date YYYY-MM-DD`);
  }
  return s;
}

/** Today's date in Sweden, for commands whose `--today` was not given. */
export function swedishToday(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/**
 * Parses argv with a cac definition the way every command does: `--help`
 * prints and returns null; stray arguments, unknown options and options
 * missing their value are usage errors (exit 2).
 */
// biome-ignore lint/suspicious/noExplicitAny: cac's parsed options are untyped (`{ [k: string]: any }`); each command reads its own.
export function parseOptions(cli: CAC, name: string, argv: readonly string[]): Record<string, any> | null {
  cli.help();
  const parsed = cli.parse(['node', name, ...argv], { run: false });
  if (parsed.options.help) return null;
  if (parsed.args.length) throw new UsageError(`okänt argument / unexpected argument: ${parsed.args.join(' ')}`);
  cli.globalCommand.checkUnknownOptions();
  cli.globalCommand.checkOptionValue();
  return parsed.options;
}
