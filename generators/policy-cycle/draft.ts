/**
 * `policy:draft`: snapshots the content as a draft of the next policy version
 * for the board: writes content/snapshots/<version>.json and
 * content/policy-versions/<YYYY-N>.yaml (without adoptedByBoard), or nothing.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { stringify as toYaml } from 'yaml';
import { PolicyVersionSchema, type LocalizedText } from '../../src/model/schemas/index.ts';
import { diffSnapshots, EMPTY_SNAPSHOT, loadSnapshots, snapshotModel, stableStringify, withModelNames, type ChangeSet } from '../../src/changelog/index.ts';
import { compareVersions, currentAdopted, sortedVersions } from '../../src/changelog/versions.ts';
import { CONTENT_ERRORS, handbookDigest, loadForCycle, problem, VERSION_FORMAT, versionFileId, type CycleResult, type Problem } from './common.ts';
import { writeAtomically, type WriteHooks } from './atomic.ts';
import type { Diagnostic } from '../../src/model/diagnostics.ts';

export interface DraftOptions {
  contentDir: string;
  version: string;
  /** The date the draft is prepared (today). */
  today: string;
  preparedBy?: string;
  /** Why this version is made, shown to the board. */
  reason?: LocalizedText;
  hooks?: WriteHooks;
}

export type DraftResult = CycleResult<{ files: string[]; changes: ChangeSet; previous?: string; warnings: Diagnostic[] }>;

export function draftVersion(o: DraftOptions): DraftResult {
  const problems: Problem[] = [];
  if (!VERSION_FORMAT.test(o.version)) {
    problems.push(problem(`Versionen "${o.version}" har fel form.`, `Version "${o.version}" is malformed.`, 'Skriv den ÅÅÅÅ.N, t.ex. --version 2027.1.', 'Write it YYYY.N, e.g. --version 2027.1.'));
  }
  const { model, blocking, warnings } = loadForCycle(o.contentDir, o.today);
  if (blocking.length || !model) return { ok: false, problems: [...problems, CONTENT_ERRORS], diagnostics: blocking };

  const versions = sortedVersions(model);
  const same = versions.find((v) => v.version === o.version);
  if (same) {
    problems.push(
      same.adoptedByBoard
        ? problem(
            `Version ${o.version} finns redan och fastställdes ${same.adoptedByBoard} (${same.file}).`,
            `Version ${o.version} already exists, adopted on ${same.adoptedByBoard} (${same.file}).`,
            'Välj nästa versionsnummer.',
            'Choose the next version number.',
          )
        : problem(
            `Version ${o.version} finns redan som utkast (${same.file}).`,
            `Version ${o.version} already exists as a draft (${same.file}).`,
            `Har innehållet ändrats sedan dess, fastställ med npm run policy:adopt -- --version ${o.version} --date ÅÅÅÅ-MM-DD --redraft, eller ta bort ${same.file} och ${same.snapshot ?? 'ögonblicksbilden'} och gör om utkastet.`,
            `If the content has changed since, adopt with npm run policy:adopt -- --version ${o.version} --date YYYY-MM-DD --redraft, or delete ${same.file} and ${same.snapshot ?? 'its snapshot'} and draft again.`,
          ),
    );
  } else if (VERSION_FORMAT.test(o.version)) {
    const newer = versions.filter((v) => compareVersions(v.version, o.version) > 0).map((v) => v.version);
    if (newer.length) {
      problems.push(
        problem(
          `Version ${o.version} är inte nyare än ${newer.join(', ')}.`,
          `Version ${o.version} is not newer than ${newer.join(', ')}.`,
          'Välj ett högre versionsnummer.',
          'Choose a higher version number.',
        ),
      );
    }
    const pending = versions.filter((v) => !v.adoptedByBoard);
    for (const p of pending) {
      problems.push(
        problem(
          `Version ${p.version} är fortfarande ett utkast (${p.file}); det kan bara finnas ett utkast åt gången.`,
          `Version ${p.version} is still a draft (${p.file}); there can be one draft at a time.`,
          `Fastställ den först (npm run policy:adopt -- --version ${p.version} --date ÅÅÅÅ-MM-DD), eller ta bort ${p.file} om styrelsen inte ska fastställa den.`,
          `Adopt it first (npm run policy:adopt -- --version ${p.version} --date YYYY-MM-DD), or delete ${p.file} if the board will not adopt it.`,
        ),
      );
    }
  }
  const last = currentAdopted(model);
  if (last?.adoptedByBoard && o.today < last.adoptedByBoard) {
    problems.push(
      problem(
        `Dagens datum ${o.today} ligger före den senaste fastställelsen (${last.version}, ${last.adoptedByBoard}).`,
        `Today (${o.today}) is before the latest adoption (${last.version}, ${last.adoptedByBoard}).`,
        'Kontrollera --today.',
        'Check --today.',
      ),
    );
  }
  const preparedBy = o.preparedBy ?? model.organisation.dpo;
  if (!preparedBy) {
    problems.push(
      problem(
        'Organisationen har inget dataskyddsombud (dpo) som kan stå som upprättare.',
        'The organisation has no DPO (dpo) to be named as preparer.',
        'Ange --prepared-by med ett id från content/people/.',
        'Give --prepared-by with an id from content/people/.',
      ),
    );
  } else if (!model.byId.people.has(preparedBy)) {
    problems.push(
      problem(
        `--prepared-by: personen "${preparedBy}" finns inte i content/people/.`,
        `--prepared-by: person "${preparedBy}" is not in content/people/.`,
        `Välj en av: ${[...model.byId.people.keys()].join(', ')}.`,
        `Choose one of: ${[...model.byId.people.keys()].join(', ')}.`,
      ),
    );
  }
  if (problems.length) return { ok: false, problems, diagnostics: [] };

  const snapshot = snapshotModel(model);
  const snapshotRel = `snapshots/${o.version}.json`;
  const entry = {
    version: o.version,
    preparedBy: { person: preparedBy!, date: o.today },
    ...(o.reason ? { reason: o.reason } : {}),
    snapshot: snapshotRel,
    handbookDigest: handbookDigest(model),
  };
  PolicyVersionSchema.parse(entry);
  const entryFile = path.join(o.contentDir, 'policy-versions', `${versionFileId(o.version)}.yaml`);
  if (existsSync(entryFile)) {
    return {
      ok: false,
      diagnostics: [],
      problems: [
        problem(
          `${path.relative(o.contentDir, entryFile)} finns redan.`,
          `${path.relative(o.contentDir, entryFile)} already exists.`,
          'Ta bort eller byt namn på filen.',
          'Delete or rename the file.',
        ),
      ],
    };
  }
  // A snapshot file no version names is left over from an interrupted draft: it is overwritten.
  const files = [
    { file: path.join(o.contentDir, snapshotRel), data: stableStringify(snapshot) },
    { file: entryFile, data: `# yaml-language-server: $schema=../../schemas/policy-versions.schema.json\n${toYaml(entry, { lineWidth: 0 })}` },
  ];
  writeAtomically(files, o.hooks);
  const base = last?.snapshot ? loadSnapshots(model).get(last.version) : undefined;
  return {
    ok: true,
    files: files.map((f) => f.file),
    changes: withModelNames(diffSnapshots(base ?? EMPTY_SNAPSHOT, snapshot), model),
    ...(last ? { previous: last.version } : {}),
    warnings,
  };
}
