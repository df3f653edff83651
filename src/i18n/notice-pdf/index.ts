import sv from './sv.ts';
import en from './en.ts';
import type { Locale } from '../../model/schemas/index.ts';

/** Words of the notice PDF (contents, the part with every activity, page references), per locale. */
export const NOTICE_PDF_TEXT = { sv, en } as const;
export const noticePdfText = (lang: Locale) => NOTICE_PDF_TEXT[lang];
