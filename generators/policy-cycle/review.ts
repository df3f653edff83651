/**
 * `policy:reviewed`: records that the DPO has reviewed activities, by setting
 * their `lastReviewed` to the review date in the YAML (comments and layout
 * kept). The same command keeps the bundled example's review dates current.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { loadContent } from '../../src/model/load.ts';
import { problem, type Problem } from './common.ts';
import { writeAtomically } from './atomic.ts';

export interface ReviewOptions {
  contentDir: string;
  /** Activity ids; empty with `all`. */
  activities: string[];
  all?: boolean;
  /** The review date; at most today. */
  date: string;
  today: string;
}

export type ReviewResult = { ok: true; updated: string[] } | { ok: false; problems: Problem[] };

export function recordReview(o: ReviewOptions): ReviewResult {
  const { model } = loadContent(o.contentDir);
  if (!model) {
    return {
      ok: false,
      problems: [
        problem('Innehållet har fel och kan inte läsas.', 'The content has errors and cannot be read.', 'Kör npm run check och rätta felen först.', 'Run npm run check and fix the errors first.'),
      ],
    };
  }
  const problems: Problem[] = [];
  if (o.date > o.today) {
    problems.push(
      problem(
        `Granskningsdatumet ${o.date} ligger i framtiden (i dag är ${o.today}).`,
        `The review date ${o.date} is in the future (today is ${o.today}).`,
        'Ange dagen då granskningen gjordes.',
        'Give the day the review was done.',
      ),
    );
  }
  if (!o.all && !o.activities.length) {
    problems.push(
      problem(
        'Ingen behandling angavs.',
        'No activity was given.',
        'Ange behandlingarnas id (filnamn i content/activities/) eller --all.',
        "Give the activities' ids (file names in content/activities/) or --all.",
      ),
    );
  }
  const unknown = o.activities.filter((id) => !model.byId.activities.has(id));
  if (unknown.length) {
    problems.push(
      problem(
        `Behandlingen finns inte: ${unknown.join(', ')}.`,
        `No such activity: ${unknown.join(', ')}.`,
        `Välj bland: ${[...model.byId.activities.keys()].join(', ')}.`,
        `Choose from: ${[...model.byId.activities.keys()].join(', ')}.`,
      ),
    );
  }
  const chosen = o.all ? model.activities : model.activities.filter((a) => o.activities.includes(a.id));
  const older = chosen.filter((a) => a.lastReviewed > o.date).map((a) => `${a.id} (${a.lastReviewed})`);
  if (older.length) {
    problems.push(
      problem(
        `Granskningsdatumet ${o.date} är äldre än den senaste granskningen av ${older.join(', ')}.`,
        `The review date ${o.date} is older than the last review of ${older.join(', ')}.`,
        'Ange ett senare datum.',
        'Give a later date.',
      ),
    );
  }
  if (problems.length) return { ok: false, problems };
  const writes = chosen
    .filter((a) => a.lastReviewed !== o.date)
    .map((a) => {
      const file = path.join(model.contentDir, a.file);
      const text = readFileSync(file, 'utf8');
      // Change only that line, so the DPO's layout and comments stay as written.
      const line = /^lastReviewed:[ \t]*[^\s#]+/m;
      if (line.test(text)) return { file, data: text.replace(line, `lastReviewed: ${o.date}`) };
      const doc = parseDocument(text);
      doc.set('lastReviewed', o.date);
      return { file, data: doc.toString({ lineWidth: 0, flowCollectionPadding: false }) };
    });
  writeAtomically(writes);
  return { ok: true, updated: writes.map((w) => path.relative(model.contentDir, w.file)) };
}
