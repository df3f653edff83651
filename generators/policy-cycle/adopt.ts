/**
 * `policy:adopt`: records the board's decision on a draft after the meeting.
 * Sets approvedBy, adoptedByBoard and minutes in the draft's entry (keeping
 * whatever the DPO added to it, such as reasons), or writes nothing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { PolicyVersionSchema } from '../../src/model/schemas/index.ts';
import { diffSnapshots, loadSnapshots, renderChangelog, withModelNames, snapshotModel, stableStringify, type ChangeSet, type PolicySnapshot } from '../../src/changelog/index.ts';
import { compareVersions, currentAdopted, sortedVersions } from '../../src/changelog/versions.ts';
import { CONTENT_ERRORS, handbookDigest, loadForCycle, problem, type CycleResult, type Problem } from './common.ts';
import { writeAtomically, type WriteHooks } from './atomic.ts';

export interface AdoptOptions {
  contentDir: string;
  version: string;
  /** The date of the board meeting. */
  date: string;
  today: string;
  minutes?: string;
  /** Who approved the draft for the board; default the CEO. */
  approvedBy?: string;
  /** Record the content as it is now (the board adopted it with changes made after the draft). */
  redraft?: boolean;
  hooks?: WriteHooks;
}

export type AdoptResult = CycleResult<{ file: string; changes?: ChangeSet; redrafted: boolean; supersedes?: string }>;

