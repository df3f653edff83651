/**
 * The sentences of the changelog, per language: what a board member reads.
 * Every change is said with names and values in words, never ids.
 */
import type { Locale } from '../model/schemas/index.ts';
import { list as listOf, WORDING } from '../format/index.ts';

/** Retention actions as the verb after "och … sedan": the formatters' table-cell words, lower-cased. */
const thenWords = (locale: Locale) => Object.fromEntries(Object.entries(WORDING[locale].retention.thenShort).map(([k, v]) => [k, v.toLowerCase()]));

type Words = {
  list: (items: string[]) => string;
  instead: (now: string, before: string) => string;
  formerly: (now: string, before: string) => string;
  activityAdded: string;
  activityRemoved: string;
  renamed: (now: string, before: string) => string;
  controllers: string;
  specialCondition: string;
  purposeAdded: (d: string) => string;
  purposeRemoved: (d: string) => string;
  purposeDescribed: (now: string, before: string) => string;
  legalBasis: (purpose: string, now: string, before: string) => string;
  law: (purpose: string, now: string, before: string) => string;
  linkAdded: Record<'subject' | 'data-category' | 'recipient' | 'processor' | 'transfer', string>;
  linkRemoved: Record<'subject' | 'data-category' | 'recipient' | 'processor' | 'transfer', string>;
  kept: (period: string, from: string, law: string | undefined, then: string) => string;
  then: Record<string, string>;
  keptInstead: (name: string, now: string, before: string) => string;
  retentionAdded: (name: string, sentence: string) => string;
  retentionRemoved: (name: string) => string;
  retentionNameFallback: (from: string) => string;
  itemAdded: Record<'data-category' | 'subject' | 'recipient' | 'processor', string>;
  itemRemoved: Record<'data-category' | 'subject' | 'recipient' | 'processor', string>;
  fieldNow: (name: string, field: string, now: string, before: string) => string;
  none: string;
  yes: string;
  no: string;
  noChanges: string;
  general: string;
  otherPeople: string;
  reason: string;
  firstPublished: string;
  summaryLine: (group: string, count: number, activities: string[]) => string;
  moreGroups: (n: number) => string;
};

/** Lists through Intl.ListFormat (src/format/list.ts). */
const list = (locale: Locale) => (items: string[]) => listOf(items, locale);

