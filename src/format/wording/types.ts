import type { RetentionAction } from '../../model/vocabulary/retention-actions.ts';
import type { SAFEGUARDS } from '../../model/schemas/parties.ts';

/** The shape of the formatters' wording: one object per locale, so a missing phrase is a type error. */
export type Unit = 'year' | 'month' | 'week' | 'day' | 'hour';

export interface FormatWording {
  /** Unit names by plural category (Intl.PluralRules: "one" / "other"). */
  units: Record<Unit, { one: string; other: string }>;
  months: readonly string[];
  /** "within 72 hours" */
  within: (period: string) => string;
  /** GDPR article reference: "artikel 6.1 c" / "Article 6(1)(c)". */
  article: (article: number, paragraph?: number, point?: string) => string;
  /** The regulation's name after an article: " i dataskyddsförordningen" / " GDPR". */
  gdpr: string;
  /** A law citation in running text: section + law name. */
  citation: (section: string | undefined, law: string) => string;
  /** The SFS number in brackets after a title lacking it. */
  sfs: (number: string) => string;
  retention: {
    /** The period, the event it runs from and the law: "2 år räknat från den sista anteckningen, enligt …". */
    period: (period: string, from?: string, law?: string) => string;
    /** When no fixed period exists: the criteria (a full sentence), the event and the law. */
    criteria: (criteria: string, from?: string, law?: string) => string;
    /** The action as a whole sentence. */
    then: Record<RetentionAction, string>;
    /** Handed over to a named recipient. */
    handedOverTo: (recipient: string) => string;
    /** The action as a short cell value (tables, CSV, changelog). */
    thenShort: Record<RetentionAction, string>;
    /** "Räknas från …" after criteria in a table cell. */
    countedFrom: (from: string) => string;
    /** A table cell when no fixed period exists. */
    noFixedPeriod: string;
    /** A period cell: "2 år från den sista anteckningen" (tables). */
    periodShort: (period: string, from?: string) => string;
  };
  safeguards: Record<Safeguard, { prose: string; short: string }>;
  /** The recipient gets the data only when the condition holds. */
  recipientCondition: (name: string, condition: string) => string;
  /** Joins a name and its description. */
  described: (name: string, description: string) => string;
  /** Words that start a recipient's name and are common nouns (lower-cased inside a sentence). */
  commonNouns: readonly string[];
}

export type { RetentionAction } from '../../model/vocabulary/retention-actions.ts';
export type Safeguard = (typeof SAFEGUARDS)[number];
