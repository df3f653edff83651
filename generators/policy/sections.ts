/**
 * The board's policy document as blocks: each section pairs handbook prose
 * (where a handbook file exists) with facts generated from the model, so
 * names, deadlines, bases and periods are never retyped.
 */
import type { Locale } from '../../src/model/schemas/index.ts';
import type { Model } from '../../src/model/model.ts';
import { LEGAL_BASES, LEGAL_BASIS_CODES, type LegalBasisCode } from '../../src/model/vocabulary/legal-bases.ts';
import { RIGHTS, RIGHT_CODES } from '../../src/model/vocabulary/rights.ts';
import { IMY } from '../../src/model/vocabulary/authority.ts';
import { formatDeadline, formatDuration, formatInterval, legalBasis, list } from '../../src/format/index.ts';
import { controllerEntities, activitiesOf, legalBasisLabel, retentionRows } from '../../src/record/rows.ts';
import { RETENTION_LABELS, VALUE_LABELS } from '../../src/record/labels.ts';
import { personName, tr } from '../../src/record/text.ts';
import type { Block } from '../pdf/blocks.ts';
import { ROLE_LABELS } from '../../src/record/role-labels.ts';
import { signatureBlock, SIGNATURE_LABELS } from '../../src/changelog/signatures.ts';
import { changesOfVersion, renderChangelog } from '../../src/changelog/index.ts';
import { handbookFor, type HandbookText } from './mdx.ts';
import { basesOf, hasBasis } from '../../src/model/purposes.ts';
import { organisationNoun, structureOf } from '../../src/model/organisation.ts';
import { newestVersion, type PolicyVersionEntry } from '../../src/changelog/versions.ts';

type L = Record<Locale, string>;

export interface PolicySection {
  id: string;
  title: string;
  blocks: Block[];
}

export const POLICY_TITLE: L = { sv: 'Policy för personuppgiftshantering och dataskydd', en: 'Policy on personal data and data protection' };

/** Section keys, headings and the handbook file-name words that supply their prose. */
export const SECTION_DEFS = [
  { id: 'purpose', title: { sv: 'Syfte och omfattning', en: 'Purpose and scope' }, words: ['syfte', 'inledning', 'purpose', 'intro'] },
  { id: 'application', title: { sv: 'Tillämpning och årlig revidering', en: 'Application and yearly revision' }, words: ['tillampning', 'revider', 'application', 'revision'] },
  { id: 'organisation', title: { sv: 'Organisation och ansvar', en: 'Organisation and responsibility' }, words: ['organisation', 'ansvar', 'responsib', 'roller', 'roles'] },
  { id: 'terms', title: { sv: 'Begrepp och förkortningar', en: 'Terms and abbreviations' }, words: ['begrepp', 'ordlista', 'terms', 'glossary'] },
  { id: 'principles', title: { sv: 'Principer och rättslig grund', en: 'Principles and legal bases' }, words: ['princip', 'rattslig', 'laglig', 'legal-bas'] },
  { id: 'rights', title: { sv: 'De registrerades rättigheter', en: 'The rights of data subjects' }, words: ['rattighet', 'rights'] },
  { id: 'record', title: { sv: 'Register över behandlingar', en: 'Record of processing activities' }, words: ['behandlingsregister', 'register', 'record'] },
  { id: 'retention', title: { sv: 'Gallring och förvaring', en: 'Retention and storage' }, words: ['gallring', 'forvaring', 'retention', 'e-post', 'epost'] },
  { id: 'security', title: { sv: 'Säkerhet', en: 'Security' }, words: ['sakerhet', 'security'] },
  { id: 'breaches', title: { sv: 'Incidenter och personuppgiftsincidenter', en: 'Incidents and personal data breaches' }, words: ['incident', 'breach'] },
  { id: 'adoption', title: { sv: 'Upprättande och fastställelse', en: 'Preparation and adoption' }, words: ['faststall', 'adoption'] },
] as const;

