/**
 * Random valid models of any organisation (1–4 entities, any legal form,
 * optional DPO, 0–10 activities, purposes on several bases, conditional
 * recipients, criteria-only retention): the notice view and its outline build
 * in both languages without exceptions, every fact is worded, and every
 * generated sentence passes the text checks of issue 12.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentArb, loadGenerated } from '../support/arbitraries.ts';
import { publicView } from '../../src/site-data/public-view.ts';
import { noticeOutline } from '../../generators/notice/outline.ts';
import { overviewRows } from '../../src/site-data/overview.ts';
import { orgWording } from '../../src/site-data/org-wording.ts';
import { activitiesFor } from '../../src/site-data/routes.ts';
import { blocksDoc } from '../text-quality/extract.ts';
import { checkDoc, format } from '../text-quality/checks.ts';
import { entryIds } from '../text-quality/outputs.ts';
import { accessibilityStatement } from '../../src/site-data/accessibility.ts';
import { t } from '../../src/site-data/text.ts';
import { TIMEOUT } from '../support/timeouts.ts';

describe('any organisation, generated', () => {
  it('120 random models: the notice builds in sv and en and reads right', { timeout: TIMEOUT.long }, () => {
    fc.assert(
      fc.property(contentArb({ anyOrganisation: true, minActivities: 0, maxActivities: 10, locales: ['sv', 'en'] }), (content) => {
        const { model, cleanup } = loadGenerated(content);
        try {
          const pm = publicView(model);
          const ids = entryIds(model);
          for (const lang of ['sv', 'en'] as const) {
            const w = orgWording(pm, lang);
            const notice = noticeOutline(pm, lang);
            const blocks = [...notice.cover, ...notice.chapters.flatMap((c) => c.blocks)];
            const findings = checkDoc(blocksDoc(`generated:notice.${lang}`, blocks, lang), { ids });
            expect(findings.map(format)).toEqual([]);
            // The accessibility statement, when the organisation has one, reads right too.
            const a = pm.organisation.accessibility;
            if (a) {
              const st = accessibilityStatement(a, t(pm.organisation.name, lang), lang);
              const texts = [
                st.intro,
                st.conformance,
                ...st.exceptions.map((e) => `${e.text} (${e.reason})`),
                st.contact,
                ...(st.responseTime ? [st.responseTime] : []),
                st.complaint,
                st.complaintLink.label,
                st.assessed,
                st.updated,
              ];
              expect(
                checkDoc(
                  blocksDoc(
                    `generated:accessibility.${lang}`,
                    texts.map((text) => ({ kind: 'p', text })),
                    lang,
                  ),
                  { ids },
                ).map(format),
              ).toEqual([]);
            }
            // The group wording appears only for a group.
            if (pm.organisation.structure === 'single') expect(JSON.stringify(blocks)).not.toMatch(/koncern|the group/i);
            expect(w.responsible.length).toBeGreaterThan(0);
            for (const s of pm.subjects) for (const row of overviewRows(pm, activitiesFor(pm, s.id), lang)) expect(row.basis.length, row.id).toBeGreaterThan(0);
          }
        } finally {
          cleanup();
        }
      }),
      { numRuns: 120 },
    );
  });
});
