/**
 * fast-check arbitraries of valid content: every generated tree loads without
 * errors (`loadContent` returns a model). Texts are drawn from pools of real
 * sentences in both languages, so outputs built from them are readable and a
 * text check over them finds only what the generators themselves get wrong.
 *
 * Use `contentArb()` for a whole content folder, `writeContent()` to put it on
 * disk and `loadGenerated()` to get its model. The building blocks are exported
 * so a test can vary one part (an activity, a retention rule) on its own.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { loadContent } from '../../src/model/load.ts';
import type { Model } from '../../src/model/model.ts';
import type { Diagnostic } from '../../src/model/diagnostics.ts';
import type { CollectionKind } from '../../src/model/schemas/index.ts';
import { LEGAL_BASIS_CODES } from '../../src/model/vocabulary/legal-bases.ts';
import { ART9_CODES, SPECIAL_CATEGORY_KINDS } from '../../src/model/vocabulary/special-conditions.ts';
import { SERVICE_KINDS } from '../../src/model/vocabulary/services.ts';
import { luhnCheckDigit } from '../../src/model/validators/luhn.ts';
import { LEGAL_FORMS, type LegalForm } from '../../src/model/vocabulary/legal-forms.ts';

type Data = Record<string, unknown>;
/** A content folder in memory: organisation.yaml, one record per entry, handbook MDX by file name. */
export interface GeneratedContent {
  organisation: Data;
  entries: { [K in CollectionKind]?: Record<string, Data> };
  handbook?: Record<string, string>;
  /** Other files by path relative to content/ (a logo). */
  assets?: Record<string, string>;
}

/** Swedish and English wording of one text; `en` is dropped when the organisation is Swedish only. */
type Pair = readonly [sv: string, en: string];

