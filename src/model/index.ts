export { loadContent, loadModelOrThrow, resolveContentDir, type LoadResult } from './load.ts';
export type { Model, Entry, ResolvedActivity } from './model.ts';
export type { Diagnostic, Severity, Location } from './diagnostics.ts';
export * from './schemas/index.ts';
