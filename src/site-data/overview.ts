/**
 * The compact table many Swedish notices open a group's page with: one row
 * per activity — data | purpose | legal basis | retention. The web page and
 * the notice PDF draw the same rows.
 */
import type { PublicActivity, PublicModel } from './public-view.ts';
import { basis, duration } from './legal.ts';
import { t } from './text.ts';
import { basesOf } from '../model/purposes.ts';
import type { Locale } from '../model/schemas/index.ts';

export interface OverviewRow {
  id: string;
  name: string;
  data: string;
  purpose: string;
  basis: string;
  retention: string;
}

const strip = (s: string) => s.trim().replace(/[.]$/, '');

export function overviewRows(_pm: PublicModel, acts: readonly PublicActivity[], lang: Locale): OverviewRow[] {
  return acts.map((a) => {
    const bases = [...new Set(a.purposes.flatMap((p) => basesOf(p).map((b) => b.basis)))];
    const retention = a.retention.map((r) => {
      const how = r.duration ? duration(r.duration, lang) : strip(t(r.criteria, lang));
      return r.documentType ? `${t(r.documentType, lang)}: ${how}` : how;
    });
    return {
      id: a.id,
      name: t(a.name, lang),
      data: a.dataCategories.map((c) => t(c.name, lang)).join(', '),
      purpose: a.purposes.map((p) => strip(t(p.description, lang))).join('; '),
      basis: bases.map((b) => basis(b).label[lang]).join(', '),
      retention: retention.join('; '),
    };
  });
}