const NAMES: Pair[] = [
  ['Kunder och patienter', 'Customers and patients'],
  ['Medarbetare', 'Employees'],
  ['Anhöriga', 'Relatives'],
  ['Sökande till jobb', 'Job applicants'],
  ['Besökare på webbplatsen', 'Website visitors'],
  ['Leverantörer', 'Suppliers'],
  ['Elever', 'Pupils'],
  ['Medlemmar', 'Members'],
];
const AUDIENCES: Pair[] = [
  ['Du som får stöd av oss', 'You who receive support from us'],
  ['Du som arbetar hos oss', 'You who work for us'],
  ['Du som är anhörig', 'You who are a relative'],
  ['Du som söker jobb hos oss', 'You who apply for a job with us'],
  ['Du som besöker vår webbplats', 'You who visit our website'],
];
const SENTENCES: Pair[] = [
  ['Vi behöver uppgifterna för att ge dig ett bra stöd.', 'We need the data to give you good support.'],
  ['Uppgifterna används bara av den personal som behöver dem.', 'Only the staff who need the data use them.'],
  ['Vi sparar uppgifterna i ett säkert system.', 'We keep the data in a secure system.'],
  ['Du kan alltid fråga oss vad vi har sparat om dig.', 'You can always ask us what we have stored about you.'],
  ['Uppgifterna kommer från dig eller från kommunen.', 'The data come from you or from the municipality.'],
  ['Vi lämnar inte ut uppgifterna till någon annan utan stöd i lag.', 'We do not disclose the data to anyone else without a legal basis.'],
];
const CATEGORY_NAMES: Pair[] = [
  ['Namn', 'Name'],
  ['Adress', 'Address'],
  ['E-postadress', 'Email address'],
  ['Telefonnummer', 'Phone number'],
  ['Uppgifter om hälsa', 'Health data'],
  ['Löneuppgifter', 'Salary data'],
  ['Anställningsuppgifter', 'Employment details'],
  ['Utdrag ur belastningsregistret', 'Criminal record extract'],
  ['Personnummer', 'Personal identity number'],
  ['Anteckningar från intervju', 'Interview notes'],
];
const ACTIVITY_NAMES: Pair[] = [
  ['Dokumentation av stödet', 'Documentation of the support'],
  ['Löner och anställning', 'Salaries and employment'],
  ['Rekrytering', 'Recruitment'],
  ['Nyhetsbrev', 'Newsletter'],
  ['Hantering av avvikelser', 'Handling of incidents'],
  ['Fakturering', 'Invoicing'],
];
const PURPOSES: Pair[] = [
  ['Att dokumentera det stöd du får, så som lagen kräver.', 'To document the support you receive, as the law requires.'],
  ['Att betala ut lön och göra avdrag för skatt.', 'To pay salaries and deduct tax.'],
  ['Att välja den som passar bäst för jobbet.', 'To choose the person best suited for the job.'],
  ['Att skicka nyheter till dig som har bett om dem.', 'To send news to you who have asked for it.'],
  ['Att rätta till fel och förhindra att de händer igen.', 'To correct mistakes and prevent them from happening again.'],
];
const FROM_EVENTS: Pair[] = [
  ['den sista anteckningen i akten', 'the last entry in the file'],
  ['att anställningen upphör', 'the end of the employment'],
  ['att rekryteringen är avslutad', 'the end of the recruitment'],
  ['utgången av det år då räkenskapsåret avslutades', 'the end of the year in which the financial year ended'],
  ['att du avslutar prenumerationen', 'your unsubscribing'],
];
const CRITERIA: Pair[] = [
  ['Vi sparar uppgifterna så länge avtalet gäller.', 'We keep the data as long as the contract is in force.'],
  ['Vi sparar uppgifterna tills ärendet är avslutat.', 'We keep the data until the case is closed.'],
  ['Vi gör en bedömning varje år av om uppgifterna fortfarande behövs.', 'Each year we assess whether the data are still needed.'],
];
const DOCUMENT_TYPES: Pair[] = [
  ['Personakt', 'Personal file'],
  ['Journal', 'Medical record'],
  ['Personalakt', 'Personnel file'],
  ['Räkenskapsinformation', 'Accounting records'],
];
const RECIPIENT_NAMES: Pair[] = [
  ['Kommunen som är uppdragsgivare', 'The commissioning municipality'],
  ['Försäkringskassan', 'The Swedish Social Insurance Agency'],
  ['Skatteverket', 'The Swedish Tax Agency'],
  ['Regionen', 'The region'],
  ['Vårt försäkringsbolag', 'Our insurance company'],
];
const LAWS: readonly { title: Pair; shortName?: string; section: string }[] = [
  {
    title: ['Lag (1993:387) om stöd och service till vissa funktionshindrade', 'Act (1993:387) concerning Support and Service for Persons with Certain Functional Impairments'],
    shortName: 'LSS',
    section: '23 c §',
  },
  { title: ['Socialtjänstlag (2025:400)', 'Social Services Act (2025:400)'], section: '12 kap. 4 §' },
  { title: ['Bokföringslag (1999:1078)', 'Accounting Act (1999:1078)'], section: '7 kap. 2 §' },
  { title: ['Diskrimineringslag (2008:567)', 'Discrimination Act (2008:567)'], section: '6 kap. 3 §' },
  { title: ['Patientdatalag (2008:355)', 'Patient Data Act (2008:355)'], shortName: 'PDL', section: '3 kap. 17 §' },
];
const SFS = ['1993:387', '2025:400', '1999:1078', '2008:567', '2008:355'];
const PERSON_NAMES = ['Anna Berg', 'Lena Dahl', 'Maja Lund', 'Erik Holm', 'Sara Ek', 'Omar Nilsson'];
const ORGANISATION_NAMES: Pair[] = [
  ['Omsorgsgruppen Exempel', 'Omsorgsgruppen Exempel (Example Care Group)'],
  ['Föreningen Hjälpande Hand', 'The Helping Hand Association'],
];
const COMPANY_NAMES = ['Exempel Omsorg AB', 'Stödet i Norr AB', 'Föreningen Hjälpande Hand', 'Vårdbolaget Syd AB', 'Hemtjänst Väst AB'];
const ROUTINE_TITLES: Pair[] = [
  ['Begäran om registerutdrag', 'Request for a copy of data'],
  ['Personuppgiftsincident', 'Personal data breach'],
  ['Gallring', 'Culling'],
];
const DEADLINE_WHAT: Pair[] = [
  ['Rapport till dataskyddsombudet', 'Report to the data protection officer'],
  ['Anmälan till IMY', 'Notification to IMY'],
  ['Svar till den som frågar', 'Reply to the person asking'],
];

/** A localised text from a pool: `{ sv, en }` when English is published, else the Swedish string. */
export function textFrom(pool: readonly Pair[], withEn: boolean): fc.Arbitrary<string | { sv: string; en: string }> {
  return fc.constantFrom(...pool).map(([sv, en]) => (withEn ? { sv, en } : sv));
}