export const WORDS: Record<Locale, Words> = {
  sv: {
    list: list('sv'),
    instead: (now, before) => `${now} i stället för ${before}`,
    formerly: (now, before) => `${now} (tidigare: ${before})`,
    activityAdded: 'Ny behandling.',
    activityRemoved: 'Behandlingen upphör.',
    renamed: (now, before) => `Heter nu ”${now}” (tidigare ”${before}”).`,
    controllers: 'Personuppgiftsansvariga',
    specialCondition: 'Undantag för känsliga personuppgifter (art. 9.2)',
    purposeAdded: (d) => `Nytt ändamål: ${d}.`,
    purposeRemoved: (d) => `Ändamålet tas bort: ${d}.`,
    purposeDescribed: (now, before) => `Ändamålet beskrivs nu: ${now} (tidigare: ${before}).`,
    legalBasis: (p, now, before) => `${p}: rättslig grund är nu ${now} i stället för ${before}.`,
    law: (p, now, before) => `${p}: lagstöd är nu ${now} i stället för ${before}.`,
    linkAdded: {
      subject: 'Gäller nu också',
      'data-category': 'Nya uppgifter',
      recipient: 'Lämnas nu också ut till',
      processor: 'Nytt personuppgiftsbiträde',
      transfer: 'Ny överföring till land utanför EU/EES',
    },
    linkRemoved: {
      subject: 'Gäller inte längre',
      'data-category': 'Uppgifter som inte längre behandlas',
      recipient: 'Lämnas inte längre ut till',
      processor: 'Personuppgiftsbiträde som inte längre anlitas',
      transfer: 'Överföringen utanför EU/EES upphör',
    },
    kept: (period, from, law, then) => `sparas ${period} från ${from}${law ? ` (${law})` : ''} och ${then} sedan`,
    then: thenWords('sv'),
    keptInstead: (name, now, before) => `${name}: sparas ${now} i stället för ${before}.`,
    retentionAdded: (name, s) => `Ny gallringsregel: ${name} ${s}.`,
    retentionRemoved: (name) => `Gallringsregeln för ${name.charAt(0).toLowerCase()}${name.slice(1)} tas bort.`,
    retentionNameFallback: (from) => `Uppgifter som räknas från ${from}`,
    itemAdded: { 'data-category': 'Ny kategori av personuppgifter', subject: 'Ny grupp av registrerade', recipient: 'Ny mottagare', processor: 'Nytt personuppgiftsbiträde' },
    itemRemoved: {
      'data-category': 'Kategorin av personuppgifter tas bort',
      subject: 'Gruppen av registrerade tas bort',
      recipient: 'Mottagaren tas bort',
      processor: 'Personuppgiftsbiträdet tas bort',
    },
    fieldNow: (name, field, now, before) => `${name}: ${field} är nu ${now} i stället för ${before}.`,
    none: 'ingen',
    yes: 'ja',
    no: 'nej',
    noChanges: 'Inga ändringar i sak.',
    general: 'Gemensamt för flera behandlingar',
    otherPeople: 'Utan angiven grupp',
    reason: 'Skäl',
    firstPublished: 'Första publicerade versionen.',
    summaryLine: (group, n, acts) => `${group}: ${n === 1 ? '1 ändring' : `${n} ändringar`} (${list('sv')(acts)}).`,
    moreGroups: (n) => `Ändringar för ${n === 1 ? 'ytterligare 1 grupp' : `ytterligare ${n} grupper`}.`,
  },
  en: {
    list: list('en'),
    instead: (now, before) => `${now} instead of ${before}`,
    formerly: (now, before) => `${now} (formerly: ${before})`,
    activityAdded: 'New processing activity.',
    activityRemoved: 'The processing activity ends.',
    renamed: (now, before) => `Now called “${now}” (formerly “${before}”).`,
    controllers: 'Controllers',
    specialCondition: 'Exemption for special categories of data (Art. 9(2))',
    purposeAdded: (d) => `New purpose: ${d}.`,
    purposeRemoved: (d) => `Purpose removed: ${d}.`,
    purposeDescribed: (now, before) => `The purpose is now described as: ${now} (formerly: ${before}).`,
    legalBasis: (p, now, before) => `${p}: the legal basis is now ${now} instead of ${before}.`,
    law: (p, now, before) => `${p}: the statutory basis is now ${now} instead of ${before}.`,
    linkAdded: {
      subject: 'Now also concerns',
      'data-category': 'New data',
      recipient: 'Now also disclosed to',
      processor: 'New processor',
      transfer: 'New transfer to a country outside the EU/EEA',
    },
    linkRemoved: {
      subject: 'No longer concerns',
      'data-category': 'Data no longer processed',
      recipient: 'No longer disclosed to',
      processor: 'Processor no longer used',
      transfer: 'Transfer outside the EU/EEA ends',
    },
    kept: (period, from, law, then) => `kept ${period} from ${from}${law ? ` (${law})` : ''}, then ${then}`,
    then: thenWords('en'),
    keptInstead: (name, now, before) => `${name}: kept ${now} instead of ${before}.`,
    retentionAdded: (name, s) => `New retention rule: ${name} ${s}.`,
    retentionRemoved: (name) => `Retention rule removed: ${name}.`,
    retentionNameFallback: (from) => `Data counted from ${from}`,
    itemAdded: { 'data-category': 'New category of personal data', subject: 'New group of data subjects', recipient: 'New recipient', processor: 'New processor' },
    itemRemoved: { 'data-category': 'Category of personal data removed', subject: 'Group of data subjects removed', recipient: 'Recipient removed', processor: 'Processor removed' },
    fieldNow: (name, field, now, before) => `${name}: ${field} is now ${now} instead of ${before}.`,
    none: 'none',
    yes: 'yes',
    no: 'no',
    noChanges: 'No changes of substance.',
    general: 'Across processing activities',
    otherPeople: 'No group given',
    reason: 'Reason',
    firstPublished: 'First published.',
    summaryLine: (group, n, acts) => `${group}: ${n === 1 ? '1 change' : `${n} changes`} (${list('en')(acts)}).`,
    moreGroups: (n) => `Changes for ${n === 1 ? '1 more group' : `${n} more groups`}.`,
  },
};