export function adoptVersion(o: AdoptOptions): AdoptResult {
  const { model, blocking } = loadForCycle(o.contentDir, o.today);
  if (blocking.length || !model) return { ok: false, problems: [CONTENT_ERRORS], diagnostics: blocking };
  const versions = sortedVersions(model);
  const v = versions.find((x) => x.version === o.version);
  const drafts = versions.filter((x) => !x.adoptedByBoard).map((x) => x.version);
  if (!v) {
    const fix = drafts.length
      ? { sv: `Utkast som väntar: ${drafts.join(', ')}. Kontrollera versionsnumret.`, en: `Drafts waiting: ${drafts.join(', ')}. Check the version number.` }
      : { sv: `Gör först ett utkast: npm run policy:draft -- --version ${o.version}`, en: `Draft it first: npm run policy:draft -- --version ${o.version}` };
    return { ok: false, diagnostics: [], problems: [problem(`Version ${o.version} finns inte.`, `Version ${o.version} does not exist.`, fix.sv, fix.en)] };
  }
  const problems: Problem[] = [];
  if (v.adoptedByBoard) {
    problems.push(
      problem(
        `Version ${o.version} är redan fastställd (${v.adoptedByBoard}, ${v.file}).`,
        `Version ${o.version} is already adopted (${v.adoptedByBoard}, ${v.file}).`,
        'En fastställd version ändras inte. Gör ett nytt utkast med nästa versionsnummer (npm run policy:draft -- --version …).',
        'An adopted version is not changed. Draft a new one with the next version number (npm run policy:draft -- --version …).',
      ),
    );
  }
  const newer = versions.filter((x) => x.adoptedByBoard && compareVersions(x.version, o.version) > 0).map((x) => x.version);
  if (newer.length) {
    problems.push(
      problem(
        `Version ${newer.join(', ')} är redan fastställd; ${o.version} kan inte fastställas efter en nyare version.`,
        `Version ${newer.join(', ')} is already adopted; ${o.version} cannot be adopted after a newer version.`,
        `Ta bort utkastet ${v.file}, eller gör ett nytt utkast med ett högre versionsnummer.`,
        `Delete the draft ${v.file}, or draft again with a higher version number.`,
      ),
    );
  }
  if (o.date > o.today) {
    problems.push(
      problem(
        `Datumet ${o.date} ligger i framtiden (i dag är ${o.today}).`,
        `The date ${o.date} is in the future (today is ${o.today}).`,
        'Registrera beslutet efter styrelsemötet, med mötets datum.',
        'Record the decision after the board meeting, with the date of the meeting.',
      ),
    );
  }
  if (o.date < v.preparedBy.date) {
    problems.push(
      problem(
        `Datumet ${o.date} ligger före utkastet (upprättat ${v.preparedBy.date}).`,
        `The date ${o.date} is before the draft (prepared on ${v.preparedBy.date}).`,
        'Ange datumet för det styrelsemöte som fastställde utkastet.',
        'Give the date of the board meeting that adopted the draft.',
      ),
    );
  }
  const last = currentAdopted(model);
  if (last?.adoptedByBoard && o.date < last.adoptedByBoard && !newer.length) {
    problems.push(
      problem(
        `Datumet ${o.date} ligger före den förra fastställelsen (${last.version}, ${last.adoptedByBoard}).`,
        `The date ${o.date} is before the previous adoption (${last.version}, ${last.adoptedByBoard}).`,
        'Kontrollera datumet för styrelsemötet.',
        'Check the date of the board meeting.',
      ),
    );
  }
  const approvedBy = o.approvedBy ?? v.approvedBy?.person ?? model.organisation.ceo;
  if (!approvedBy) {
    problems.push(
      problem(
        'Organisationen har ingen VD (ceo) som kan stå som godkännare.',
        'The organisation has no CEO (ceo) to be named as approver.',
        'Ange --approved-by med ett id från content/people/.',
        'Give --approved-by with an id from content/people/.',
      ),
    );
  } else if (!model.byId.people.has(approvedBy)) {
    problems.push(
      problem(
        `--approved-by: personen "${approvedBy}" finns inte i content/people/.`,
        `--approved-by: person "${approvedBy}" is not in content/people/.`,
        `Välj en av: ${[...model.byId.people.keys()].join(', ')}.`,
        `Choose one of: ${[...model.byId.people.keys()].join(', ')}.`,
      ),
    );
  }

  // The board adopts what it read: the content must be the draft's, unless --redraft records it anew.
  const now = snapshotModel(model);
  const drafted: PolicySnapshot | undefined = loadSnapshots(model).get(v.version);
  const substance = drafted ? withModelNames(diffSnapshots(drafted, now), model) : undefined;
  const proseChanged = !!v.handbookDigest && v.handbookDigest !== handbookDigest(model);
  const changed = !drafted || !!substance?.changes.length || proseChanged;
  if (changed && !o.redraft && !v.adoptedByBoard) {
    const what = [
      ...(!drafted ? [{ sv: 'utkastet saknar ögonblicksbild', en: 'the draft has no snapshot' }] : []),
      ...(substance?.changes.length ? [{ sv: `ändringar i sak:\n${renderChangelog(substance, 'sv').markdown}`, en: `changes of substance:\n${renderChangelog(substance, 'en').markdown}` }] : []),
      ...(proseChanged ? [{ sv: 'texten i content/handbook/ har ändrats', en: 'the text in content/handbook/ has changed' }] : []),
    ];
    problems.push(
      problem(
        `Innehållet har ändrats sedan utkastet ${v.version} gjordes (${v.preparedBy.date}): ${what.map((w) => w.sv).join('; ')}`,
        `The content has changed since draft ${v.version} was made (${v.preparedBy.date}): ${what.map((w) => w.en).join('; ')}`,
        'Styrelsen fastställer det den har läst. Ångra ändringarna, eller lägg till --redraft om styrelsen fastställde det ändrade innehållet (ögonblicksbilden görs då om).',
        'The board adopts what it has read. Undo the changes, or add --redraft if the board adopted the changed content (the snapshot is then taken again).',
      ),
    );
  }
  if (problems.length) return { ok: false, problems, diagnostics: [] };

  const entryFile = path.join(model.contentDir, v.file);
  const doc = parseDocument(readFileSync(entryFile, 'utf8'));
  doc.set('approvedBy', doc.createNode({ person: approvedBy!, date: o.date }, { flow: true }));
  doc.set('adoptedByBoard', o.date);
  if (o.minutes) doc.set('minutes', o.minutes);
  const files = [];
  const redrafted = changed && !!o.redraft;
  if (redrafted) {
    const snapshotRel = v.snapshot ?? `snapshots/${v.version}.json`;
    files.push({ file: path.join(model.contentDir, snapshotRel), data: stableStringify(now) });
    doc.set('snapshot', snapshotRel);
    doc.set('handbookDigest', handbookDigest(model));
  }
  PolicyVersionSchema.parse(doc.toJS());
  // The entry goes last: its rename is the moment the version counts as adopted.
  files.push({ file: entryFile, data: doc.toString({ lineWidth: 0, flowCollectionPadding: false }) });
  writeAtomically(files, o.hooks);
  const prevSnap = last ? loadSnapshots(model).get(last.version) : undefined;
  return {
    ok: true,
    file: entryFile,
    redrafted,
    ...(prevSnap ? { changes: withModelNames(diffSnapshots(prevSnap, now), model) } : {}),
    ...(last ? { supersedes: last.version } : {}),
  };
}