/** A kebab-case id with a prefix, unique within its collection when drawn with `uniqueIds`. */
export function uniqueIds(prefix: string, min: number, max: number): fc.Arbitrary<string[]> {
  return fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: min, maxLength: max }).map((ns) => ns.map((n) => `${prefix}-${n}`));
}

/** A valid organisationsnummer (third digit ≥ 2, Luhn check digit), as NNNNNN-NNNN. */
export const organisationsnummerArb: fc.Arbitrary<string> = fc.tuple(fc.integer({ min: 10, max: 99 }), fc.integer({ min: 2, max: 9 }), fc.integer({ min: 0, max: 999999 })).map(([a, b, c]) => {
  const nine = `${a}${b}${String(c).padStart(6, '0')}`;
  const ten = nine + luhnCheckDigit(nine);
  return `${ten.slice(0, 6)}-${ten.slice(6)}`;
});

/** An ISO 8601 period as content writes it (1 and plural counts both occur). */
export const durationArb: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 1, max: 12 }).map((n) => `P${n}Y`),
  fc.integer({ min: 1, max: 24 }).map((n) => `P${n}M`),
  fc.integer({ min: 1, max: 8 }).map((n) => `P${n}W`),
  fc.integer({ min: 1, max: 90 }).map((n) => `P${n}D`),
  fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 11 })).map(([y, m]) => `P${y}Y${m}M`),
);

export const isoDateArb: fc.Arbitrary<string> = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2026-11-30T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

const citationArb = (lawIds: string[]) =>
  fc.record({ law: fc.constantFrom(...lawIds), section: fc.option(fc.constantFrom('23 c §', '6 §', '3 kap. 5 §', '7 kap. 2 §'), { nil: undefined }) }, { requiredKeys: ['law'] });

/** The references an activity may point at. */
export interface ActivityRefs {
  entities: string[];
  subjects: string[];
  dataCategories: string[];
  recipients: string[];
  processors: string[];
  transfers: string[];
  securityMeasures: string[];
  laws: string[];
  people: string[];
}

/** One purpose with its Art. 6(1) basis and what that basis needs (law, interest, consent). */
export function purposeArb(id: string, refs: ActivityRefs, withEn: boolean, severalBases = false): fc.Arbitrary<Data> {
  return fc
    .record({
      basis: fc.constantFrom(...LEGAL_BASIS_CODES),
      // With severalBases: sometimes a second basis, each with its note (legalBases).
      second: severalBases ? fc.option(fc.constantFrom(...LEGAL_BASIS_CODES), { nil: undefined }) : fc.constant(undefined),
      description: textFrom(PURPOSES, withEn),
      law: fc.array(citationArb(refs.laws), { minLength: 1, maxLength: 2 }),
      text: textFrom(SENTENCES, withEn),
    })
    .map(({ basis, second, description, law, text }) => {
      const codes = second && second !== basis ? [basis, second] : [basis];
      const p: Data = codes.length > 1 ? { id, description, legalBases: codes.map((b) => ({ basis: b, note: text })) } : { id, description, legalBasis: basis };
      if (codes.includes('6(1)(c)') || codes.includes('6(1)(e)')) p.law = law;
      if (codes.includes('6(1)(f)')) Object.assign(p, { legitimateInterest: text, balancingTest: text });
      if (codes.includes('6(1)(a)')) p.consent = { given: text, withdraw: text };
      return p;
    });
}

/** One retention rule: a fixed period or, sometimes, only criteria (Art. 13(2)(a)). */
export function retentionArb(id: string, refs: ActivityRefs, withEn: boolean, criteriaAlone = false): fc.Arbitrary<Data> {
  return fc
    .record({
      fixed: fc.boolean(),
      // With criteriaAlone: criteria may stand without `from` (they say it all).
      noFrom: criteriaAlone ? fc.boolean() : fc.constant(false),
      duration: durationArb,
      criteria: textFrom(CRITERIA, withEn),
      from: textFrom(FROM_EVENTS, withEn),
      then: fc.constantFrom('deleted', 'handed-over', 'archived', 'anonymised'),
      documentType: fc.option(textFrom(DOCUMENT_TYPES, withEn), { nil: undefined }),
      law: fc.option(citationArb(refs.laws), { nil: undefined }),
      to: refs.recipients.length ? fc.option(fc.constantFrom(...refs.recipients), { nil: undefined }) : fc.constant(undefined),
      note: fc.option(textFrom(SENTENCES, withEn), { nil: undefined }),
    })
    .map((r) => {
      const out: Data = { id, ...(!r.fixed && r.noFrom ? {} : { from: r.from }), then: r.then };
      if (r.fixed) out.duration = r.duration;
      else out.criteria = r.criteria;
      if (r.documentType) out.documentType = r.documentType;
      if (r.law) out.law = r.law;
      if (r.then === 'handed-over' && r.to) out.handedOverTo = r.to;
      if (r.note) out.note = r.note;
      return out;
    });
}

