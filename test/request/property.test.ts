/**
 * Random valid organisations (any shape, with or without `requests`, with or
 * without a DPO, companies with or without their own channels): the request
 * page's text is complete and reads right in both languages — at least one
 * channel, no empty line, no "undefined", the deadline from the model — and
 * passes the text checks every other output passes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentArb, loadGenerated } from '../support/arbitraries.ts';
import { publicView } from '../../src/site-data/public-view.ts';
import { requestView, easyDeadline } from '../../src/site-data/request.ts';
import { formatDuration } from '../../src/format/index.ts';
import { requestText } from '../../src/i18n/request/index.ts';
import { blocksDoc } from '../text-quality/extract.ts';
import { checkDoc, format } from '../text-quality/checks.ts';
import { entryIds } from '../text-quality/outputs.ts';
import { TIMEOUT } from '../support/timeouts.ts';

describe('request page of any organisation, generated', () => {
  it('60 random models: channels, deadline and sentences complete in sv and en', { timeout: TIMEOUT.long }, () => {
    fc.assert(
      fc.property(contentArb({ anyOrganisation: true, minActivities: 0, maxActivities: 4, locales: ['sv', 'en'] }), (content) => {
        const { model, cleanup } = loadGenerated(content);
        try {
          const pm = publicView(model);
          for (const lang of ['sv', 'en'] as const) {
            const v = requestView(pm, lang);
            const r = requestText(lang);
            expect(v.channels.length).toBeGreaterThan(0);
            // The form always says where it can be sent, even when the content names only a phone.
            expect(v.formChannels.length).toBeGreaterThan(0);
            expect(v.formChannels.some((c) => c.kind === 'phone')).toBe(false);
            expect(v.when).toContain(formatDuration(pm.organisation.rights.responseDeadline, lang));
            expect(v.when).toContain(formatDuration(pm.organisation.rights.extension, lang));
            expect(easyDeadline(pm, lang).when).toContain(formatDuration(pm.organisation.rights.responseDeadline, lang));
            // A group of several companies names each one; a single company no "which company" section.
            expect(v.controllers.length).toBe(pm.organisation.structure === 'group' && pm.controllers.length > 1 ? pm.controllers.length : 0);
            const lines = [...v.channels, ...v.controllers.flatMap((c) => c.channels)].flatMap((c) => [c.label, ...c.lines, c.note ?? 'x']);
            for (const line of lines) expect(line.trim(), JSON.stringify(v.channels)).not.toBe('');
            const blocks = [
              { kind: 'h1', text: r.title },
              { kind: 'p', text: r.intro },
              { kind: 'list', items: v.channels.map((c) => `${c.label}: ${c.lines.join(', ')}`) },
              ...v.controllers.map((c) => ({ kind: 'p', text: [c.name, c.responsibleFor].filter(Boolean).join('. ') })),
              { kind: 'p', text: v.safe },
              { kind: 'p', text: v.identity },
              { kind: 'list', items: v.get },
              { kind: 'p', text: v.delivery },
              { kind: 'p', text: v.when },
              { kind: 'p', text: v.free },
            ];
            expect(JSON.stringify(blocks)).not.toMatch(/undefined|null|\[object/);
            expect(checkDoc(blocksDoc(`generated:request.${lang}`, blocks as never, lang), { ids: entryIds(model) }).map(format)).toEqual([]);
          }
        } finally {
          cleanup();
        }
      }),
      { numRuns: 60 },
    );
  });
});