const T = {
  companies: {
    sv: 'Policyn gäller följande bolag, vart och ett personuppgiftsansvarigt för sina egna behandlingar:',
    en: 'The policy applies to the following companies, each the controller of its own processing:',
  },
  interval: {
    sv: (m: number, a: number) => `Styrelsen fastställer policyn minst ${formatInterval(m, 'sv')} och när lagar eller verksamheten ändras. Varje behandling ses över minst ${formatInterval(a, 'sv')}.`,
    en: (m: number, a: number) =>
      `The board adopts the policy at least ${formatInterval(m, 'en')} and whenever laws or operations change. Every processing activity is reviewed at least ${formatInterval(a, 'en')}.`,
  },
  versionLine: { sv: 'Gällande version', en: 'Current version' },
  draftLine: { sv: 'Utkast till version', en: 'Draft of version' },
  roles: { sv: 'Roller', en: 'Roles' },
  delegations: { sv: 'Delegeringar', en: 'Delegations' },
  delegationsNote: {
    sv: 'Delegering sker skriftligt och alltid till en namngiven person, aldrig till en grupp. Vid delegering av arbetsuppgifter ligger ansvaret kvar hos den som delegerar.',
    en: 'Delegation is made in writing and always to a named person, never to a group. When only tasks are delegated, responsibility stays with the person delegating.',
  },
  person: { sv: 'Person', en: 'Person' },
  role: { sv: 'Roll', en: 'Role' },
  company: { sv: 'Bolag', en: 'Company' },
  // A role held across the organisation, worded by its shape: "Hela koncernen", "Hela föreningen", "The whole company".
  whole: { sv: (noun: string) => `Hela ${noun}`, en: (noun: string) => `The whole ${noun.replace(/^the /, '')}` },
  term: { sv: 'Begrepp', en: 'Term' },
  definition: { sv: 'Betydelse', en: 'Meaning' },
  reference: { sv: 'Källa', en: 'Reference' },
  principlesIntro: {
    sv: 'All behandling av personuppgifter följer principerna i artikel 5 i dataskyddsförordningen:',
    en: 'All processing of personal data follows the principles of Article 5 GDPR:',
  },
  basesIntro: {
    sv: 'Varje ändamål vilar på en av de rättsliga grunderna i artikel 6.1. Så används de i våra behandlingar:',
    en: 'Every purpose rests on one of the legal bases of Article 6(1). This is how our activities use them:',
  },
  basis: { sv: 'Rättslig grund', en: 'Legal basis' },
  meaning: { sv: 'Innebörd', en: 'Meaning' },
  usedBy: { sv: 'Används för', en: 'Used for' },
  notUsed: { sv: 'Används inte', en: 'Not used' },
  rightsIntro: { sv: 'Den registrerade har följande rättigheter:', en: 'Data subjects have the following rights:' },
  deadline: {
    sv: (d: string, e: string) =>
      `En begäran besvaras utan onödigt dröjsmål och senast inom ${d}. Om begäran är omfattande eller många kan tiden förlängas med högst ${e}; den registrerade får då besked om förlängningen och skälen inom den första fristen.`,
    en: (d: string, e: string) =>
      `A request is answered without undue delay and at the latest within ${d}. For complex or numerous requests the time may be extended by at most ${e}; the person is told of the extension and why within the first period.`,
  },
  routine: { sv: 'Rutin', en: 'Routine' },
  owner: { sv: 'Ansvarig', en: 'Owner' },
  deadlines: { sv: 'Tidsfrister', en: 'Deadlines' },
  // Who keeps the record and takes reports: the DPO where one is appointed, else the person responsible
  // for data protection (Art. 37 does not require a DPO of every organisation).
  recordIntro: {
    sv: (group: boolean, keeper: string) =>
      group
        ? `Varje bolag för ett register över sina behandlingar (artikel 30). Registret hålls aktuellt av ${keeper} och finns i sin helhet som kalkylblad och PDF; här är en sammanfattning per bolag.`
        : `Vi för ett register över våra behandlingar (artikel 30). Registret hålls aktuellt av ${keeper} och finns i sin helhet som kalkylblad och PDF; här är en sammanfattning.`,
    en: (group: boolean, keeper: string) =>
      group
        ? `Each company keeps a record of its processing activities (Article 30). It is kept up to date by ${keeper} and is available in full as a spreadsheet and PDF; this is a summary per company.`
        : `We keep a record of our processing activities (Article 30). It is kept up to date by ${keeper} and is available in full as a spreadsheet and PDF; this is a summary.`,
  },
  keeper: {
    sv: { dpo: 'dataskyddsombudet', none: 'den som ansvarar för dataskyddet' },
    en: { dpo: 'the DPO', none: 'the person responsible for data protection' },
  },
  activity: { sv: 'Behandling', en: 'Activity' },
  subjects: { sv: 'Registrerade', en: 'Data subjects' },
  freeCopies: {
    sv: 'Den registrerade får den första kopian av sina uppgifter kostnadsfritt (artikel 15.3).',
    en: 'The data subject receives the first copy of their data free of charge (Article 15(3)).',
  },
  retentionPlan: { sv: 'Gallringsplan', en: 'Retention plan' },
  retentionIntro: {
    sv: (keeper: string) => `Uppgifter sparas bara så länge ändamålet kräver eller lagen föreskriver. Gallring sker enligt planen nedan; vid osäkerhet kontaktas ${keeper} innan något raderas.`,
    en: (keeper: string) => `Data are kept only as long as the purpose requires or the law prescribes. Deletion follows the plan below; when unsure, ask ${keeper} before deleting anything.`,
  },
  technical: { sv: 'Tekniska åtgärder', en: 'Technical measures' },
  organisational: { sv: 'Organisatoriska åtgärder', en: 'Organisational measures' },
  breachIntro: {
    sv: (keeper: string) =>
      `En personuppgiftsincident är en säkerhetsincident som leder till att personuppgifter förstörs, går förlorade, ändras eller röjs av misstag eller olagligt. Alla incidenter rapporteras genast till ${keeper}.`,
    en: (keeper: string) =>
      `A personal data breach is a security incident leading to personal data being destroyed, lost, altered or disclosed by accident or unlawfully. Every incident is reported at once to ${keeper}.`,
  },
  imy: {
    sv: (h: number, name: string) =>
      `En incident som kan medföra risk för de registrerade anmäls till ${name} ${formatDeadline({ hours: h }, 'sv')} från att vi fick kännedom om den. Kommer anmälan senare ska skälen till dröjsmålet anges.`,
    en: (h: number, name: string) =>
      `A breach likely to result in a risk to the people concerned is notified to ${name} ${formatDeadline({ hours: h }, 'en')} of our becoming aware of it. A later notification must give the reasons for the delay.`,
  },
  content333: { sv: 'Anmälan innehåller minst (artikel 33.3):', en: 'The notification contains at least (Article 33(3)):' },
  content333Items: {
    // Art. 33(3)(b): the DPO, or another contact point where more information can be obtained.
    sv: (dpo: boolean) => [
      'vad som hänt, vilka kategorier och ungefär hur många registrerade och poster som berörs',
      dpo ? 'namn och kontaktuppgifter till dataskyddsombudet' : 'namn och kontaktuppgifter till en kontaktpunkt där mer information kan fås',
      'de sannolika konsekvenserna',
      'vilka åtgärder som vidtagits eller föreslås, också för att mildra skadan',
    ],
    en: (dpo: boolean) => [
      'what happened, the categories and approximate number of people and records concerned',
      dpo ? 'the name and contact details of the DPO' : 'the name and contact details of a contact point where more information can be obtained',
      'the likely consequences',
      'the measures taken or proposed, including to mitigate harm',
    ],
  },
  tellPeople: {
    sv: 'Om incidenten sannolikt medför hög risk för de registrerades rättigheter informeras de berörda utan onödigt dröjsmål, på ett enkelt och tydligt sätt (artikel 34).',
    en: 'If the breach is likely to result in a high risk to the rights of the people concerned, they are told without undue delay, in clear and plain language (Article 34).',
  },
  register: {
    sv: 'Alla incidenter, också de som inte anmäls, förs in i incidentregistret med vad som hänt, följderna och vilka åtgärder som vidtagits (artikel 33.5).',
    en: 'Every incident, including those not notified, is entered in the incident register with what happened, its effects and the measures taken (Article 33(5)).',
  },
  changes: { sv: 'Ändringar i denna version', en: 'Changes in this version' },
  reason: { sv: 'Skäl', en: 'Reason' },
  summary: { sv: 'Sammanfattning', en: 'Summary' },
  since: { sv: 'sedan version', en: 'since version' },
  firstVersion: { sv: 'Första versionen av policyn.', en: 'The first version of the policy.' },
  noChanges: { sv: 'Inga ändringar i sak; policyn ses över och fastställs på nytt.', en: 'No changes of substance; the policy is reviewed and adopted again.' },
  name: { sv: 'Namn', en: 'Name' },
  noVersion: { sv: 'Ingen version är upprättad ännu.', en: 'No version has been prepared yet.' },
  none: { sv: 'Inga.', en: 'None.' },
} as const;

