/** The semantic changelog between policy versions. */
export { snapshotModel, stableStringify, EMPTY_SNAPSHOT, type PolicySnapshot } from './snapshot.ts';
export { diffSnapshots, type Change, type ChangeSet } from './diff.ts';
export { renderChangelog, renderChange, summariseChangelog, FIRST_PUBLISHED, type RenderedChangelog } from './render.ts';
export { withModelNames, changesOfVersion, loadSnapshots, changelogForVersions, changelogBetween, versionPairs, CURRENT, latestSnapshot, pendingChanges } from './load.ts';
export { newestVersion, sortedVersions, policyStatus, STATUS_LABELS } from './versions.ts';
