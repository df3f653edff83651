/** View helpers of the internal handbook. */
import type { Model, ResolvedActivity } from '../model/model.ts';
import type { Diagnostic } from '../model/diagnostics.ts';
import { runRules } from '../rules/index.ts';

export const INTERNAL_MENU = [
  { href: '/', label: 'Översikt' },
  { href: '/handbok/', label: 'Policy' },
  { href: '/andringar/', label: 'Ändringar' },
  { href: '/register/', label: 'Registerförteckning' },
  { href: '/bitraden/', label: 'Personuppgiftsbiträden' },
  { href: '/gallringsplan/', label: 'Gallringsplan' },
  { href: '/sakerhet/', label: 'Säkerhetsåtgärder' },
  { href: '/delegeringar/', label: 'Delegeringar' },
  { href: '/rutiner/', label: 'Rutiner' },
  { href: '/ordlista/', label: 'Ordlista' },
  { href: '/avvikelser/', label: 'Godkända avvikelser' },
  { href: '/regler/', label: 'Regler' },
  { href: '/sok/', label: 'Sök' },
] as const;

/** "Today" of the build (set by generators/cli/build.ts), else the newest date in the content. */
export function buildToday(model: Model): string {
  if (process.env.BUILD_TODAY) return process.env.BUILD_TODAY;
  const dates = [...model.activities.map((a) => a.lastReviewed), ...model.policyVersions.map((v) => v.adoptedByBoard ?? v.preparedBy.date)].sort();
  return dates.at(-1) ?? '1970-01-01';
}

let findingsCache: { model: Model; today: string; list: Diagnostic[] } | undefined;
export function findings(model: Model): Diagnostic[] {
  const today = buildToday(model);
  if (findingsCache?.model !== model || findingsCache.today !== today) findingsCache = { model, today, list: runRules(model, { today }) };
  return findingsCache.list;
}
/** The rules' calendar arithmetic (month ends clamp: 31 Jan + 1 month = 28 Feb), so the handbook and `check` agree on due dates. */
import { addMonths } from '../rules/dates.ts';

/** Next board adoption due date: last adoption + interval. */
export function nextAdoptionDue(model: Model): string | undefined {
  const adopted = model.policyVersions
    .map((v) => v.adoptedByBoard)
    .filter((d): d is string => !!d)
    .sort()
    .at(-1);
  return adopted ? addMonths(adopted, model.organisation.governance.boardAdoptionIntervalMonths) : undefined;
}

export const reviewDue = (model: Model, a: ResolvedActivity) => addMonths(a.lastReviewed, model.organisation.governance.activityReviewIntervalMonths);