const PRINCIPLES: Record<Locale, string[]> = {
  sv: [
    'Laglighet, korrekthet och öppenhet: vi har alltid en rättslig grund och berättar vad vi gör.',
    'Ändamålsbegränsning: uppgifter samlas in för bestämda ändamål och används inte för något oförenligt.',
    'Uppgiftsminimering: vi behandlar bara de uppgifter som behövs.',
    'Korrekthet: felaktiga uppgifter rättas eller raderas utan dröjsmål.',
    'Lagringsminimering: uppgifter sparas inte längre än nödvändigt.',
    'Integritet och konfidentialitet: uppgifterna skyddas mot obehörig åtkomst, förlust och skada.',
    'Ansvarsskyldighet: vi kan visa att vi följer principerna.',
  ],
  en: [
    'Lawfulness, fairness and transparency: we always have a legal basis and say what we do.',
    'Purpose limitation: data are collected for specified purposes and not used for anything incompatible.',
    'Data minimisation: we process only the data needed.',
    'Accuracy: inaccurate data are corrected or erased without delay.',
    'Storage limitation: data are not kept longer than necessary.',
    'Integrity and confidentiality: data are protected against unauthorised access, loss and damage.',
    'Accountability: we can show that we follow the principles.',
  ],
};

type Heading = Extract<Block, { kind: 'h1' | 'h2' | 'h3' | 'h4' }>;
const isHeading = (b: Block): b is Heading => b.kind === 'h1' || b.kind === 'h2' || b.kind === 'h3' || b.kind === 'h4';

