import sv from './sv.ts';
import en from './en.ts';
import type { Locale } from '../../model/schemas/index.ts';

/** Text of the request page, its easy-read version and the request form, per locale. */
export const REQUEST_TEXT = { sv, en } as const;
export const requestText = (lang: Locale) => REQUEST_TEXT[lang];
