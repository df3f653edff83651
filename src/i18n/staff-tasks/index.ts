import sv from './sv.ts';
import en from './en.ts';
import type { Locale } from '../../model/schemas/index.ts';

export type { StaffTaskId } from './types.ts';
export const STAFF_TASKS = { sv, en } as const;
export const staffTaskWording = (lang: Locale) => STAFF_TASKS[lang];
