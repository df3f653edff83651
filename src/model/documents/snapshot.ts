/**
 * A policy snapshot file (content/snapshots/*.json, written by policy:draft)
 * read back: valid JSON of PolicySnapshotSchema, or every problem located — a
 * truncated or hand-edited snapshot must not silently drop a version from the
 * change pages. The loader reports the problems; src/changelog/load.ts reads
 * snapshots through the same function.
 */
import { formatPath } from '../diagnostics.ts';
import { PolicySnapshotSchema, type PolicySnapshot } from '../schemas/snapshot.ts';
import { locate, parseSource } from '../yaml-source.ts';

export type SnapshotProblem = { kind: 'json'; line: number; column: number } | { kind: 'shape'; line: number; column: number; at: string };

/** Line and column of a character offset. */
function position(text: string, offset: number) {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

export function parseSnapshot(text: string): { snapshot: PolicySnapshot; problems: [] } | { snapshot?: undefined; problems: SnapshotProblem[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    // V8: "... in JSON at position 123 (line 4 column 5)"; a truncated file ends early.
    const m = /position (\d+)/.exec(String((e as Error).message));
    return { problems: [{ kind: 'json', ...(m ? position(text, Number(m[1])) : position(text, text.length)) }] };
  }
  const result = PolicySnapshotSchema.safeParse(data);
  if (result.success) return { snapshot: result.data, problems: [] };
  // JSON is YAML: its parse tree maps each issue's path to a line and column.
  const { source } = parseSource('snapshot.json', text);
  return {
    problems: result.error.issues.map((issue) => {
      // An unknown field is located at the field itself, a missing one at its object.
      const where = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
      return { kind: 'shape' as const, ...locate(source, where, { key: issue.code === 'unrecognized_keys' }), at: formatPath(where) || '(hela filen)' };
    }),
  };
}
