/** Reads the snapshots recorded at each release and builds the changelog of adopted versions. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Entry, Model } from '../model/model.ts';
import { diffSnapshots, type ChangeSet } from './diff.ts';
import { makeDiagnostic, type Diagnostic } from '../model/diagnostics.ts';
import { parseSnapshot } from '../model/documents/snapshot.ts';
import { EMPTY_SNAPSHOT, snapshotModel, type PolicySnapshot } from './snapshot.ts';
import { compareVersions, sortedVersions } from './versions.ts';

/**
 * Adds the names a snapshot does not carry (companies, laws, transfers) from
 * the model, so the changelog never shows an id.
 */
export function withModelNames(set: ChangeSet, model: Model): ChangeSet {
  const names = { ...set.names };
  const text = (x: string | { sv: string; en?: string }) => (typeof x === 'string' ? { sv: x } : x);
  for (const e of model.entities) names[`entity:${e.id}`] ??= { sv: e.legalName };
  for (const l of model.laws) names[`law:${l.id}`] ??= l.shortName ? { sv: l.shortName } : text(l.title);
  for (const tr of model.transfers) {
    const p = tr.processor ? model.byId.processors.get(tr.processor) : undefined;
    names[`transfer:${tr.id}`] ??= { sv: p ? `${p.name} (${tr.country})` : tr.country };
  }
  for (const s of model.subjects) names[`subject:${s.id}`] ??= text(s.name);
  return { ...set, names, laws: Object.fromEntries(model.laws.map((l) => [l.id, l])) };
}

/**
 * Snapshots by version; versions whose snapshot file is absent are left out. The loader has
 * reported every problem of a snapshot already (snapshot-invalid); one changed since then
 * stops with the same located messages, never a cast that lets wrong data through.
 */
export function loadSnapshots(model: Model): Map<string, PolicySnapshot> {
  const out = new Map<string, PolicySnapshot>();
  const problems: Diagnostic[] = [];
  for (const v of sortedVersions(model)) {
    if (!v.snapshot) continue;
    const file = path.resolve(model.contentDir, v.snapshot);
    if (!existsSync(file)) continue;
    const read = parseSnapshot(readFileSync(file, 'utf8'));
    if (read.snapshot) out.set(v.version, read.snapshot);
    const where = { file: path.relative(model.contentDir, file).split(path.sep).join('/') };
    for (const bad of read.problems)
      problems.push(
        makeDiagnostic('snapshot-invalid', { kind: bad.kind, at: bad.kind === 'shape' ? bad.at : '', value: v.snapshot, referrer: v.file }, { ...where, line: bad.line, column: bad.column }),
      );
  }
  if (problems.length) {
    const lines = problems.map((d) => `${d.file}:${d.line}:${d.column} ${d.message.sv} — ${d.hint.sv}`);
    throw Object.assign(new Error(`Ögonblicksbilden av policyn går inte att läsa / the policy snapshot cannot be read:\n${lines.join('\n')}`), { name: 'ContentError' });
  }
  return out;
}

export interface VersionChangelog {
  version: string;
  adoptedByBoard: string;
  /** The "changes" text written in the version entry. */
  summary: Entry<'policy-versions'>['changes'];
  /** The DPO's reason for the version, and per entry ("activities/<id>"), shown to the board. */
  reason?: Entry<'policy-versions'>['reason'];
  reasons?: Entry<'policy-versions'>['reasons'];
  /** Changes vs the previous adopted version; null when this version has no snapshot. */
  changes: ChangeSet | null;
  previous?: string;
}

/** For each adopted version in order: what changed since the previous one (the first: everything added). */
export function changelogForVersions(model: Model): VersionChangelog[] {
  const snapshots = loadSnapshots(model);
  const out: VersionChangelog[] = [];
  let previous: { version: string; snapshot: PolicySnapshot } | undefined;
  for (const v of sortedVersions(model)) {
    if (!v.adoptedByBoard) continue;
    const snap = snapshots.get(v.version);
    out.push({
      version: v.version,
      adoptedByBoard: v.adoptedByBoard,
      summary: v.changes,
      ...(v.reason ? { reason: v.reason } : {}),
      ...(v.reasons ? { reasons: v.reasons } : {}),
      changes: snap ? withModelNames(diffSnapshots(previous?.snapshot ?? EMPTY_SNAPSHOT, snap), model) : null,
      ...(previous ? { previous: previous.version } : {}),
    });
    if (snap) previous = { version: v.version, snapshot: snap };
  }
  return out;
}

/** The newest recorded snapshot (any version, adopted or not), if any. */
export function latestSnapshot(model: Model): { version: string; snapshot: PolicySnapshot } | undefined {
  const snaps = loadSnapshots(model);
  const last = [...snaps.keys()].sort(compareVersions).at(-1);
  return last ? { version: last, snapshot: snaps.get(last)! } : undefined;
}

/** What the content says now compared with the last release: for "check" and the release command. */
export function pendingChanges(model: Model): ChangeSet {
  return withModelNames(diffSnapshots(latestSnapshot(model)?.snapshot ?? EMPTY_SNAPSHOT, snapshotModel(model)), model);
}

/** The word that names the content as it is now, not yet released. */
export const CURRENT = 'current';

/**
 * Changes between any two recorded versions (or CURRENT, the content now).
 * Throws with a bilingual message when a version has no readable snapshot.
 */
export function changelogBetween(model: Model, from: string, to: string): ChangeSet {
  const snapshots = loadSnapshots(model);
  const pick = (v: string): PolicySnapshot => {
    if (v === CURRENT) return snapshotModel(model);
    const s = snapshots.get(v);
    if (!s) {
      const known = [...snapshots.keys()].sort(compareVersions).join(', ') || '—';
      throw new Error(`Version ${v} saknar ögonblicksbild (finns: ${known}) / version ${v} has no snapshot (recorded: ${known})`);
    }
    return s;
  };
  return withModelNames(diffSnapshots(pick(from), pick(to)), model);
}

/** Every pair of recorded versions (older first), each also against the content now (CURRENT). */
export function versionPairs(model: Model): { from: string; to: string }[] {
  const versions = [...loadSnapshots(model).keys()].sort(compareVersions);
  const all = [...versions, ...(versions.length ? [CURRENT] : [])];
  return all.flatMap((from, i) => all.slice(i + 1).map((to) => ({ from, to })));
}

/**
 * What a version changes against the adopted version before it (a draft
 * included: what the board is asked to adopt). `previous` is undefined for the first version.
 */
export function changesOfVersion(model: Model, version: string): { set: ChangeSet; previous?: string } | undefined {
  const snapshots = loadSnapshots(model);
  const own = snapshots.get(version);
  if (!own) return undefined;
  const before = sortedVersions(model)
    .filter((v) => v.adoptedByBoard && compareVersions(v.version, version) < 0 && snapshots.has(v.version))
    .at(-1);
  const set = withModelNames(diffSnapshots(before ? snapshots.get(before.version)! : EMPTY_SNAPSHOT, own), model);
  return before ? { set, previous: before.version } : { set };
}
