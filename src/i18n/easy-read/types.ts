/** Wording of the easy-to-read (lättläst) pages: short sentences, everyday words, one thing per sentence. */
import type { RetentionAction } from '../../model/vocabulary/retention-actions.ts';

export type EasyQuestion = 'what' | 'data' | 'who' | 'howLong';
export type EasyRight = 'access' | 'rectification' | 'erasure' | 'restriction' | 'objection' | 'portability' | 'withdraw-consent';

export interface EasyReadWording {
  /** The questions a reader has about each activity, used as headings. */
  questions: Record<EasyQuestion, string>;
  /** Lead-in before the list of data categories. */
  dataLead: string;
  /** Added when some data are sensitive (Art. 9 / Art. 10). */
  dataSensitive: string;
  /** No one outside the organisation gets the data. */
  whoOnlyUs: string;
  /** Lead-in before the list of recipients. */
  whoRecipients: string;
  /** Processors (IT and other service providers) see the data. */
  whoProcessors: string;
  /** Data go to countries outside the EU/EEA. */
  whoAbroad: (countries: string) => string;
  /** How long: a fixed period. */
  keepFor: (period: string) => string;
  /** When the period starts. */
  countedFrom: (from: string) => string;
  /** No fixed period and no criteria written. */
  keepNoPeriod: string;
  /** What happens afterwards, in easy words. */
  then: Record<Exclude<RetentionAction, 'handed-over'>, string>;
  handedOver: (to: string) => string;
  rightsHeading: string;
  rightsIntro: string;
  rights: Record<EasyRight, string>;
  /** How to use a right: where to write, and the answer time. */
  /** Before the e-mail address to write to. */
  askLead: string;
  answerWithin: (period: string) => string;
  /** Link to the easy-to-read request page. */
  howToAsk: string;
  complaintHeading: string;
  complaintFirst: string;
  complaintAuthority: (name: string) => string;
  complaintWhat: string;
  website: string;
  phone: string;
  fullVersion: string;
  contactUs: string;
}
