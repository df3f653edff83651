/**
 * The default mapping of the content model to W3C DPV 2.3 terms, used by
 * privacy.jsonld (src/site-data/machine.ts). One table per part of the
 * model; docs/machine-readable.md explains each choice.
 *
 * Data categories, groups of people, recipients and purposes are written by
 * each organisation, so their mapping is a judgement: an entry's own `dpv`
 * field wins over these tables (e.g. `dpv: pd:HealthRecord`). Legal bases,
 * Art. 9 conditions, rights and transfer safeguards are fixed by the law and
 * mapped here only.
 */
import type { LegalBasisCode } from './legal-bases.ts';
import { LEGAL_BASES } from './legal-bases.ts';
import type { Art9Code, SpecialCategoryKind } from './special-conditions.ts';
import { ART9_CONDITIONS } from './special-conditions.ts';
import type { RightCode } from './rights.ts';

/** Data categories by their id (the file name), for ids organisations commonly use. */
export const DATA_CATEGORY_BY_ID: Readonly<Record<string, string>> = {
  name: 'pd:Name',
  names: 'pd:Name',
  email: 'pd:EmailAddress',
  'e-mail': 'pd:EmailAddress',
  'email-address': 'pd:EmailAddress',
  phone: 'pd:TelephoneNumber',
  telephone: 'pd:TelephoneNumber',
  'phone-number': 'pd:TelephoneNumber',
  address: 'pd:PhysicalAddress',
  'postal-address': 'pd:PhysicalAddress',
  'home-address': 'pd:PhysicalAddress',
  'contact-details': 'pd:Contact',
  contact: 'pd:Contact',
  personnummer: 'pd:OfficialID',
  samordningsnummer: 'pd:OfficialID',
  'personal-identity-number': 'pd:OfficialID',
  'birth-date': 'pd:BirthDate',
  'date-of-birth': 'pd:BirthDate',
  age: 'pd:Age',
  gender: 'pd:Gender',
  language: 'pd:Language',
  nationality: 'pd:Nationality',
  citizenship: 'pd:Citizenship',
  photo: 'pd:Picture',
  photos: 'pd:Picture',
  picture: 'pd:Picture',
  image: 'pd:Picture',
  username: 'pd:Username',
  password: 'pd:Password',
  'ip-address': 'pd:IPAddress',
  'cookie-id': 'pd:Identifier',
  'cookie-identifier': 'pd:Identifier',
  'device-browser': 'pd:DeviceBased',
  device: 'pd:DeviceBased',
  'user-agent': 'pd:UserAgent',
  'web-logs': 'pd:BrowsingBehaviour',
  'browsing-history': 'pd:BrowserHistory',
  'traffic-location-data': 'pd:CommunicationsMetadata',
  'traffic-data': 'pd:CommunicationsMetadata',
  location: 'pd:Location',
  'message-content': 'pd:Communication',
  messages: 'pd:Communication',
  correspondence: 'pd:Communication',
  'email-content': 'pd:EmailContent',
  health: 'pd:Health',
  'health-data': 'pd:Health',
  'patient-record': 'pd:HealthRecord',
  'patient-records': 'pd:HealthRecord',
  'medical-records': 'pd:HealthRecord',
  'sick-leave': 'pd:Health',
  disability: 'pd:Disability',
  prescription: 'pd:Prescription',
  medication: 'pd:Prescription',
  education: 'pd:Education',
  'work-experience': 'pd:WorkExperience',
  references: 'pd:Reference',
  'interview-notes': 'pd:ProfessionalInterview',
  'employment-details': 'pd:CurrentEmployment',
  employment: 'pd:CurrentEmployment',
  'position-employer': 'pd:Job',
  'job-title': 'pd:Job',
  position: 'pd:Job',
  salary: 'pd:Salary',
  'salary-payment': 'pd:Salary',
  'bank-account': 'pd:BankAccount',
  tax: 'pd:Tax',
  insurance: 'pd:Insurance',
  'criminal-record-extract': 'pd:CriminalConviction',
  'criminal-record': 'pd:CriminalConviction',
  interests: 'pd:Interest',
  'family-relations': 'pd:FamilyStructure',
  family: 'pd:Family',
  relatives: 'pd:Family',
  'next-of-kin': 'pd:Family',
  membership: 'pd:GroupMembership',
  // The same, as Swedish ids (file names written without å, ä, ö).
  namn: 'pd:Name',
  'namn-kontakt': 'pd:Contact',
  kontaktuppgifter: 'pd:Contact',
  'e-post': 'pd:EmailAddress',
  epost: 'pd:EmailAddress',
  telefon: 'pd:TelephoneNumber',
  telefonnummer: 'pd:TelephoneNumber',
  adress: 'pd:PhysicalAddress',
  fodelsedatum: 'pd:BirthDate',
  alder: 'pd:Age',
  kon: 'pd:Gender',
  sprak: 'pd:Language',
  foto: 'pd:Picture',
  bild: 'pd:Picture',
  'ip-adress': 'pd:IPAddress',
  halsa: 'pd:Health',
  journal: 'pd:HealthRecord',
  sjukfranvaro: 'pd:Health',
  funktionsnedsattning: 'pd:Disability',
  lakemedel: 'pd:Prescription',
  utbildning: 'pd:Education',
  arbetslivserfarenhet: 'pd:WorkExperience',
  referenser: 'pd:Reference',
  anstallning: 'pd:CurrentEmployment',
  befattning: 'pd:Job',
  lon: 'pd:Salary',
  bankkonto: 'pd:BankAccount',
  skatt: 'pd:Tax',
  forsakring: 'pd:Insurance',
  belastningsregister: 'pd:CriminalConviction',
  intressen: 'pd:Interest',
  familj: 'pd:Family',
  anhoriga: 'pd:Family',
  narstaende: 'pd:Family',
  meddelande: 'pd:Communication',
  meddelanden: 'pd:Communication',
  medlemskap: 'pd:GroupMembership',
};

