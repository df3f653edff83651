/** Process exit codes shared by every command, so scripts and CI can rely on them. */
export const EXIT_OK = 0;
/** Content has errors (or, with --strict, unacknowledged warnings). */
export const EXIT_FINDINGS = 1;
/** The command was called wrongly: unknown option, bad value. */
export const EXIT_USAGE = 2;
/** A bug in the tool itself, never a content mistake. */
export const EXIT_INTERNAL = 3;
