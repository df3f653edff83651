/**
 * Governance findings about the calendar (the board's adoption is due or
 * overdue, an activity's review is due), not about what the content says.
 * They stay visible to the DPO (check, the handbook) but never stop the public
 * notice from building, which is valid without them; `build --strict` makes them block.
 * The policy cycle commands do not block on them either: drafting and adopting is what resolves them.
 */
export const CALENDAR_REMINDERS: ReadonlySet<string> = new Set(['governance/adoption-overdue', 'governance/adoption-due', 'governance/activity-review']);

export const isCalendarReminder = (d: { rule?: string }) => !!d.rule && CALENDAR_REMINDERS.has(d.rule);