/**
 * `blocks` with `inserted` at the end of the first subsection whose heading
 * matches `subsection` (before the next heading of the same or a higher
 * level). Without such a subsection, `inserted` comes last under its own heading.
 */
export function placeInSubsection(blocks: readonly Block[], subsection: RegExp, inserted: readonly Block[], ownHeading: Block): Block[] {
  const start = blocks.findIndex((b) => isHeading(b) && subsection.test(b.text));
  if (start < 0) return [...blocks, ...(blocks.some(isHeading) ? [ownHeading] : []), ...inserted];
  const level = (b: Block) => Number((b as Heading).kind.slice(1));
  let end = start + 1;
  while (end < blocks.length && !(isHeading(blocks[end]!) && level(blocks[end]!) <= level(blocks[start]!))) end++;
  return [...blocks.slice(0, end), ...inserted, ...blocks.slice(end)];
}

function routineBlocks(model: Model, kind: string, locale: Locale): Block[] {
  return model.routines
    .filter((r) => r.kind === kind)
    .flatMap((r): Block[] => [
      { kind: 'h2', text: `${T.routine[locale]}: ${tr(r.title, locale)}` },
      { kind: 'p', text: tr(r.summary, locale) },
      { kind: 'list', items: r.steps.map((s, i) => `${i + 1}. ${tr(s, locale)}`) },
      ...(r.deadlines.length
        ? [
            { kind: 'p' as const, text: `${T.deadlines[locale]}:`, style: 'bold' as const },
            {
              kind: 'list' as const,
              items: r.deadlines.map((d) => {
                const within = formatDeadline(d, locale);
                return `${tr(d.what, locale)}${within ? ` ${within}` : ''}`;
              }),
            },
          ]
        : []),
      ...(r.owner ? [{ kind: 'p' as const, text: `${T.owner[locale]}: ${personName(model, r.owner)}` }] : []),
    ]);
}

