/** The changelog as people read it: between recorded versions, to the current content, and everything as new. */
import type { Model } from '../../src/model/model.ts';
import { changelogBetween, withModelNames, CURRENT, diffSnapshots, EMPTY_SNAPSHOT, latestSnapshot, renderChangelog, snapshotModel, versionPairs } from '../../src/changelog/index.ts';
import type { Locale } from '../../src/model/schemas/index.ts';

export function changelogMarkdowns(model: Model): { label: string; markdown: string; lang: Locale }[] {
  const sets = [
    ...versionPairs(model).map((p) => ({ label: `changelog ${p.from}→${p.to}`, set: changelogBetween(model, p.from, p.to) })),
    ...(latestSnapshot(model) ? [{ label: 'changelog →current', set: changelogBetween(model, latestSnapshot(model)!.version, CURRENT) }] : []),
    // Every fact as added: each kind of value passes through the renderer at least once.
    { label: 'changelog ∅→current', set: withModelNames(diffSnapshots(EMPTY_SNAPSHOT, snapshotModel(model)), model) },
  ];
  return sets.flatMap(({ label, set }) => model.locales.map((lang) => ({ label: `${label} (${lang})`, markdown: renderChangelog(set, lang).markdown, lang })));
}
