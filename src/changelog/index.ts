/** The semantic changelog between policy versions. */
export { snapshotModel, stableStringify, EMPTY_SNAPSHOT, SNAPSHOT_FORMAT, type PolicySnapshot, type SnapshotActivity } from './snapshot.ts';
export { diffSnapshots, sortChanges, CHANGE_AREAS, type Change, type ChangeSet, type ChangeArea, type ChangeType } from './diff.ts';
export { renderChangelog, renderChange, summariseChangelog, retentionSentence, formatValue, AREA_LABELS, FIRST_PUBLISHED, type RenderedChange, type RenderedChangelog, type RenderedGroup, type RenderedActivity, type RenderOptions } from './render.ts';
export { withModelNames, changesOfVersion, loadSnapshots, changelogForVersions, changelogBetween, versionPairs, CURRENT, latestSnapshot, pendingChanges, type VersionChangelog } from './load.ts';
export { adoptedVersions, compareVersions, currentAdopted, newestVersion, sortedVersions, policyStatus, STATUS_LABELS, type PolicyStatus, type PolicyVersionEntry } from './versions.ts';