/**
 * Hours to notify the authority: the breach routine's deadline that names the
 * authority (IMY), else its longest hour deadline — a routine may also set a
 * shorter internal one, e.g. one hour to report to the DPO.
 */
function breachHours(model: Model): number {
  const deadlines = model.routines.filter((r) => r.kind === 'breach').flatMap((r) => r.deadlines.filter((d) => !!d.hours));
  const toAuthority = deadlines.find((d) => /\bIMY\b/.test(tr(d.what, 'sv')));
  if (toAuthority?.hours) return toAuthority.hours;
  const hours = deadlines.map((d) => d.hours!);
  return hours.length ? Math.max(...hours) : 72;
}

export function policySections(model: Model, locale: Locale, handbook: readonly HandbookText[]): PolicySection[] {
  const prose = (id: string) => {
    const def = SECTION_DEFS.find((d) => d.id === id)!;
    return handbookFor(handbook, id, def.words, locale);
  };
  const g = model.organisation.governance;
  const keeper = T.keeper[locale][model.organisation.dpo ? 'dpo' : 'none'];
  const v = newestVersion(model);
  const authority = tr(model.organisation.supervisoryAuthority?.name, locale) || IMY.name[locale];
  const build: Record<(typeof SECTION_DEFS)[number]['id'], () => Block[]> = {
    purpose: () => [
      ...prose('purpose'),
      // organisation.description is written to the public ("om dig"); the board's document names the companies instead.
      { kind: 'p', text: T.companies[locale] },
      { kind: 'list', items: model.entities.map((e) => `${e.legalName} (${e.organisationsnummer})`) },
    ],
    application: () => [
      ...prose('application'),
      { kind: 'p', text: T.interval[locale](g.boardAdoptionIntervalMonths, g.activityReviewIntervalMonths) },
      ...(v ? [{ kind: 'p' as const, text: v.adoptedByBoard ? `${T.versionLine[locale]}: ${v.version}` : `${T.draftLine[locale]}: ${v.version}` }] : []),
    ],
    organisation: () => [
      ...prose('organisation'),
      { kind: 'h2', text: T.roles[locale] },
      {
        kind: 'table',
        fontSize: 9,
        columns: [
          { label: T.person[locale], width: 3 },
          { label: T.role[locale], width: 4 },
          { label: T.company[locale], width: 4 },
        ],
        rows: model.people
          .filter((p) => p.kind === 'individual')
          .flatMap((p) =>
            p.roles.map((r) => [
              p.name,
              r.title ? tr(r.title, locale) : ROLE_LABELS[r.role][locale],
              r.entity ? (model.byId.entities.get(r.entity)?.legalName ?? r.entity) : T.whole[locale](tr(organisationNoun(model.organisation, structureOf(model)), locale)),
            ]),
          ),
      },
      { kind: 'h2', text: T.delegations[locale] },
      { kind: 'p', text: T.delegationsNote[locale] },
      model.delegations.length
        ? {
            kind: 'list',
            items: model.delegations.map((d) => {
              const scope = VALUE_LABELS.scope[d.scope][locale].toLowerCase();
              const company = d.entity ? `, ${model.byId.entities.get(d.entity)?.legalName ?? d.entity}` : '';
              return `${personName(model, d.from)} → ${personName(model, d.to)} (${scope}${company}, ${d.since}${d.until ? `–${d.until}` : ''}, ${d.agreement}): ${tr(d.what, locale)}`;
            }),
          }
        : { kind: 'p', text: T.none[locale] },
    ],
    terms: () => [
      ...prose('terms'),
      model.glossary.length
        ? {
            kind: 'table',
            fontSize: 9,
            columns: [
              { label: T.term[locale], width: 3 },
              { label: T.definition[locale], width: 8 },
              { label: T.reference[locale], width: 2 },
            ],
            rows: model.glossary.map((t) => [`${tr(t.term, locale)}${t.abbreviation ? ` (${t.abbreviation})` : ''}`, tr(t.definition, locale), t.reference ?? '']),
          }
        : { kind: 'p', text: T.none[locale] },
    ],
    principles: () => {
      const text = prose('principles');
      // Each principle once: handbook prose with its own section on the principles replaces the generated list.
      const ownList = text.some((b) => isHeading(b) && /princip/i.test(b.text));
      return [
        ...text,
        ...(ownList
          ? []
          : [
              { kind: 'p' as const, text: T.principlesIntro[locale] },
              { kind: 'list' as const, items: PRINCIPLES[locale] },
            ]),
        { kind: 'p', text: T.basesIntro[locale] },
        {
          kind: 'table',
          fontSize: 9,
          columns: [
            { label: T.basis[locale], width: 3 },
            { label: T.meaning[locale], width: 5 },
            { label: T.usedBy[locale], width: 4 },
          ],
          rows: LEGAL_BASIS_CODES.map((code) => {
            const used = model.activities.filter((a) => a.purposes.some((p) => hasBasis(p, code as LegalBasisCode))).map((a) => tr(a.name, locale));
            // The board's document states the basis about the data subject (formal), not to them (plain).
            return [legalBasis(code, locale).full, LEGAL_BASES[code].formal[locale], list(used, locale) || T.notUsed[locale]];
          }),
        },
      ];
    },
    rights: () => [
      ...prose('rights'),
      { kind: 'p', text: T.rightsIntro[locale] },
      { kind: 'list', items: RIGHT_CODES.map((c) => `${RIGHTS[c].label[locale]} (${RIGHTS[c].article})`) },
      {
        kind: 'p',
        text: T.deadline[locale](formatDuration(model.organisation.rights.responseDeadline, locale), formatDuration(model.organisation.rights.extension, locale)),
      },
      // rights.freeCopies is worded for the public; the policy states the rule about the data subject.
      ...(model.organisation.rights.freeCopies ? [{ kind: 'p' as const, text: T.freeCopies[locale] }] : []),
      ...routineBlocks(model, 'rights-request', locale),
    ],
    record: () => [
      ...prose('record'),
      { kind: 'p', text: T.recordIntro[locale](structureOf(model) === 'group', keeper) },
      ...controllerEntities(model).flatMap((e): Block[] => [
        { kind: 'h2', text: e.legalName },
        {
          kind: 'table',
          fontSize: 8,
          columns: [
            { label: T.activity[locale], width: 3 },
            { label: T.basis[locale], width: 6 },
            { label: T.subjects[locale], width: 3 },
          ],
          rows: activitiesOf(model, e.id).map((a) => [
            tr(a.name, locale),
            // Each basis once; the purposes themselves are worded for the public ("dig") and stand in the full record.
            [...new Set(a.purposes.flatMap((p) => basesOf(p).map((b) => legalBasisLabel(b.basis, locale))))].join('\n'),
            a.refs.subjects.map((s) => tr(s.name, locale)).join('\n'),
          ]),
        },
      ]),
    ],
    retention: () => {
      const rows = retentionRows(model, locale);
      const keys = ['activity', 'documentType', 'period', 'from', 'law', 'then'] as const;
      const plan: Block[] = [
        { kind: 'p', text: T.retentionIntro[locale](keeper) },
        {
          kind: 'table',
          fontSize: 8,
          columns: keys.map((k) => ({ label: RETENTION_LABELS[k][locale], width: k === 'activity' || k === 'from' ? 3 : 2 })),
          rows: rows.map((r) => keys.map((k) => r.cells[k].join('\n'))),
        },
      ];
      return [
        // The plan belongs to the prose about retention, not under whatever subsection (e-mail) ends the prose.
        ...placeInSubsection(prose('retention'), /gallr|retention|bevara|förvar/i, plan, { kind: 'h2', text: T.retentionPlan[locale] }),
        ...routineBlocks(model, 'email', locale),
        ...routineBlocks(model, 'retention', locale),
      ];
    },
    security: () => [
      ...prose('security'),
      ...(['technical', 'organisational'] as const).flatMap((kind): Block[] => {
        const list = model.securityMeasures.filter((m) => m.kind === kind);
        return list.length
          ? [
              { kind: 'h2', text: T[kind][locale] },
              { kind: 'list', items: list.map((m) => `${tr(m.title, locale)}: ${tr(m.description, locale)}`) },
            ]
          : [];
      }),
      ...routineBlocks(model, 'security', locale),
    ],
    breaches: () => {
      const text = prose('breaches');
      // Handbook prose in this language already explains Art. 33(3), 34 and 33(5); do not print them twice.
      const ownProse = text.some((b) => b.kind !== 'p' || b.style !== 'italic');
      return [
        ...text,
        ...(ownProse ? [] : [{ kind: 'p' as const, text: T.breachIntro[locale](keeper) }]),
        { kind: 'p', text: T.imy[locale](breachHours(model), authority) },
        ...(ownProse
          ? []
          : [
              { kind: 'p' as const, text: T.content333[locale] },
              { kind: 'list' as const, items: T.content333Items[locale](Boolean(model.organisation.dpo)) },
              { kind: 'p' as const, text: T.tellPeople[locale] },
              { kind: 'p' as const, text: T.register[locale] },
            ]),
        ...routineBlocks(model, 'breach', locale),
      ];
    },
    adoption: () => [...prose('adoption'), ...signatureBlocks(model, locale)],
  };
  return SECTION_DEFS.map((d, i) => ({ id: d.id, title: `${i + 1} ${d.title[locale]}`, blocks: build[d.id]() }));
}