const subset = <T>(items: T[], min = 0) => (items.length ? fc.subarray(items, { minLength: Math.min(min, items.length) }) : fc.constant([] as T[]));

/** A cookie the website sets (issue 15 item 3). */
export function cookieArb(name: string, withEn: boolean): fc.Arbitrary<Data> {
  return fc.record({
    name: fc.constant(name),
    provider: fc.constantFrom('exempel.se', 'Statistikbolaget AB'),
    thirdParty: fc.boolean(),
    purpose: textFrom(SENTENCES, withEn),
    duration: fc.oneof(fc.constant('session'), durationArb),
    category: fc.constantFrom('necessary', 'preferences', 'statistics', 'marketing'),
    consent: fc.boolean(),
  });
}

/**
 * A website activity's cookie facts: none stated, none set, or 1–3 cookies
 * with consent settings, "none needed", or nothing (which the rules flag).
 */
export function cookieFactsArb(withEn: boolean): fc.Arbitrary<Data> {
  return fc.oneof(
    fc.constant({}),
    fc.constant({ cookies: [] }),
    fc
      .record({
        cookies: fc.integer({ min: 1, max: 3 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => cookieArb(['sessionid', '_stat', 'val'][i]!, withEn)))),
        consent: fc.constantFrom('settings', 'settings-unnamed', 'none-needed', 'missing'),
        name: textFrom([['Kakinställningar', 'Cookie settings']], withEn),
      })
      .map(({ cookies, consent, name }) => ({
        cookies,
        ...(consent === 'settings' ? { cookieConsent: { settings: 'https://www.exempel.se/kakor', settingsName: name } } : {}),
        ...(consent === 'settings-unnamed' ? { cookieConsent: { settings: 'https://www.exempel.se/kakor' } } : {}),
        ...(consent === 'none-needed' ? { cookieConsent: { noneNeeded: true } } : {}),
      })),
  );
}

/** One processing activity referring only to ids in `refs`. */
export function activityArb(refs: ActivityRefs, withEn: boolean, anyOrganisation = false): fc.Arbitrary<Data> {
  return fc
    .record({
      name: textFrom(ACTIVITY_NAMES, withEn),
      description: textFrom(SENTENCES, withEn),
      controllers: subset(refs.entities, 1),
      subjects: subset(refs.subjects, 1),
      dataCategories: subset(refs.dataCategories, 1),
      purposeCount: fc.integer({ min: 1, max: 3 }),
      retentionCount: fc.integer({ min: 0, max: 3 }),
      special: fc.option(fc.record({ condition: fc.constantFrom(...ART9_CODES), law: fc.array(citationArb(refs.laws), { maxLength: 2 }) }), { nil: undefined }),
      criminal: fc.option(citationArb(refs.laws), { nil: undefined }),
      sources: fc.array(fc.constantFrom('data-subject', 'third-party'), { minLength: 1, maxLength: 2 }),
      party: refs.recipients.length ? fc.option(fc.constantFrom(...refs.recipients), { nil: undefined }) : fc.constant(undefined),
      provision: fc.option(fc.record({ requirement: fc.constantFrom('statutory', 'contractual', 'contract-precondition', 'voluntary'), consequence: textFrom(SENTENCES, withEn) }), { nil: undefined }),
      recipients: subset(refs.recipients),
      processors: subset(refs.processors),
      transfers: subset(refs.transfers),
      securityMeasures: subset(refs.securityMeasures),
      responsible: refs.people.length ? fc.option(fc.constantFrom(...refs.people), { nil: undefined }) : fc.constant(undefined),
      easyRead: fc.option(textFrom(SENTENCES, withEn), { nil: undefined }),
      cookieFacts: cookieFactsArb(withEn),
      visibility: fc.constantFrom('public', 'public', 'internal'),
      lastReviewed: isoDateArb,
      text: textFrom(SENTENCES, withEn),
    })
    .chain((a) =>
      fc
        .tuple(
          fc.tuple(...Array.from({ length: a.purposeCount }, (_, i) => purposeArb(`purpose-${i + 1}`, refs, withEn, anyOrganisation))),
          a.retentionCount ? fc.tuple(...Array.from({ length: a.retentionCount }, (_, i) => retentionArb(`rule-${i + 1}`, refs, withEn, anyOrganisation))) : fc.constant([] as Data[]),
          // With anyOrganisation: some recipients only under a condition.
          anyOrganisation ? fc.array(fc.boolean(), { minLength: a.recipients.length, maxLength: a.recipients.length }) : fc.constant([] as boolean[]),
        )
        .map(([purposes, retention, conditional]) => {
          const out: Data = {
            name: a.name,
            description: a.description,
            controllers: a.controllers,
            subjects: a.subjects,
            dataCategories: a.dataCategories,
            purposes,
            sources: a.sources.map((from, i) => ({ from, ...(from === 'third-party' && a.party ? { party: a.party } : {}), description: a.text, dataCategories: a.dataCategories.slice(0, i + 1) })),
            recipients: a.recipients.map((r, i) => (conditional[i] ? { recipient: r, condition: a.text } : r)),
            processors: a.processors,
            transfers: a.transfers,
            retention,
            securityMeasures: a.securityMeasures,
            visibility: a.visibility,
            lastReviewed: a.lastReviewed,
          };
          if (a.special) out.specialCondition = { condition: a.special.condition, law: a.special.law, ...(a.special.condition === '9(2)(h)' ? { professionalSecrecy: a.text } : {}) };
          if (a.criminal) out.criminalDataBasis = a.criminal;
          if (a.provision) out.provision = a.provision;
          if (a.responsible) out.responsible = a.responsible;
          if (a.easyRead) out.easyRead = a.easyRead;
          Object.assign(out, a.cookieFacts);
          return out;
        }),
    );
}

