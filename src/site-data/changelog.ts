/**
 * Changelog entries for the public page, computed from the model by
 * src/changelog (changelogForVersions). Snapshots cover internal entries
 * too, so only changes whose activity and item are public today are shown;
 * a version without a snapshot shows its own change note.
 */
import type { Model } from '../model/model.ts';
import type { LocalizedText } from '../model/schemas/index.ts';
import type { PublicModel } from './public-view.ts';
import type { Lang } from './text.ts';
import { changelogForVersions, renderChange, type Change } from '../changelog/index.ts';

export interface ChangelogEntry { version: string; date?: string; summary?: LocalizedText; items: string[] }

const ITEM_KIND: Partial<Record<Change['area'], 'data-categories' | 'recipients' | 'processors' | 'transfers' | 'subjects'>> = {
  'data-category': 'data-categories', recipient: 'recipients', processor: 'processors', transfer: 'transfers', subject: 'subjects',
};

export function isPublicChange(model: Model, pm: PublicModel, c: Change): boolean {
  const publicActivities = new Set(pm.activities.map((a) => a.id));
  if (c.area === 'activity') return publicActivities.has(c.id);
  if (c.activity && !publicActivities.has(c.activity)) return false;
  const kind = ITEM_KIND[c.area];
  if (kind) {
    const entry = model.byId[kind].get(c.id) as { visibility?: string } | undefined;
    return !!entry && entry.visibility !== 'internal';
  }
  return !!c.activity;
}

export async function changelogEntries(model: Model, pm: PublicModel, lang: Lang): Promise<ChangelogEntry[]> {
  const versions = changelogForVersions(model);
  if (!versions.length) {
    return [...pm.policyVersions]
      .sort((a, b) => b.version.localeCompare(a.version, 'en', { numeric: true }))
      .map((v) => ({ version: v.version, date: v.adoptedByBoard ?? v.approvedDate, summary: v.changes, items: [] }));
  }
  return [...versions].reverse().map((v) => ({
    version: v.version,
    date: v.adoptedByBoard,
    summary: v.summary,
    items: v.changes ? v.changes.changes.filter((c) => isPublicChange(model, pm, c)).map((c) => renderChange(c, v.changes!, lang).text) : [],
  }));
}