/** Art. 9(1) special categories (the `special` flag), when the id is not in the table above. */
export const SPECIAL_CATEGORY_TERMS: Readonly<Record<SpecialCategoryKind, string>> = {
  health: 'pd:Health',
  'ethnic-origin': 'pd:EthnicOrigin',
  'political-opinions': 'pd:PoliticalOpinion',
  'religious-beliefs': 'pd:ReligiousBelief',
  'trade-union': 'pd:TradeUnionMembership',
  genetic: 'pd:Genetic',
  biometric: 'pd:Biometric',
  'sex-life': 'pd:Sexual',
};
/** Every Art. 9 category is also typed with this. */
export const SPECIAL_CATEGORY_CLASS = 'dpv:SpecialCategoryPersonalData';
/** Art. 10 data (the `criminal` flag) and personnummer (the `personnummer` flag), when the id is not in the table. */
export const CRIMINAL_TERM = 'pd:Criminal';
export const PERSONNUMMER_TERM = 'pd:OfficialID';
/** The generic class: fewer than 10 % of the examples' data categories may end here (test/site/dpv.test.ts). */
export const GENERIC_PERSONAL_DATA = 'dpv:PersonalData';

/** Groups of people (subjects) by id. Every group is also typed dpv:DataSubject. */
export const SUBJECT_BY_ID: Readonly<Record<string, string>> = {
  clients: 'dpv:Client',
  'former-clients': 'dpv:Client',
  patients: 'dpv:Patient',
  customers: 'dpv:Customer',
  employees: 'dpv:Employee',
  staff: 'dpv:Employee',
  'job-applicants': 'dpv:JobApplicant',
  applicants: 'dpv:Applicant',
  'website-visitors': 'dpv:Visitor',
  visitors: 'dpv:Visitor',
  users: 'dpv:User',
  'interested-parties': 'dpv:Subscriber',
  subscribers: 'dpv:Subscriber',
  members: 'dpv:Member',
  students: 'dpv:Student',
  pupils: 'dpv:Student',
  children: 'dpv:Child',
  participants: 'dpv:Participant',
  'prospective-clients': 'dpv:Applicant',
  guardians: 'dpv:GuardianOfHuman',
  parents: 'dpv:ParentOfHuman',
  // The same, as Swedish ids.
  kunder: 'dpv:Customer',
  klienter: 'dpv:Client',
  patienter: 'dpv:Patient',
  brukare: 'dpv:Client',
  anstallda: 'dpv:Employee',
  personal: 'dpv:Employee',
  medarbetare: 'dpv:Employee',
  assistenter: 'dpv:Employee',
  arbetssokande: 'dpv:JobApplicant',
  sokande: 'dpv:Applicant',
  besokare: 'dpv:Visitor',
  anvandare: 'dpv:User',
  medlemmar: 'dpv:Member',
  prenumeranter: 'dpv:Subscriber',
  elever: 'dpv:Student',
  barn: 'dpv:Child',
  deltagare: 'dpv:Participant',
  vardnadshavare: 'dpv:ParentOfHuman',
  foretradare: 'dpv:GuardianOfHuman',
  'gode-man': 'dpv:GuardianOfHuman',
  stallforetradare: 'dpv:GuardianOfHuman',
};
export const DATA_SUBJECT_CLASS = 'dpv:DataSubject';