const addressArb = fc.record({
  street: fc.constantFrom('Storgatan 1', 'Vägen 12', 'Box 123'),
  postalCode: fc.constantFrom('111 22', '413 01', '90325'),
  city: fc.constantFrom('Stockholm', 'Göteborg', 'Umeå'),
});

const HOURS: Pair[] = [
  ['vardagar 9–12', 'weekdays 9–12'],
  ['tisdagar 13–16', 'Tuesdays 13–16'],
  ['måndag till fredag 8–17', 'Monday to Friday 8–17'],
];
const ADDRESSEES: Pair[] = [
  ['Dataskyddsombudet', 'The data protection officer'],
  ['Kundtjänst', 'Customer service'],
];
const E_SERVICES: Pair[] = [
  ['Mina sidor (logga in med BankID)', 'My pages (log in with BankID)'],
  ['Vår e-tjänst', 'Our e-service'],
];

/** Ways to reach the organisation with a request (organisation-wide or one company's), at least one. */
export const requestChannelsArb = (withEn: boolean) =>
  fc
    .record(
      {
        email: fc.constantFrom('dataskydd@exempel.se', 'kundtjanst@exempel.se'),
        post: fc.record({ to: textFrom(ADDRESSEES, withEn), address: addressArb }, { requiredKeys: ['address'] }),
        phone: fc.record({ number: fc.constantFrom('08-123 456 78', '031-70 00 00'), hours: textFrom(HOURS, withEn) }, { requiredKeys: ['number'] }),
        visit: fc.record({ address: addressArb, hours: textFrom(HOURS, withEn) }, { requiredKeys: ['address'] }),
        eService: fc.record({ name: textFrom(E_SERVICES, withEn), url: fc.constant('https://minasidor.exempel.se') }),
      },
      { requiredKeys: [] },
    )
    .filter((c) => Object.keys(c).length > 0);

/** organisation.yaml `requests`: channels, identity check and delivery, each possibly left to the built-in defaults. */
export const requestsArb = (withEn: boolean) =>
  fc.record(
    {
      channels: requestChannelsArb(withEn),
      identity: textFrom([['Vi ber dig visa legitimation när du hämtar svaret.', 'We ask you to show ID when you collect the answer.']], withEn),
      delivery: textFrom([['Svaret skickas med rekommenderat brev.', 'The answer is sent by registered letter.']], withEn),
    },
    { requiredKeys: [] },
  );

