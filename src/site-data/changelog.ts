/**
 * Changelog entries for the public page, computed from the model by
 * src/changelog (changelogForVersions). Snapshots cover internal entries
 * too, so only changes whose activity and item are public today are shown.
 * Each version gets a few summary lines with the grouped detail one click
 * away; the first version says it was first published instead of listing
 * everything. The DPO's reasons are for the board and stay internal.
 */
import type { Model } from '../model/model.ts';
import type { LocalizedText } from '../model/schemas/index.ts';
import type { PublicModel } from './public-view.ts';
import { changelogForVersions, FIRST_PUBLISHED, renderChangelog, summariseChangelog, type Change, type RenderedChangelog } from '../changelog/index.ts';
import type { Locale } from '../model/schemas/index.ts';

export interface ChangelogEntry {
  version: string;
  date: string;
  /** The DPO's own summary of the version, if written. */
  summary?: LocalizedText;
  /** A few lines: per group of people, how many changes and in which activities. */
  lines: string[];
  /** The grouped detail (none for the first version). */
  detail?: RenderedChangelog;
}

const ITEM_KIND: Partial<Record<Change['area'], 'data-categories' | 'recipients' | 'processors' | 'transfers' | 'subjects'>> = {
  'data-category': 'data-categories',
  recipient: 'recipients',
  processor: 'processors',
  transfer: 'transfers',
  subject: 'subjects',
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

export async function changelogEntries(model: Model, pm: PublicModel, lang: Locale): Promise<ChangelogEntry[]> {
  const published = new Set(pm.policyVersions.map((v) => v.version));
  const versions = changelogForVersions(model).filter((v) => published.has(v.version));
  return [...versions].reverse().map((v, i, all) => {
    const first = i === all.length - 1;
    const base = { version: v.version, date: v.adoptedByBoard, ...(v.summary ? { summary: v.summary } : {}) };
    if (first) return { ...base, lines: [FIRST_PUBLISHED[lang]] };
    if (!v.changes) return { ...base, lines: [] };
    const detail = renderChangelog({ ...v.changes, changes: v.changes.changes.filter((c) => isPublicChange(model, pm, c)) }, lang);
    return { ...base, lines: summariseChangelog(detail), detail };
  });
}
