/** Every command that judges dates says which day it judged them by, and how to change it. */
export function todayLine(today: string, given: boolean): string {
  return given ? `Datum för reglerna / date the rules use: ${today} (--today)\n` : `Datum för reglerna / date the rules use: ${today} (dagens datum; ändra med --today / today; change with --today)\n`;
}
