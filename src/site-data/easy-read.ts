/**
 * The easy-to-read (lättläst) page of a group of people, composed as data so
 * the page, the built-site tests and the text-quality check read the same
 * thing. Each activity answers four questions (what and why, which data, who
 * sees them, how long); then the rights in easy words and how to complain.
 * Facts go through src/format/ (durations) and the content; only the glue
 * words come from src/i18n/easy-read/.
 */
import { formatDuration, list, phrase, sentence, sentences } from '../format/index.ts';
import { basesOf } from '../model/purposes.ts';
import { easyWording, type EasyQuestion, type EasyRight } from '../i18n/easy-read/index.ts';
import { authorityContact, type AuthorityContact } from './authority.ts';
import { country } from './legal.ts';
import type { PublicActivity, PublicModel, PublicSubject } from './public-view.ts';
import { activitiesFor } from './routes.ts';
import { pick, t, type Picked } from './text.ts';
import type { Locale } from '../model/schemas/index.ts';

export interface EasyAnswer {
  question: EasyQuestion;
  heading: string;
  /** Paragraphs, each in the language it is written in (content may fall back to Swedish). */
  paragraphs: Picked[];
  list: Picked[];
  /** A paragraph after the list. */
  after?: Picked;
}

export interface EasyActivity {
  id: string;
  name: Picked;
  answers: EasyAnswer[];
}

export interface EasyPage {
  intro: Picked[];
  activities: EasyActivity[];
  rights: { heading: string; intro: string; items: string[]; ask: string; email: string; answer: string };
  complaint: { heading: string; paragraphs: string[]; authority: AuthorityContact; websiteLabel: string; phoneLabel: string };
}

/** Whether `whole` already says `part` (same words, ignoring case and spacing). */
const contains = (whole: string, part: string) => norm(whole).includes(norm(part));
const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

function what(a: PublicActivity, lang: Locale): Picked[] {
  return [pick(a.easyRead ?? a.description, lang)];
}

function data(a: PublicActivity, lang: Locale): Pick<EasyAnswer, 'paragraphs' | 'list' | 'after'> {
  const w = easyWording(lang);
  const sensitive = a.dataCategories.some((c) => c.special || c.criminal);
  return {
    paragraphs: [{ text: w.dataLead, lang }],
    list: a.dataCategories.map((c) => pick(c.name, lang)),
    ...(sensitive ? { after: { text: w.dataSensitive, lang } } : {}),
  };
}

function who(a: PublicActivity, lang: Locale): Pick<EasyAnswer, 'paragraphs' | 'list' | 'after'> {
  const w = easyWording(lang);
  const paragraphs: Picked[] = [];
  if (!a.recipients.length) paragraphs.push({ text: w.whoOnlyUs, lang });
  else paragraphs.push({ text: w.whoRecipients, lang });
  const rest = sentences(a.processors.length ? w.whoProcessors : undefined, a.transfers.length ? w.whoAbroad(list([...new Set(a.transfers.map((tr) => country(tr.country, lang)))], lang)) : undefined);
  return {
    paragraphs,
    list: a.recipients.map((r) => {
      const name = pick(r.name, lang);
      return r.condition ? { text: `${name.text} (${phrase(t(r.condition, lang))})`, lang: name.lang } : name;
    }),
    ...(rest ? { after: { text: rest, lang } } : {}),
  };
}

/**
 * One retention rule in easy words: "Ansökningar …: Vi sparar dem i 2 år. Tiden räknas från …. Sedan tar vi bort dem."
 * Named by its document type, else by its data categories when it covers only some.
 */
