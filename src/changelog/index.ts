/** The semantic changelog between policy versions. */
export { snapshotModel, stableStringify, EMPTY_SNAPSHOT, SNAPSHOT_FORMAT, type PolicySnapshot, type SnapshotActivity } from './snapshot.ts';
export { diffSnapshots, sortChanges, CHANGE_AREAS, type Change, type ChangeSet, type ChangeArea, type ChangeType } from './diff.ts';
export { renderChangelog, renderChange, summariseChanges, formatValue, AREA_LABELS, TYPE_LABELS, type RenderedChange, type RenderedChangelog } from './render.ts';
export { loadSnapshots, changelogForVersions, changelogBetween, versionPairs, CURRENT, latestSnapshot, pendingChanges, sortedVersions, compareVersions, type VersionChangelog } from './load.ts';
export { adoptedVersions, currentAdopted, newestVersion, policyStatus, STATUS_LABELS, type PolicyStatus, type PolicyVersionEntry } from './versions.ts';
