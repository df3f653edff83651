import sv from './sv.ts';
import en from './en.ts';
import type { Lang } from '../../site-data/text.ts';

/** Text of the request page, its easy-read version and the request form, per locale. */
export const REQUEST_TEXT = { sv, en } as const;
export const requestText = (lang: Lang) => REQUEST_TEXT[lang];
