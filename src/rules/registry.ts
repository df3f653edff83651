/** Every rule module, in the order the reference lists them. Adding a rule = adding it here. */
import type { Rule } from './types.ts';
import { organisationShape } from './organisation/shape.ts';
import { dpoAppointed } from './organisation/dpo-appointed.ts';
import { controllerContact } from './notice/controller-contact.ts';
import { dpoContact } from './notice/dpo-contact.ts';
import { purposes } from './notice/purposes.ts';
import { legitimateInterest } from './notice/legitimate-interest.ts';
import { transfers } from './notice/transfers.ts';
import { retentionStated } from './notice/retention-stated.ts';
import { complaintAuthority } from './notice/complaint-authority.ts';
import { consentWithdrawal } from './notice/consent-withdrawal.ts';
import { consentCombined } from './notice/consent-combined.ts';
import { linkedSource } from './notice/linked-source.ts';
import { provision } from './notice/provision.ts';
import { thirdPartySource } from './notice/third-party-source.ts';
import { automatedDecisions } from './notice/automated-decisions.ts';
import { art9Condition } from './special/art9-condition.ts';
import { professionalSecrecy } from './special/professional-secrecy.ts';
import { criminalBasis } from './special/criminal-basis.ts';
import { personnummerJustification } from './special/personnummer-justification.ts';
import { basisCitesLaw } from './law/basis-cites-law.ts';
import { sectionListed } from './law/section-listed.ts';
import { controllerRecord } from './record/controller-record.ts';
import { retentionPeriod } from './record/retention-period.ts';
import { securityMeasures } from './record/security-measures.ts';
import { processorRecord } from './record/processor-record.ts';
import { agreement } from './processors/agreement.ts';
import { thirdCountry } from './processors/third-country.ts';
import { categoriesCovered } from './retention/categories-covered.ts';
import { lawBounds } from './retention/law-bounds.ts';
import { adoptionDue } from './governance/adoption-due.ts';
import { adoptionOverdue } from './governance/adoption-overdue.ts';
import { policyDateFuture } from './governance/policy-date-future.ts';
import { dpoNamed } from './governance/dpo-named.ts';
import { delegationIndividual } from './governance/delegation-individual.ts';
import { activityReview } from './governance/activity-review.ts';
import { acknowledgementInvalid } from './governance/acknowledgement-invalid.ts';
import { acknowledgementUnmatched } from './governance/acknowledgement-unmatched.ts';
import { outdatedNames } from './hygiene/outdated-names.ts';
import { unusedEntries } from './hygiene/unused-entries.ts';
import { internalInPublic } from './hygiene/internal-in-public.ts';
import { todoNotes } from './hygiene/todo-notes.ts';
import { purposeOverlap } from './notice/purpose-overlap.ts';
import { rightsBelowGdpr } from './notice/rights-below-gdpr.ts';
import { sourcePerCategory } from './notice/source-per-category.ts';
import { directMarketingObjection } from './notice/direct-marketing-objection.ts';
import { relativesGroup } from './notice/relatives-group.ts';
import { conditionWithoutData } from './special/condition-without-data.ts';
import { staffConsent } from './law/staff-consent.ts';
import { subProcessorTransfer } from './processors/sub-processor-transfer.ts';
import { transferEntry } from './processors/transfer-entry.ts';
import { sccVersion } from './processors/scc-version.ts';
import { adequacy } from './processors/adequacy.ts';
import { criteriaPeriod } from './retention/criteria-period.ts';
import { noticeLix } from './language/notice-lix.ts';
import { easyReadLix } from './language/easy-read-lix.ts';
import { cookiesListed } from './notice/cookies-listed.ts';
import { cookieConsent } from './notice/cookie-consent.ts';
import { cookieControlNamed } from './notice/cookie-control-named.ts';
import { logoAlt } from './organisation/logo-alt.ts';

export const ALL_RULES: readonly Rule[] = [
  organisationShape,
  dpoAppointed,
  logoAlt,
  controllerContact,
  dpoContact,
  purposes,
  purposeOverlap,
  legitimateInterest,
  directMarketingObjection,
  transfers,
  retentionStated,
  complaintAuthority,
  rightsBelowGdpr,
  consentWithdrawal,
  consentCombined,
  cookiesListed,
  cookieConsent,
  cookieControlNamed,
  linkedSource,
  provision,
  thirdPartySource,
  sourcePerCategory,
  relativesGroup,
  automatedDecisions,
  art9Condition,
  conditionWithoutData,
  professionalSecrecy,
  criminalBasis,
  personnummerJustification,
  basisCitesLaw,
  staffConsent,
  sectionListed,
  controllerRecord,
  retentionPeriod,
  securityMeasures,
  processorRecord,
  agreement,
  thirdCountry,
  subProcessorTransfer,
  transferEntry,
  sccVersion,
  adequacy,
  categoriesCovered,
  lawBounds,
  criteriaPeriod,
  adoptionDue,
  adoptionOverdue,
  policyDateFuture,
  dpoNamed,
  delegationIndividual,
  activityReview,
  acknowledgementInvalid,
  acknowledgementUnmatched,
  outdatedNames,
  unusedEntries,
  internalInPublic,
  todoNotes,
  noticeLix,
  easyReadLix,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(ALL_RULES.map((r) => [r.id, r]));
