/**
 * Legal bases (Art. 6(1)), special-category conditions (Art. 9(2)) and the
 * Art. 10 basis, worded the same in every output: "Rättslig förpliktelse
 * (artikel 6.1 c i dataskyddsförordningen)" / "Legal obligation (Article
 * 6(1)(c) GDPR)". Several bases of one purpose are listed with Intl.ListFormat.
 */
import { LEGAL_BASES, type LegalBasisCode } from '../model/vocabulary/legal-bases.ts';
import { ART9_CONDITIONS, type Art9Code } from '../model/vocabulary/special-conditions.ts';
import { list } from './list.ts';
import { WORDING } from './wording/index.ts';
import type { Locale } from '../model/schemas/index.ts';

/** "6(1)(c)" → "artikel 6.1 c" / "Article 6(1)(c)"; `withLaw` adds the regulation's name. */
export function gdprArticle(code: string, lang: Locale, withLaw = true): string {
  const m = /^(\d+)(?:\((\d+)\))?(?:\(([a-z])\))?$/.exec(code);
  const w = WORDING[lang];
  if (!m) return code;
  return `${w.article(Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3])}${withLaw ? w.gdpr : ''}`;
}

export interface BasisText {
  /** "Rättslig förpliktelse" */
  label: string;
  /** "artikel 6.1 c i dataskyddsförordningen" */
  article: string;
  /** What it means for the reader, one sentence. */
  plain: string;
  /** "Rättslig förpliktelse (artikel 6.1 c i dataskyddsförordningen)" */
  full: string;
}

export function legalBasis(code: string, lang: Locale): BasisText {
  const b = LEGAL_BASES[code as LegalBasisCode];
  if (!b) return { label: code, article: code, plain: '', full: code };
  const article = gdprArticle(code, lang);
  return { label: b.label[lang], article, plain: b.plain[lang], full: `${b.label[lang]} (${article})` };
}

/** One purpose resting on one or several bases: "Avtal (…) och rättslig förpliktelse (…)". */
export function legalBases(codes: readonly string[], lang: Locale): string {
  return list(
    codes.map((c, i) => (i === 0 ? legalBasis(c, lang).full : lowerFirstLabel(legalBasis(c, lang).full))),
    lang,
  );
}

const lowerFirstLabel = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** "Hälso- och sjukvård, social omsorg … (artikel 9.2 h i dataskyddsförordningen)". */
export function art9Condition(code: string, lang: Locale): { label: string; article: string; full: string } {
  const c = ART9_CONDITIONS[code as Art9Code];
  const article = gdprArticle(code, lang);
  if (!c) return { label: code, article, full: code };
  return { label: c.label[lang], article, full: `${c.label[lang]} (${article})` };
}
