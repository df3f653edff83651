/**
 * Changelog entries for the public page. Uses changelogForVersions from
 * src/changelog when that module exists; otherwise the adopted policy
 * versions and their recorded changes. Only public-safe text is returned.
 */
import type { Model } from '../model/model.ts';
import type { LocalizedText } from '../model/schemas/index.ts';
import type { PublicModel } from './public-view.ts';
import type { Lang } from './text.ts';

export interface ChangelogEntry { version: string; date?: string; summary?: LocalizedText; items: string[] }

export async function changelogEntries(_model: Model, pm: PublicModel, _lang: Lang): Promise<ChangelogEntry[]> {
  // The computed changelog may describe internal entries; until its output is
  // filtered by visibility we publish only the versions' own change notes.
  return [...pm.policyVersions]
    .sort((a, b) => b.version.localeCompare(a.version, 'en', { numeric: true }))
    .map((v) => ({ version: v.version, date: v.adoptedByBoard ?? v.approvedDate, summary: v.changes, items: [] }));
}
