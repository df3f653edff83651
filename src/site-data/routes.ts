/** Every page of the public notice, its path in each language and the content files it shows. */
import type { PublicModel, PublicActivity } from './public-view.ts';
import type { Locale } from '../model/schemas/index.ts';

export type PageKind = 'start' | 'group' | 'easy' | 'rights' | 'request' | 'request-easy' | 'cookies' | 'contact' | 'controllers' | 'changes' | 'search' | 'accessibility';

export interface PageRef {
  kind: PageKind;
  subject?: string;
}

const SLUGS: Record<Exclude<PageKind, 'start' | 'group' | 'easy' | 'request-easy'>, Record<Locale, string>> = {
  rights: { sv: 'rattigheter', en: 'rights' },
  request: { sv: 'begar-ut-dina-uppgifter', en: 'request-your-data' },
  cookies: { sv: 'webbplatsen-och-kakor', en: 'website-and-cookies' },
  contact: { sv: 'kontakt', en: 'contact' },
  controllers: { sv: 'personuppgiftsansvar', en: 'controllers' },
  changes: { sv: 'andringar', en: 'changes' },
  search: { sv: 'sok', en: 'search' },
  accessibility: { sv: 'tillganglighet', en: 'accessibility' },
};

/** URL path of a page, with leading and trailing slash. */
export function href(page: PageRef, lang: Locale): string {
  const prefix = lang === 'en' ? '/en/' : '/';
  switch (page.kind) {
    case 'start':
      return prefix;
    case 'group':
      return `${prefix}${lang === 'en' ? 'people' : 'personer'}/${page.subject}/`;
    case 'easy':
      return `${prefix}${lang === 'en' ? 'people' : 'personer'}/${page.subject}/${lang === 'en' ? 'easy-read' : 'lattlast'}/`;
    case 'request-easy':
      return `${prefix}${SLUGS.request[lang]}/${lang === 'en' ? 'easy-read' : 'lattlast'}/`;
    default:
      return `${prefix}${SLUGS[page.kind][lang]}/`;
  }
}

/** The website activities (cookies page): those that list the cookies they set. */
export function websiteActivities(pm: PublicModel): PublicActivity[] {
  return pm.activities.filter((a) => a.cookies !== undefined);
}

export const activitiesFor = (pm: PublicModel, subject: string) => pm.activities.filter((a) => a.subjects.includes(subject));

/** A lättläst page exists when the group or one of its activities has easy-read text. */
export const hasEasyRead = (pm: PublicModel, subject: string) => !!pm.subjects.find((s) => s.id === subject)?.easyRead?.length || activitiesFor(pm, subject).some((a) => a.easyRead);

const pagesOf = new WeakMap<PublicModel, readonly { page: PageRef; files: string[] }[]>();

/** Every page to build, and which content files feed it (for the English-completeness notice); once per public view (every page's menu asks). */
export function allPages(pm: PublicModel): readonly { page: PageRef; files: string[] }[] {
  let pages = pagesOf.get(pm);
  if (!pages) pagesOf.set(pm, (pages = listPages(pm)));
  return pages;
}

function listPages(pm: PublicModel): { page: PageRef; files: string[] }[] {
  const base = [pm.organisation.file, pm.parent.file, ...(pm.dpo ? [pm.dpo.file] : [])];
  const actFiles = (acts: PublicActivity[]) =>
    acts.flatMap((a) => [a.file, ...a.dataCategories.map((c) => c.file), ...a.recipients.map((r) => r.file), ...a.transfers.map((t) => t.file), ...a.processors.map((p) => p.file)]);
  const lawFiles = pm.laws.map((l) => l.file);
  const pages: { page: PageRef; files: string[] }[] = [{ page: { kind: 'start' }, files: [...base, ...pm.subjects.map((s) => s.file), ...pm.controllers.map((c) => c.file)] }];
  for (const s of pm.subjects) {
    pages.push({ page: { kind: 'group', subject: s.id }, files: [...base, s.file, ...actFiles(activitiesFor(pm, s.id)), ...lawFiles] });
    if (hasEasyRead(pm, s.id)) pages.push({ page: { kind: 'easy', subject: s.id }, files: [...base, s.file, ...activitiesFor(pm, s.id).map((a) => a.file)] });
  }
  pages.push({ page: { kind: 'rights' }, files: base });
  // Asking for one's data: channels of the organisation and of each company, the groups and companies on the form.
  const requestFiles = [...base, ...pm.controllers.map((c) => c.file), ...pm.subjects.map((s) => s.file), ...pm.activities.map((a) => a.file)];
  pages.push({ page: { kind: 'request' }, files: requestFiles }, { page: { kind: 'request-easy' }, files: requestFiles });
  // The website page only when there is a website activity; "who is responsible" only for several controllers.
  if (websiteActivities(pm).length) pages.push({ page: { kind: 'cookies' }, files: [...base, ...actFiles(websiteActivities(pm)), ...lawFiles] });
  pages.push({ page: { kind: 'contact' }, files: [...base, ...pm.controllers.map((c) => c.file)] });
  if (pm.controllers.length > 1) pages.push({ page: { kind: 'controllers' }, files: [...base, ...pm.controllers.map((c) => c.file), ...pm.activities.map((a) => a.file)] });
  pages.push({ page: { kind: 'changes' }, files: [...base, ...pm.policyVersions.map((v) => v.file)] }, { page: { kind: 'search' }, files: base });
  if (pm.organisation.accessibility) pages.push({ page: { kind: 'accessibility' }, files: base });
  return pages;
}

/** The main menu: every built page that is not a group page. */
export const menuPages = (pm: PublicModel): PageRef[] =>
  allPages(pm)
    .map((p) => p.page)
    .filter((p) => p.kind !== 'group' && p.kind !== 'easy' && p.kind !== 'request-easy' && p.kind !== 'accessibility');
