import type { Model } from '../../model/model.ts';
import type { Retention } from '../../model/schemas/index.ts';
import { sectionKey } from '../law/citations.ts';

/** The retention limits of the law section a retention rule cites, with "LSS 23 c §" for messages. */
export function lawSectionLimits(model: Model, citation: Retention['law']) {
  if (!citation?.section) return undefined;
  const law = model.byId.laws.get(citation.law);
  const section = law?.sections.find((s) => sectionKey(s.section) === sectionKey(citation.section!));
  const limits = section?.retention;
  if (!law || !section || !limits || (!limits.min && !limits.max)) return undefined;
  return { limits, where: `${law.shortName ?? law.id} ${section.section}` };
}
