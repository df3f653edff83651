import type { Locale } from '../../model/schemas/index.ts';
import sv from './sv.ts';
import en from './en.ts';

/** Identity strings (footer, open data, accessibility statement, cookie consent) per locale. */
export const identityUi = (lang: Locale) => ({ sv, en })[lang];