/** Options: force Swedish only or bilingual; bounds on how many activities. */
export interface ContentOptions {
  locales?: ('sv' | 'en')[];
  maxActivities?: number;
  minActivities?: number;
  /**
   * Any organisation (issue 11): 1–4 entities, any legal form, statements,
   * purposes on several bases, conditional recipients, criteria-only retention.
   */
  anyOrganisation?: boolean;
}

/** A whole content folder that loads without errors. */
export function contentArb(options: ContentOptions = {}): fc.Arbitrary<GeneratedContent> {
  const localesArb = options.locales ? fc.constant(options.locales) : fc.constantFrom<('sv' | 'en')[]>(['sv'], ['sv', 'en']);
  return fc
    .record({
      locales: localesArb,
      entities: uniqueIds('bolag', 1, options.anyOrganisation ? 4 : 3),
      people: uniqueIds('person', 1, 4),
      subjects: uniqueIds('grupp', 1, 3),
      dataCategories: uniqueIds('uppgift', 2, 6),
      laws: fc.subarray([0, 1, 2, 3, 4], { minLength: 1 }),
      recipients: uniqueIds('mottagare', 0, 3),
      processors: uniqueIds('bitrade', 0, 2),
      securityMeasures: uniqueIds('atgard', 1, 3),
      routines: uniqueIds('rutin', 0, 2),
      delegations: uniqueIds('delegering', 0, 2),
      hasDpo: fc.boolean(),
      hasTransfer: fc.boolean(),
      activityCount: fc.integer({ min: options.minActivities ?? 1, max: options.maxActivities ?? 4 }),
      legalForm: options.anyOrganisation ? fc.constantFrom(...(Object.keys(LEGAL_FORMS) as LegalForm[])) : fc.constant(undefined),
      statementCount: options.anyOrganisation ? fc.integer({ min: 0, max: 3 }) : fc.constant(0),
    })
    .chain((ids) => {
      const withEn = ids.locales.includes('en');
      const lawIds = ids.laws.map((i) => `lag-${i}`);
      const transfers = ids.hasTransfer && ids.processors.length ? ['overforing-1'] : [];
      const refs: ActivityRefs = {
        entities: ids.entities,
        subjects: ids.subjects,
        dataCategories: ids.dataCategories,
        recipients: ids.recipients,
        processors: ids.processors,
        transfers,
        securityMeasures: ids.securityMeasures,
        laws: lawIds,
        people: ids.people,
      };
      const t = (pool: readonly Pair[]) => textFrom(pool, withEn);
      const each = (list: string[], arb: (id: string, i: number) => fc.Arbitrary<object>): fc.Arbitrary<Record<string, Data>> =>
        list.length ? fc.tuple(...list.map((id, i) => arb(id, i))).map((values) => Object.fromEntries(list.map((id, i) => [id, values[i] as Data]))) : fc.constant({});
      return fc
        .record({
          orgName: t(ORGANISATION_NAMES),
          orgDescription: fc.option(t(SENTENCES), { nil: undefined }),
          identity: identityArb(withEn),
          entities: each(ids.entities, () =>
            fc.record(
              {
                legalName: fc.constantFrom(...COMPANY_NAMES),
                organisationsnummer: organisationsnummerArb,
                addresses: fc.tuple(addressArb),
                email: fc.constantFrom('info@exempel.se', 'kontakt@exempel.se'),
                services: fc.subarray(Object.keys(SERVICE_KINDS)),
                requests: requestChannelsArb(withEn),
              },
              { requiredKeys: ['legalName', 'organisationsnummer', 'addresses', 'email', 'services'] },
            ),
          ),
          people: each(ids.people, (id, i) =>
            fc.record({
              name: fc.constant(PERSON_NAMES[i % PERSON_NAMES.length]!),
              roles: fc.constant([{ role: i === 0 ? 'ceo' : i === 1 ? 'dpo' : 'responsible-manager' }]),
              email: fc.constant(`${id}@exempel.se`),
              ...(i === 1 ? { publicContact: fc.constant({ email: 'dataskydd@exempel.se' }), visibility: fc.constant('public') } : {}),
            }),
          ),
          subjects: each(ids.subjects, (_, i) =>
            fc.record(
              {
                name: t([NAMES[i % NAMES.length]!]),
                audience: t([AUDIENCES[i % AUDIENCES.length]!]),
                description: t(SENTENCES),
                summary: fc.record({ why: t(SENTENCES), what: t(SENTENCES), allowed: t(SENTENCES), howLong: t(SENTENCES) }),
                easyRead: fc.array(t(SENTENCES), { minLength: 1, maxLength: 2 }),
                order: fc.constant((i + 1) * 10),
              },
              { requiredKeys: ['name', 'audience', 'order'] },
            ),
          ),
          dataCategories: each(ids.dataCategories, (_, i) =>
            fc.record(
              {
                name: t([CATEGORY_NAMES[i % CATEGORY_NAMES.length]!]),
                examples: fc.array(t(CATEGORY_NAMES), { maxLength: 2 }),
                special: fc.constantFrom(...Object.keys(SPECIAL_CATEGORY_KINDS)),
                criminal: fc.boolean(),
                personnummer: fc.boolean(),
              },
              { requiredKeys: ['name', 'criminal', 'personnummer'] },
            ),
          ),
          laws: each(lawIds, (_, i) => {
            const law = LAWS[ids.laws[i]!]!;
            return fc.record({
              sfs: fc.constant(SFS[ids.laws[i]!]!),
              title: t([law.title]),
              ...(law.shortName ? { shortName: fc.constant(law.shortName) } : {}),
              sections: fc.constant([{ section: law.section, summary: withEn ? { sv: 'Bestämmelsen om dokumentation.', en: 'The provision on documentation.' } : 'Bestämmelsen om dokumentation.' }]),
            });
          }),
          recipients: each(ids.recipients, (_, i) =>
            fc.record({ name: t([RECIPIENT_NAMES[i % RECIPIENT_NAMES.length]!]), kind: fc.constantFrom('municipality', 'authority', 'region', 'company', 'category') }),
          ),
          processors: each(ids.processors, () =>
            fc.record({
              name: fc.constantFrom('Nordmoln AB', 'Lönekraft AB', 'Journalia AB'),
              service: t([['Drift av verksamhetssystemet', 'Operation of the case system']]),
              country: fc.constant('SE'),
              agreementDate: isoDateArb,
            }),
          ),
          transfers: each(transfers, () =>
            fc.record({
              country: fc.constantFrom('US', 'IN', 'GB'),
              processor: fc.constant(ids.processors[0]!),
              safeguard: fc.constantFrom('adequacy-decision', 'standard-contractual-clauses', 'binding-corporate-rules', 'derogation-49'),
              copyAvailable: t([['Kontakta dataskyddsombudet för en kopia.', 'Contact the data protection officer for a copy.']]),
            }),
          ),
          securityMeasures: each(ids.securityMeasures, () =>
            fc.record({
              kind: fc.constantFrom('technical', 'organisational'),
              title: t([
                ['Behörighetsstyrning', 'Access control'],
                ['Kryptering', 'Encryption'],
              ]),
              description: t(SENTENCES),
            }),
          ),
          routines: each(ids.routines, (_, i) =>
            fc.record({
              title: t([ROUTINE_TITLES[i % ROUTINE_TITLES.length]!]),
              kind: fc.constantFrom('rights-request', 'breach', 'other'),
              summary: t(SENTENCES),
              steps: fc.array(t(SENTENCES), { minLength: 1, maxLength: 3 }),
              deadlines: fc.array(
                fc.oneof(fc.record({ what: t(DEADLINE_WHAT), hours: fc.constantFrom(1, 2, 24, 72) }), fc.record({ what: t(DEADLINE_WHAT), within: fc.constantFrom('P1D', 'P3D', 'P1M', 'P1W') })),
                { maxLength: 2 },
              ),
            }),
          ),
          delegations: each(ids.delegations, () =>
            fc.record({
              from: fc.constant(ids.people[0]!),
              to: fc.constantFrom(...ids.people),
              scope: fc.constantFrom('responsibility', 'tasks'),
              what: t([['Ansvaret för registerutdrag', 'Responsibility for copies of data']]),
              since: isoDateArb,
              agreement: fc.constant('DEL-1'),
            }),
          ),
          activities: fc.array(activityArb(refs, withEn, options.anyOrganisation), { minLength: ids.activityCount, maxLength: ids.activityCount }),
          statements: fc.array(textFrom(SENTENCES, withEn), { minLength: ids.statementCount, maxLength: ids.statementCount }),
          requests: fc.option(requestsArb(withEn), { nil: undefined }),
        })
        .map(
          (c): GeneratedContent => ({
            organisation: {
              name: c.orgName,
              ...(c.orgDescription ? { description: c.orgDescription } : {}),
              parent: ids.entities[0],
              ceo: ids.people[0],
              ...(ids.hasDpo && ids.people.length > 1 ? { dpo: ids.people[1] } : {}),
              locales: ids.locales,
              ...(ids.legalForm ? { legalForm: ids.legalForm } : {}),
              ...(c.statements.length ? { statements: c.statements } : {}),
              ...c.identity.organisation,
              ...(c.requests ? { requests: c.requests } : {}),
            },
            ...(c.identity.assets ? { assets: c.identity.assets } : {}),
            entries: {
              entities: c.entities,
              people: c.people,
              subjects: c.subjects,
              'data-categories': c.dataCategories,
              laws: c.laws,
              recipients: c.recipients,
              processors: c.processors,
              transfers: c.transfers,
              'security-measures': c.securityMeasures,
              routines: c.routines,
              delegations: c.delegations,
              activities: Object.fromEntries(c.activities.map((a, i) => [`behandling-${i + 1}`, a])),
            },
          }),
        );
    });
}

