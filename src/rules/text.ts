/** Small helpers for reading localised content text in rule messages. */
import type { LocalizedText } from '../model/schemas/index.ts';
import type { Model, ResolvedActivity } from '../model/model.ts';

export const textSv = (t: LocalizedText | undefined): string => (t === undefined ? '' : typeof t === 'string' ? t : t.sv);
export const textEn = (t: LocalizedText | undefined): string => (t === undefined ? '' : typeof t === 'string' ? t : (t.en ?? t.sv));

/** Both language versions of a text, English falling back to Swedish. */
export const both = (t: LocalizedText | undefined) => ({ sv: textSv(t), en: textEn(t) });

/**
 * Activities the public notice presents: public activities with at least one
 * public subject (the notice is organised per subject, so an activity whose
 * subjects are all internal never reaches a public page).
 */
export function noticeActivities(model: Model): ResolvedActivity[] {
  return model.activities.filter((a) => a.visibility === 'public' && a.refs.subjects.some((s) => s.visibility === 'public'));
}

/** "LSS (1993:387)", or just the short name / id when the law has no SFS number (an EU act). */
export function lawLabel(law: { id: string; shortName?: string; sfs?: string; celex?: string }): string {
  const name = law.shortName ?? law.id;
  const number = law.sfs ?? law.celex;
  return number ? `${name} (${number})` : name;
}
