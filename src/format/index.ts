/**
 * One formatter per concept, used by every output (HTML pages, notice,
 * policy, register and extract PDFs, CSV/XLSX, changelog). Wording lives in
 * ./wording/{sv,en}.ts; see docs/formatters.md.
 */
export { formatDate } from './date.ts';
export { addressLines, formatAddress, mailHref, phoneHref, webHref, withHours } from './contact.ts';
export { formatDeadline } from './deadline.ts';
export { formatDuration, formatInterval } from './duration.ts';
export { citeLaw, citeLaws, type LawLike } from './law.ts';
export { art9Condition, legalBasis, legalBases } from './legal-basis.ts';
export { count, list } from './list.ts';
export { recipientInSentence, recipientLine } from './recipient.ts';
export { retentionAction, retentionActionShort, retentionPeriodShort, retentionSentence, retentionShort, type RetentionContext } from './retention.ts';
export { safeguard } from './safeguard.ts';
export { phrase, sentence, sentences } from './text.ts';
export { webAddress } from './web-address.ts';
export { WORDING } from './wording/index.ts';