/**
 * The organisation's identity (issue 15 item 4), each part optional: a main
 * website, a logo file with alt text, an accessibility statement.
 */
export function identityArb(withEn: boolean): fc.Arbitrary<{ organisation: Data; assets?: Record<string, string> }> {
  const text = (pool: readonly Pair[]) => textFrom(pool, withEn);
  return fc
    .record({
      website: fc.option(fc.constantFrom('https://www.exempel.se', 'https://omsorg.exempel.se/'), { nil: undefined }),
      logo: fc.option(fc.record({ alt: text([['Vår logotyp', 'Our logo']]) }), { nil: undefined }),
      accessibility: fc.option(
        fc.record({
          conformance: fc.constantFrom('full', 'partial', 'none'),
          assessed: fc.record({ date: isoDateArb, method: text([['en egen granskning', 'our own review']]) }),
          updated: isoDateArb,
          exceptions: fc.array(fc.record({ description: text(SENTENCES), reason: fc.constantFrom('non-compliance', 'disproportionate-burden', 'outside-scope') }), { maxLength: 2 }),
          contact: fc.oneof(fc.constant({ email: 'webb@exempel.se' }), fc.constant({ email: 'webb@exempel.se', phone: '08-123 456 78' })),
          responseTime: fc.option(fc.constantFrom('P14D', 'P1M'), { nil: undefined }),
        }),
        { nil: undefined },
      ),
    })
    .map(({ website, logo, accessibility }) => ({
      organisation: {
        ...(website ? { website } : {}),
        ...(logo ? { site: { logo: 'assets/logo.svg', logoAlt: logo.alt } } : {}),
        ...(accessibility ? { accessibility: Object.fromEntries(Object.entries(accessibility).filter(([, v]) => v !== undefined)) } : {}),
      },
      ...(logo ? { assets: { 'assets/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 2 2"><rect width="2" height="2"/></svg>\n' } } : {}),
    }));
}