export function easyRetention(a: PublicActivity, r: PublicActivity['retention'][number], lang: Locale): Picked {
  const w = easyWording(lang);
  const categories =
    r.dataCategories?.length && r.dataCategories.length < a.dataCategories.length ? a.dataCategories.filter((c) => r.dataCategories!.includes(c.id)).map((c) => pick(c.name, lang)) : [];
  const named = categories.length
    ? {
        text: list(
          categories.map((c) => c.text),
          lang,
        ),
        lang: categories.some((c) => c.lang !== lang) ? ('sv' as const) : lang,
      }
    : undefined;
  const doc = r.documentType ? pick(r.documentType, lang) : named;
  const from = r.from ? phrase(t(r.from, lang)) : undefined;
  const period = r.duration ? w.keepFor(formatDuration(r.duration, lang)) : sentence(t(r.criteria, lang)) || w.keepNoPeriod;
  const then = r.then === 'handed-over' ? (r.handedOverToName ? w.handedOver(t(r.handedOverToName, lang)) : undefined) : w.then[r.then as keyof typeof w.then];
  const text = sentences(period, from && r.duration ? w.countedFrom(from) : undefined, then);
  return { text: doc ? `${phrase(doc.text)}: ${text}` : text, lang: doc?.lang === 'sv' && lang === 'en' ? 'sv' : lang };
}

function howLong(a: PublicActivity, lang: Locale): Pick<EasyAnswer, 'paragraphs' | 'list'> {
  const rules = a.retention.map((r) => easyRetention(a, r, lang));
  // One rule reads as a paragraph, several as a list.
  return rules.length === 1 ? { paragraphs: rules, list: [] } : { paragraphs: [], list: rules };
}

/** Which rights apply to the group: objection only with Art. 6(1)(e)/(f), portability with consent or contract, withdrawal with consent. */
export function easyRights(acts: PublicActivity[]): EasyRight[] {
  const bases = new Set(acts.flatMap((a) => a.purposes.flatMap((p) => basesOf(p).map((b) => b.basis as string))));
  const has = (...codes: string[]) => codes.some((c) => bases.has(c));
  return [
    'access',
    'rectification',
    'erasure',
    'restriction',
    ...(has('6(1)(e)', '6(1)(f)') ? ['objection' as const] : []),
    ...(has('6(1)(a)', '6(1)(b)') ? ['portability' as const] : []),
    ...(has('6(1)(a)') ? ['withdraw-consent' as const] : []),
  ];
}

export function easyReadPage(pm: PublicModel, subject: PublicSubject, lang: Locale): EasyPage {
  const w = easyWording(lang);
  const acts = activitiesFor(pm, subject.id);
  const activities: EasyActivity[] = acts.map((a) => ({
    id: a.id,
    name: pick(a.name, lang),
    answers: (
      [
        ['what', { paragraphs: what(a, lang), list: [] }],
        ['data', data(a, lang)],
        ['who', who(a, lang)],
        ['howLong', howLong(a, lang)],
      ] satisfies [EasyQuestion, Omit<EasyAnswer, 'question' | 'heading'>][]
    ).map(([question, answer]): EasyAnswer => ({ question, heading: w.questions[question], ...answer })),
  }));
  // The introduction says what the sections do not: a paragraph an activity already says (in whole or as part) is left out.
  const said = activities.flatMap((a) => a.answers.flatMap((x) => [...x.paragraphs, ...x.list].map((p) => p.text)));
  const intro = (subject.easyRead ?? []).map((p) => pick(p, lang)).filter((p) => !said.some((s) => contains(s, p.text)));
  const email = pm.dpo?.publicContact?.email ?? pm.parent.email;
  const authority = authorityContact(pm, lang);
  return {
    intro,
    activities,
    rights: {
      heading: w.rightsHeading,
      intro: w.rightsIntro,
      items: easyRights(acts).map((r) => w.rights[r]),
      ask: w.askLead,
      email,
      answer: w.answerWithin(formatDuration(pm.organisation.rights.responseDeadline, lang)),
    },
    complaint: {
      heading: w.complaintHeading,
      paragraphs: [w.complaintFirst, sentences(w.complaintAuthority(authority.name), w.complaintWhat)],
      authority,
      websiteLabel: w.website,
      phoneLabel: w.phone,
    },
  };
}
