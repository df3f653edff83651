/**
 * What happens when a retention period ends. The values differ in law:
 * anonymised data are no longer personal data (recital 26); pseudonymised
 * ("avidentifierade") data still are (Art. 4(5)). Wording: src/format/retention.ts.
 */
export const RETENTION_ACTIONS = ['deleted', 'anonymised', 'pseudonymised', 'archived', 'handed-over'] as const;
export type RetentionAction = (typeof RETENTION_ACTIONS)[number];
