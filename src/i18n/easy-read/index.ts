import sv from './sv.ts';
import en from './en.ts';
import type { Locale } from '../../model/schemas/index.ts';

export type { EasyQuestion, EasyRight } from './types.ts';
export const EASY_READ = { sv, en } as const;
export const easyWording = (lang: Locale) => EASY_READ[lang];