/** Writes a generated tree as a content folder (YAML files, handbook MDX). */
export function writeContent(dir: string, content: GeneratedContent): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'organisation.yaml'), stringify(content.organisation));
  for (const [kind, entries] of Object.entries(content.entries)) {
    if (!entries || !Object.keys(entries).length) continue;
    mkdirSync(path.join(dir, kind), { recursive: true });
    for (const [id, data] of Object.entries(entries)) writeFileSync(path.join(dir, kind, `${id}.yaml`), stringify(data));
  }
  for (const [file, text] of Object.entries(content.assets ?? {})) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  if (content.handbook) {
    mkdirSync(path.join(dir, 'handbook'), { recursive: true });
    for (const [name, text] of Object.entries(content.handbook)) writeFileSync(path.join(dir, 'handbook', name), text);
  }
}

/** Writes the tree to a temporary folder and loads it; throws with the diagnostics when it does not load. */
export function loadGenerated(content: GeneratedContent): { model: Model; diagnostics: Diagnostic[]; dir: string; cleanup: () => void } {
  const base = mkdtempSync(path.join(tmpdir(), 'gdpr-generated-'));
  const dir = path.join(base, 'content');
  writeContent(dir, content);
  const { model, diagnostics } = loadContent(dir);
  const cleanup = () => rmSync(base, { recursive: true, force: true });
  if (!model) {
    cleanup();
    const errors = diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line} ${d.path ?? ''} ${d.message.en}`);
    throw new Error(`generated content does not load:\n${errors.join('\n')}\n${JSON.stringify(content, null, 1)}`);
  }
  return { model, diagnostics, dir, cleanup };
}
