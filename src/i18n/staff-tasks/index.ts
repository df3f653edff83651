import sv from './sv.ts';
import en from './en.ts';
import type { Lang } from '../../site-data/text.ts';

export type { StaffTaskId, StaffTaskWording } from './types.ts';
export const STAFF_TASKS = { sv, en } as const;
export const staffTaskWording = (lang: Lang) => STAFF_TASKS[lang];
