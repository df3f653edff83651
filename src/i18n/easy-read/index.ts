import sv from './sv.ts';
import en from './en.ts';
import type { Lang } from '../../site-data/text.ts';

export type { EasyQuestion, EasyRight, EasyReadWording } from './types.ts';
export const EASY_READ = { sv, en } as const;
export const easyWording = (lang: Lang) => EASY_READ[lang];