/** "Upprättad av / Godkänd av / Fastställd av styrelsen" of the newest version; a draft's rows are left empty to sign. */
export function signatureBlocks(model: Model, locale: Locale): Block[] {
  const block = signatureBlock(model, locale);
  if (!block) return [{ kind: 'p', text: T.noVersion[locale] }];
  const L = SIGNATURE_LABELS;
  const draft = block.status === 'draft';
  const v = newestVersion(model)!;
  return [
    ...(draft ? [{ kind: 'p' as const, text: L.draftNote[locale], style: 'bold' as const }] : []),
    {
      kind: 'table',
      fontSize: 10,
      columns: [{ label: L.step[locale], width: 3 }, { label: L.name[locale], width: 4 }, { label: L.date[locale], width: 2 }, ...(draft ? [{ label: L.signature[locale], width: 3 }] : [])],
      rows: [...block.rows.map((r) => [r.step, r.name, r.date, ...(draft ? [''] : [])]), ...(draft || block.minutes ? [[L.minutes[locale], block.minutes ?? '', '', ...(draft ? [''] : [])]] : [])],
    },
    ...(v.reason ? [{ kind: 'p' as const, text: `${T.reason[locale]}: ${tr(v.reason, locale)}` }] : []),
    ...(v.changes ? [{ kind: 'p' as const, text: `${T.summary[locale]}: ${tr(v.changes, locale)}` }] : []),
    ...changeBlocks(model, v, locale),
  ];
}

/** What this version changes, in words, grouped by group of people and activity, with the DPO's reasons: what the board decides on. */
function changeBlocks(model: Model, v: PolicyVersionEntry, locale: Locale): Block[] {
  const found = changesOfVersion(model, v.version);
  if (!found) return [];
  if (!found.previous)
    return [
      { kind: 'h2', text: T.changes[locale] },
      { kind: 'p', text: T.firstVersion[locale] },
    ];
  const rendered = renderChangelog(found.set, locale, v.reasons ? { reasons: v.reasons } : {});
  return [
    { kind: 'h2', text: `${T.changes[locale]} (${T.since[locale]} ${found.previous})` },
    ...(rendered.groups.length
      ? rendered.groups.flatMap((g): Block[] => [
          { kind: 'h3', text: g.label },
          ...g.activities.flatMap((a): Block[] => [
            { kind: 'p', text: a.name, style: 'bold' },
            ...(a.reason ? [{ kind: 'p' as const, text: `${T.reason[locale]}: ${a.reason}`, style: 'italic' as const }] : []),
            { kind: 'list', items: a.entries.map((e) => e.text) },
          ]),
        ])
      : [{ kind: 'p' as const, text: T.noChanges[locale] }]),
  ];
}
