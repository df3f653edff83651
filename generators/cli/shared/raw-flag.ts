/** cac parses "2026.1" as a number and "0" as 0; take a flag's value as written. */
export function rawFlag(argv: readonly string[], flag: string, parsed: unknown): string | undefined {
  const i = argv.indexOf(flag);
  if (i >= 0 && argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--')) return argv[i + 1];
  const eq = argv.find((a) => a.startsWith(`${flag}=`));
  if (eq) return eq.slice(flag.length + 1);
  return parsed === undefined || parsed === true || parsed === '' ? undefined : String(parsed);
}
