/**
 * The built lättläst pages of the bundled example stand alone: each activity
 * answers the four questions, durations are concrete (from the model, through
 * src/format/), the rights and the complaint to the supervisory authority are
 * there, and no paragraph is said in two sections of one page.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, EXAMPLE } from './built.ts';
import { loadModelOrThrow } from '../../src/model/load.ts';
import { publicView } from '../../src/site-data/public-view.ts';
import { activitiesFor, hasEasyRead, href } from '../../src/site-data/routes.ts';
import { authorityContact } from '../../src/site-data/authority.ts';
import { easyWording } from '../../src/i18n/easy-read/index.ts';
import { formatDuration } from '../../src/format/index.ts';
import { easySections, sharedParagraphs } from '../text-quality/easy-read.ts';

const VAGUE = /\b(en kort tid|ett tag|a short time|a while)\b/i;

describe('built lättläst pages: example', () => {
  let out: string;
  const pm = publicView(loadModelOrThrow(EXAMPLE));
  const subjects = pm.subjects.filter((s) => hasEasyRead(pm, s.id));
  const pages = (['sv', 'en'] as const).flatMap((lang) => subjects.map((s) => ({ lang, s })));
  const read = (urlPath: string) => readFileSync(path.join(out, 'public', urlPath, 'index.html'), 'utf8');
  beforeAll(async () => {
    out = await ensureBuilt('example', EXAMPLE);
  });

  it('has lättläst pages to test', () => {
    expect(subjects.length).toBeGreaterThan(5);
  });

  it.each(pages.map((p) => [p.lang, p.s.id, p] as const))('%s %s: four answers per activity, with concrete durations', (lang, _id, { s }) => {
    const w = easyWording(lang);
    const html = read(href({ kind: 'easy', subject: s.id }, lang));
    const sections = easySections(html);
    // Nowhere on the page a vague time, neither in the generated answers nor in the content's own text.
    expect(sections.flatMap((x) => x.paragraphs).join(' ')).not.toMatch(VAGUE);
    const acts = activitiesFor(pm, s.id);
    expect(sections.filter((x) => x.kind === 'activity').map((x) => x.id)).toEqual(acts.map((a) => a.id));
    for (const a of acts) {
      const section = sections.find((x) => x.id === a.id)!;
      expect([...section.answers.keys()], a.id).toEqual(['what', 'data', 'who', 'howLong']);
      for (const [q, paragraphs] of section.answers) expect(paragraphs.join(' ').length, `${a.id} ${q}`).toBeGreaterThan(10);
      const howLong = section.answers.get('howLong')!.join(' ');
      for (const r of a.retention) if (r.duration) expect(howLong, a.id).toContain(w.keepFor(formatDuration(r.duration, lang)));
      expect(howLong, a.id).not.toMatch(VAGUE);
      expect(section.answers.get('data')!.length, a.id).toBe(1 + a.dataCategories.length + (a.dataCategories.some((c) => c.special || c.criminal) ? 1 : 0));
    }
  });

  it.each(pages.map((p) => [p.lang, p.s.id, p] as const))('%s %s: rights in easy words and how to complain to the authority', (lang, _id, { s }) => {
    const w = easyWording(lang);
    const html = read(href({ kind: 'easy', subject: s.id }, lang));
    const sections = easySections(html);
    const rights = sections.find((x) => x.kind === 'rights')!.paragraphs;
    for (const r of ['access', 'rectification', 'erasure', 'restriction'] as const) expect(rights).toContain(w.rights[r]);
    expect(rights).toContain(w.answerWithin(formatDuration(pm.organisation.rights.responseDeadline, lang)));
    // How to ask: the easy-to-read request page, from the rights section.
    expect(html.slice(html.indexOf('data-easy="rights"'), html.indexOf('data-easy="complaint"'))).toContain(`href="${href({ kind: 'request-easy' }, lang)}"`);
    const authority = authorityContact(pm, lang);
    const complaint = sections.find((x) => x.kind === 'complaint')!;
    expect(complaint.paragraphs.join(' ')).toContain(w.complaintAuthority(authority.name));
    expect(complaint.paragraphs.join(' ')).toContain(authority.phone);
    expect(html).toContain(`href="${authority.website}"`);
  });

  it.each(pages.map((p) => [p.lang, p.s.id, p] as const))('%s %s: no paragraph is shared between two sections', (lang, _id, { s }) => {
    expect(sharedParagraphs(easySections(read(href({ kind: 'easy', subject: s.id }, lang))))).toEqual([]);
  });
});

describe('sharedParagraphs', () => {
  const page = (intro: string, what: string) =>
    `<div data-easy="intro"><p>${intro}</p></div>` +
    `<section data-easy="activity" data-activity="a"><div data-easy-answer="what"><p>${what}</p></div><div data-easy-answer="howLong"><p>Sedan tar vi bort dem.</p></div></section>` +
    `<section data-easy="activity" data-activity="b"><div data-easy-answer="what"><p>Något annat.</p></div><div data-easy-answer="howLong"><p>Sedan tar vi bort dem.</p></div></section>`;
  it('finds the introduction repeated in an activity, and allows the same generated answer to one question', () => {
    expect(sharedParagraphs(easySections(page('Du jobbar här.', 'Du jobbar här.')))).toEqual(['"Du jobbar här." in a, intro']);
    expect(sharedParagraphs(easySections(page('Vi läser det du skickar.', 'Du vill jobba här. Vi läser det du skickar.')))).toEqual([
      '"Vi läser det du skickar." in intro, part of "Du vill jobba här. Vi läser det du skickar." in a',
    ]);
    expect(sharedParagraphs(easySections(page('Du jobbar här.', 'Vi läser.')))).toEqual([]);
  });
});
