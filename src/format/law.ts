/**
 * Law citations, in two styles chosen per context (docs/formatters.md):
 *
 * - `prose` — running text read by the public (notice, extract) and the
 *   board (policy): section first, then the law's full name in its definite
 *   form with its SFS number, then its short name: "23 c § lagen (1993:387)
 *   om stöd och service till vissa funktionshindrade (LSS)"; English
 *   "Section 23 c of the Act (1993:387) concerning … (LSS)".
 * - `short` — tables and lists read by staff (register, retention plan,
 *   CSV/XLSX, changelog, internal pages): section first, then the short name
 *   when the law has one, else the definite name with its SFS number:
 *   "23 c § LSS", "6 kap. 3 § diskrimineringslagen (2008:567)".
 *
 * The SFS number is printed exactly once, whether or not the title carries it.
 */
import type { LocalizedText } from '../model/schemas/shared.ts';
import { list } from './list.ts';
import { localized } from './text.ts';
import { WORDING } from './wording/index.ts';
import type { Locale } from '../model/schemas/index.ts';

export type CitationStyle = 'prose' | 'short';

export interface LawLike {
  title: LocalizedText;
  shortName?: string;
  sfs: string;
}

export interface Citation {
  law: string;
  section?: string;
}

const isEu = (sfs: string) => sfs.startsWith('(EU)');

/** "Lag (1993:387) om …" → "lagen (1993:387) om …"; names that are not a "…lag/förordning/balk" stay as written. */
function definiteSv(title: string, sfs: string): string {
  if (isEu(sfs)) return title;
  const m = /^([^()]*?)([Ll]ag|[Ff]örordning|[Bb]alk)(en)?(?=\s*\(|\s+om\b|\s*$)/.exec(title);
  // A head with capitals inside ("Europaparlamentets och rådets …") is a proper name: keep it.
  if (!m || /[A-ZÅÄÖ]/.test(m[1]!.slice(1))) return title;
  const definite = `${m[1]}${m[2]}en${title.slice(m[0].length)}`;
  return definite.charAt(0).toLowerCase() + definite.slice(1);
}

/** A short name that is an ordinary Swedish word ("Sjuklönelagen") is lower-cased in running text; acronyms (LSS, SoL) are kept. */
function shortNameSv(name: string): string {
  return /^[A-ZÅÄÖ][a-zåäö-]+(lagen|förordningen|balken)$/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

function definiteEn(title: string): string {
  return /^(the|regulation|directive)\b/i.test(title) ? title.replace(/^The\b/, 'the') : `the ${title}`;
}

/** The law's name with its number: "lagen (1993:387) om …", "socialtjänstlagen (2025:400)". */
export function lawName(law: LawLike, lang: Locale): string {
  const title = localized(law.title, lang);
  const named = lang === 'sv' ? definiteSv(title, law.sfs) : definiteEn(title);
  if (named.includes(law.sfs)) return named;
  if (isEu(law.sfs)) return `${named} ${law.sfs}`;
  // "lagen om stöd …" → "lagen (1993:387) om stöd …", as statutes are cited; else the number after the name.
  const m = /^(\S+) (om|med|angående|concerning|on)\b/.exec(named);
  return m ? `${m[1]} (${law.sfs})${named.slice(m[1]!.length)}` : `${named} (${law.sfs})`;
}

/** "23 c §" → "Section 23 c", "3 kap. 5 §" → "Chapter 3, Section 5", "art. 33" → "Article 33"; Swedish as written except "art." → "artikel". */
export function sectionText(section: string, lang: Locale): string {
  // No-break spaces: "23 c §" and "3 kap. 5 §" never split across lines, in a PDF column or on a page.
  return sectionWords(section, lang).replace(/ /g, '\u00a0');
}

function sectionWords(section: string, lang: Locale): string {
  const s = section.trim().replace(/\s+/g, ' ');
  const art = /^art(?:ikel|icle|\.)?\s*(\d.*)$/i.exec(s);
  if (art) return lang === 'sv' ? `artikel ${art[1]}` : `Article ${art[1]}`;
  if (lang === 'sv') return s;
  const m = /^(?:(\d+)\s*kap\.\s*)?(?:(\d+(?:\s?[a-z])?)\s*§)?$/.exec(s);
  if (!m || (!m[1] && !m[2])) return s;
  return [m[1] ? `Chapter ${m[1]}` : '', m[2] ? `Section ${m[2]}` : ''].filter(Boolean).join(', ');
}

/** One citation in the chosen style; an unknown law falls back to its section (never the id). */
export function citeLaw(law: LawLike | undefined, c: Citation, lang: Locale, style: CitationStyle): string {
  const section = c.section ? sectionText(c.section, lang) : undefined;
  if (!law) return section ?? '';
  const short = law.shortName && lang === 'sv' ? shortNameSv(law.shortName) : law.shortName;
  let name = style === 'short' && short ? short : lawName(law, lang);
  if (style === 'prose' && short && !name.includes(short)) {
    // "… (dataskyddsförordningen)" + GDPR → "… (dataskyddsförordningen, GDPR)": one bracket, not two.
    const trailing = /\(([^()]+)\)$/.exec(name);
    name = trailing && !trailing[1]!.includes(law.sfs) ? `${name.slice(0, -1)}, ${short})` : `${name} (${short})`;
  }
  return WORDING[lang].citation(section, name);
}

/**
 * Several citations of one fact: each law once, its sections listed together ("6 § och 7 kap. 2 §
 * bokföringslagen (1999:1078)"), a bare law dropped when a section of it is cited.
 */
export function citeLaws(resolve: (id: string) => LawLike | undefined, cs: readonly Citation[], lang: Locale, style: CitationStyle): string[] {
  const byLaw = new Map<string, string[]>();
  for (const c of cs) {
    const sections = byLaw.get(c.law) ?? [];
    if (c.section && !sections.includes(c.section)) sections.push(c.section);
    byLaw.set(c.law, sections);
  }
  return [...byLaw]
    .map(([law, sections]) => {
      if (sections.length <= 1) return citeLaw(resolve(law), { law, ...(sections[0] ? { section: sections[0] } : {}) }, lang, style);
      // One citation without a section, then the sections in front of it.
      const named = citeLaw(resolve(law), { law }, lang, style);
      const listed = list(
        sections.map((x) => sectionText(x, lang)),
        lang,
      );
      return resolve(law) ? WORDING[lang].citation(listed, named) : listed;
    })
    .filter(Boolean);
}
