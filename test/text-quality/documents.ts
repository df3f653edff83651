/**
 * Outputs produced straight from a model, without a site build: the notice
 * outline (what the notice PDF draws), the policy sections, the register
 * tables (CSV/XLSX/PDF cells), the changelog and the extracts. Used for
 * every example organisation and for generated models.
 */
import type { Model } from '../../src/model/model.ts';
import { publicView } from '../../src/site-data/public-view.ts';
import { noticeOutline } from '../../generators/notice/outline.ts';
import { policySections, readHandbook } from '../../generators/policy/index.ts';
import { registerTables } from '../../src/record/rows.ts';
import { blocksDoc, markdownDoc, type TextDoc } from './extract.ts';
import { changelogMarkdowns } from './changelog.ts';
import { extractDocs } from './extracts.ts';

export async function modelDocs(model: Model, name: string, options: { pdf?: boolean } = {}): Promise<TextDoc[]> {
  const docs: TextDoc[] = [];
  const pm = publicView(model);
  const handbook = readHandbook(model.handbook);
  for (const lang of model.locales) {
    const notice = noticeOutline(pm, lang);
    docs.push(blocksDoc(`${name}:notice.${lang} (blocks)`, [...notice.cover, ...notice.chapters.flatMap((c) => c.blocks)], lang));
    docs.push(
      blocksDoc(
        `${name}:policy.${lang} (blocks)`,
        policySections(model, lang, handbook).flatMap((s) => [{ kind: 'h1', text: s.title }, ...s.blocks]),
        lang,
      ),
    );
    for (const t of registerTables(model, lang)) {
      docs.push(
        blocksDoc(
          `${name}:register.${lang} "${t.sheetName}"`,
          [{ kind: 'table', columns: t.columns.map((c) => c.label), rows: t.rows.map((r) => Object.values(r.cells).map((cell) => (cell as string[]).join('\n'))) }],
          lang,
        ),
      );
    }
  }
  for (const { label, markdown, lang } of changelogMarkdowns(model)) docs.push(markdownDoc(`${name}:${label}`, markdown, lang));
  docs.push(...(await extractDocs(model, name, options)));
  return docs;
}
