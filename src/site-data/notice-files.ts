/**
 * Downloadable files of the public notice: where the PDFs live, and whether
 * English is complete enough to publish an English PDF (never silently mixed).
 */
import { latestVersion, type PublicModel } from './public-view.ts';
import { allPages } from './routes.ts';
import { englishIncomplete } from './text.ts';
import type { Locale } from '../model/schemas/index.ts';

export const NOTICE_PDF: Record<Locale, string> = { sv: '/integritetspolicy.pdf', en: '/en/privacy-notice.pdf' };

/** English is complete when no content file the notice shows lacks an English text. */
export function englishComplete(pm: PublicModel, diagnostics: readonly { code: string; file: string }[]): boolean {
  return (
    pm.organisation.locales.includes('en') &&
    !englishIncomplete(
      diagnostics,
      allPages(pm).flatMap((p) => p.files),
    )
  );
}

/** The PDFs that exist for this notice. */
export function noticePdfLangs(pm: PublicModel, diagnostics: readonly { code: string; file: string }[]): Locale[] {
  return englishComplete(pm, diagnostics) ? ['sv', 'en'] : ['sv'];
}

export function noticeDate(pm: PublicModel): string | undefined {
  const v = latestVersion(pm);
  return v ? (v.adoptedByBoard ?? v.approvedDate) : undefined;
}

/** The loader's findings a notice PDF looks at (missing English texts). */
export type LoadDiagnostics = readonly { code: string; file: string }[];
