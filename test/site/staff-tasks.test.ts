/**
 * The handbook start page of every example organisation leads with the four
 * staff tasks, each with working links (the page and its anchor exist), its
 * deadlines from the model and a responsible person — also for organisations
 * without a DPO, routines or an e-mail retention rule.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureBuilt } from './built.ts';
import { loadModelOrThrow } from '../../src/model/load.ts';
import { staffTasks } from '../../src/site-data/staff-tasks.ts';
import { staffTaskWording } from '../../src/i18n/staff-tasks/index.ts';
import { formatDeadline } from '../../src/format/index.ts';
import { organisations } from '../text-quality/organisations.ts';
import { TIMEOUT } from '../support/timeouts.ts';

const w = staffTaskWording('sv');
const ORDER = ['breach', 'request', 'email', 'new-processing'] as const;
const strip = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe.each(organisations().map((o) => [o.name, o] as const))('handbook start page: %s', (_name, org) => {
  it('leads with the four tasks, each with a working link, deadlines and who is responsible', { timeout: TIMEOUT.build }, async () => {
    const model = loadModelOrThrow(org.dir);
    const out = path.join(await ensureBuilt(org.name, org.dir), 'internal');
    const html = readFileSync(path.join(out, 'index.html'), 'utf8');
    const main = html.slice(html.indexOf('<main'));
    // The tasks come first: the first h2 after the title, before the DPO's overview.
    expect(strip(main.match(/<h2[^>]*>([\s\S]*?)<\/h2>/)![1]!)).toBe(w.heading);
    expect(main.indexOf('h-tasks')).toBeLessThan(main.indexOf('Styrning'));
    const tasks = [...main.matchAll(/<li class="task" data-task="([\w-]+)">([\s\S]*?)<\/li>\s*(?=<li class="task"|<\/ul>\s*<\/section>)/g)];
    expect(tasks.map((m) => m[1])).toEqual([...ORDER]);
    for (const [, id, body] of tasks) {
      const text = strip(body!);
      expect(text, id).toContain(w.titles[id as (typeof ORDER)[number]]);
      expect(text, id).toMatch(new RegExp(`${w.responsible}: \\S`));
      expect(text, id).not.toMatch(/undefined|null|: $/);
      const links = [...body!.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
      expect(links.length + (text.includes(w.noRoutine) || text.includes(w.emailNoRule) ? 1 : 0), id).toBeGreaterThan(0);
      for (const link of links) {
        const [page, anchor] = link.split('#');
        const file = path.join(out, page!, 'index.html');
        expect(existsSync(file), `${id}: ${link}`).toBe(true);
        if (anchor) expect(readFileSync(file, 'utf8'), `${id}: ${link}`).toContain(`id="${anchor}"`);
      }
    }
    // Deadlines come from the model: the breach routine's hours, the request routine or organisation.rights.
    const byId = new Map(staffTasks(model, 'sv').map((t) => [t.id, t]));
    const breach = model.routines.find((r) => r.kind === 'breach');
    for (const d of breach?.deadlines ?? []) expect(strip(tasks[0]![2]!)).toContain(formatDeadline(d, 'sv'));
    expect(strip(tasks[1]![2]!)).toContain(formatDeadline({ within: model.organisation.rights.responseDeadline }, 'sv'));
    for (const d of byId.get('email')!.deadlines) expect(strip(tasks[2]![2]!)).toContain(strip(d));
    if (!model.organisation.dpo && !breach?.owner) expect(strip(tasks[0]![2]!)).not.toContain('dataskyddsombud');
  });
});
