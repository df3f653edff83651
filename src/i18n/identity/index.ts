import sv from './sv.ts';
import en from './en.ts';
import type { Lang } from '../../site-data/text.ts';

/** Identity strings (footer, open data, accessibility statement, cookie consent) per locale. */
export const identityUi = (lang: Lang) => ({ sv, en })[lang];
