/** The policy PDFs the build writes to the handbook's /policy/ folder, listed by its /policy/ page. */
import type { Model } from '../model/model.ts';

/** Swedish, and English when the organisation publishes in English. */
export function policyPdfFiles(model: Model): { lang: 'sv' | 'en'; file: string; label: string }[] {
  const langs: ('sv' | 'en')[] = model.organisation.locales.includes('en') ? ['sv', 'en'] : ['sv'];
  const label = { sv: 'Policyn på svenska (PDF)', en: 'Policyn på engelska – Policy in English (PDF)' } as const;
  return langs.map((lang) => ({ lang, file: `policy.${lang}.pdf`, label: label[lang] }));
}