/** Recipients by their kind. Every recipient is also typed dpv:Recipient; a category has no more specific type. */
export const RECIPIENT_BY_KIND: Readonly<Record<string, string | undefined>> = {
  municipality: 'dpv:PublicSectorBody',
  region: 'dpv:PublicSectorBody',
  authority: 'dpv:Authority',
  'health-care': 'dpv:HealthcareOrganisation',
  company: 'dpv:ForProfitOrganisation',
  person: 'dpv:NaturalPerson',
  category: undefined,
};
export const RECIPIENT_CLASS = 'dpv:Recipient';

/** Purposes by their legal basis, where the basis says what the purpose is; otherwise dpv:Purpose. */
export const PURPOSE_BY_LEGAL_BASIS: Readonly<Record<LegalBasisCode, string>> = {
  '6(1)(a)': 'dpv:Purpose',
  '6(1)(b)': 'dpv:FulfilmentOfContractualObligation',
  '6(1)(c)': 'dpv:LegalCompliance',
  '6(1)(d)': 'dpv:Purpose',
  '6(1)(e)': 'dpv:Purpose',
  '6(1)(f)': 'dpv:Purpose',
};

/** Art. 6(1) bases and Art. 9(2) conditions: eu-gdpr:A6-1-* and eu-gdpr:A9-2-*. */
export const legalBasisTerm = (code: LegalBasisCode): string => LEGAL_BASES[code].dpv;
export const art9Term = (code: Art9Code): string => ART9_CONDITIONS[code].dpv;

/** The rights of the notice (src/model/vocabulary/rights.ts). */
export const RIGHT_TERMS: Readonly<Record<RightCode, string>> = {
  access: 'eu-gdpr:A15',
  rectification: 'eu-gdpr:A16',
  erasure: 'eu-gdpr:A17',
  restriction: 'eu-gdpr:A18',
  portability: 'eu-gdpr:A20',
  objection: 'eu-gdpr:A21',
  'withdraw-consent': 'eu-gdpr:A7-3',
  'automated-decisions': 'eu-gdpr:A22',
  complaint: 'eu-gdpr:A77',
};

/** Transfer safeguards: the Chapter V legal basis, and the measure (a kind of dpv:SafeguardForDataTransfer) when there is one. */
export const SAFEGUARD_TERMS: Readonly<Record<string, { basis: string; measure?: string }>> = {
  'adequacy-decision': { basis: 'eu-gdpr:A45-3' },
  'standard-contractual-clauses': { basis: 'eu-gdpr:A46-2-c', measure: 'eu-gdpr:SCCByCommission' },
  'binding-corporate-rules': { basis: 'eu-gdpr:A46-2-b', measure: 'eu-gdpr:BindingCorporateRules' },
  // Which Art. 49(1) point applies is not in the model: the generic transfer basis.
  'derogation-49': { basis: 'dpv:DataTransferLegalBasis' },
};
export const SAFEGUARD_CLASS = 'dpv:SafeguardForDataTransfer';

/** The most specific term of a data category (its own `dpv`, the id table, its flags, else generic). */
export function dataCategoryTerm(c: { id: string; dpv?: string; special?: string; criminal: boolean; personnummer: boolean }): string {
  return (
    c.dpv ??
    DATA_CATEGORY_BY_ID[c.id] ??
    (c.special ? SPECIAL_CATEGORY_TERMS[c.special as SpecialCategoryKind] : undefined) ??
    (c.criminal ? CRIMINAL_TERM : undefined) ??
    (c.personnummer ? PERSONNUMMER_TERM : undefined) ??
    GENERIC_PERSONAL_DATA
  );
}

export const subjectTerm = (s: { id: string; dpv?: string }): string => s.dpv ?? SUBJECT_BY_ID[s.id] ?? DATA_SUBJECT_CLASS;
export const recipientTerm = (r: { kind: string; dpv?: string }): string | undefined => r.dpv ?? RECIPIENT_BY_KIND[r.kind];
/** By the purpose's (first) legal basis when no term is written. */
export const purposeTerm = (p: { legalBasis?: string; legalBases?: readonly { basis: string }[]; dpv?: string }): string => {
  const basis = p.legalBasis ?? p.legalBases?.[0]?.basis;
  return p.dpv ?? (basis ? PURPOSE_BY_LEGAL_BASIS[basis as LegalBasisCode] : undefined) ?? 'dpv:Purpose';
};
