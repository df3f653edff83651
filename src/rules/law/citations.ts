/** Every law citation of an activity, with its field path, so law rules walk them the same way. */
import type { ResolvedActivity } from '../../model/model.ts';

export interface Citation {
  law: string;
  section?: string;
  path: (string | number)[];
}

export function citations(a: ResolvedActivity): Citation[] {
  const out: Citation[] = [];
  a.purposes.forEach((p, i) => p.law.forEach((c, j) => out.push({ ...c, path: ['purposes', i, 'law', j] })));
  a.specialCondition?.law.forEach((c, j) => out.push({ ...c, path: ['specialCondition', 'law', j] }));
  if (a.criminalDataBasis) out.push({ ...a.criminalDataBasis, path: ['criminalDataBasis'] });
  a.retention.forEach((r, i) => r.law && out.push({ ...r.law, path: ['retention', i, 'law'] }));
  return out;
}

/** Section labels compare without case or spacing: "23 c §" = "23c§". */
export const sectionKey = (s: string) => s.toLocaleLowerCase('sv').replace(/\s+/g, '');
