/**
 * A policy snapshot file (content/snapshots/*.json, written by policy:draft)
 * read back: valid JSON of the recorded shape, or a located problem — a
 * truncated or hand-edited snapshot must not silently drop a version from the
 * change pages.
 */
import { z } from 'zod';

const Text = z.object({ sv: z.string(), en: z.string().optional() });
const Ids = z.array(z.string());

/** The shape every reader of a snapshot relies on (see src/changelog/snapshot.ts). */
export const SnapshotFileSchema = z.object({
  format: z.number().int().positive(),
  activities: z.array(z.object({ id: z.string(), name: Text, controllers: Ids, subjects: Ids, dataCategories: Ids, purposes: z.array(z.object({ id: z.string(), legalBasis: z.string() }).loose()), recipients: Ids, processors: Ids, transfers: Ids, retention: z.array(z.object({ key: z.string() }).loose()) }).loose()),
  dataCategories: z.array(z.object({ id: z.string(), name: Text }).loose()),
  subjects: z.array(z.object({ id: z.string(), name: Text }).loose()),
  recipients: z.array(z.object({ id: z.string(), name: Text }).loose()),
  processors: z.array(z.object({ id: z.string() }).loose()),
});

export type SnapshotProblem = { kind: 'json'; line: number; column: number } | { kind: 'shape'; line: number; column: number; at: string };

/** Line and column of a character offset. */
function position(text: string, offset: number) {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

export function checkSnapshotText(text: string): SnapshotProblem | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    // V8: "... in JSON at position 123 (line 4 column 5)"; a truncated file ends early.
    const m = /position (\d+)/.exec(String((e as Error).message));
    return { kind: 'json', ...(m ? position(text, Number(m[1])) : position(text, text.length)) };
  }
  const result = SnapshotFileSchema.safeParse(data);
  if (result.success) return null;
  const issue = result.error.issues[0]!;
  const at = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
  return { kind: 'shape', line: 1, column: 1, at: at || '(hela filen)' };
}
