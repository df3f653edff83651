/**
 * One formatter per concept, used by every output (HTML pages, notice,
 * policy, register and extract PDFs, CSV/XLSX, changelog). Wording lives in
 * ./wording/{sv,en}.ts; see docs/formatters.md.
 */
export { formatDate } from './date.ts';
export { addressLines, formatAddress, mailHref, phoneHref, webHref, withHours, type AddressLike } from './contact.ts';
export { deadlineLength, formatDeadline, type DeadlineLike } from './deadline.ts';
export { formatDuration, formatHours, formatInterval } from './duration.ts';
export { citeLaw, citeLaws, lawName, sectionText, type CitationStyle, type LawLike, type Citation } from './law.ts';
export { art9Condition, gdprArticle, legalBasis, legalBases, type BasisText } from './legal-basis.ts';
export { count, list } from './list.ts';
export { recipientInSentence, recipientLine, type RecipientLike } from './recipient.ts';
export { retentionAction, retentionActionShort, retentionPeriodShort, retentionSentence, retentionShort, type RetentionContext, type RetentionLike } from './retention.ts';
export { safeguard, safeguardInSentence } from './safeguard.ts';
export { localized, phrase, sentence, sentences } from './text.ts';
export { webAddress } from './web-address.ts';
export { WORDING, RETENTION_ACTIONS } from './wording/index.ts';
