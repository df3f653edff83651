/** One failing case per rule (some rules have several): a mutation of the base fixture and where the finding must point. */
import type { Mutations } from './helpers.ts';

export interface FailingCase {
  name: string;
  rule: string;
  mutations: Mutations;
  today?: string;
  /** The file the diagnostic must name, and a text on the line it must point at. */
  file: string;
  needle: string;
  nth?: number;
  /** Text the Swedish and English messages must contain. */
  sv: string;
  en: string;
}

const STOD = 'activities/stod.yaml';
const REK = 'activities/rekrytering.yaml';

export const FAILING: FailingCase[] = [
  {
    name: 'controller with only a visiting address',
    rule: 'notice/controller-contact',
    mutations: { 'entities/testomsorg-ab.yaml': (d) => d.setIn(['addresses', 0, 'kind'], 'visiting') },
    file: 'entities/testomsorg-ab.yaml', needle: 'kind: visiting',
    sv: 'saknar postadress', en: 'has no postal address',
  },
  {
    name: 'DPO without public contact',
    rule: 'notice/dpo-contact',
    mutations: { 'people/dina-dpo.yaml': (d) => d.deleteIn(['publicContact']) },
    file: 'people/dina-dpo.yaml', needle: 'name: Dina',
    sv: 'saknar offentliga kontaktuppgifter', en: 'has no public contact details',
  },
  {
    name: 'the same purpose twice',
    rule: 'notice/purposes',
    mutations: { [STOD]: (d) => d.setIn(['purposes', 2, 'description'], 'Vi skriver ner det stöd du får.') },
    file: STOD, needle: 'Vi skriver ner det stöd du får.', nth: 2,
    sv: 'står redan som purposes[0]', en: 'already appears as purposes[0]',
  },
  {
    name: 'legitimate interest without balancing test',
    rule: 'notice/legitimate-interest',
    mutations: { [STOD]: (d) => d.deleteIn(['purposes', 1, 'balancingTest']) },
    file: STOD, needle: 'id: kvalitet',
    sv: 'saknar balancingTest', en: 'lacks balancingTest',
  },
  {
    name: 'consent without withdrawal',
    rule: 'notice/consent-withdrawal',
    mutations: { [STOD]: (d) => d.deleteIn(['purposes', 2, 'consent']) },
    file: STOD, needle: 'id: bilder',
    sv: 'hur samtycket återkallas', en: 'how consent is withdrawn',
  },
  {
    name: 'explicit consent 9(2)(a) without withdrawal',
    rule: 'notice/consent-withdrawal',
    mutations: { [STOD]: (d) => d.setIn(['specialCondition', 'condition'], '9(2)(a)') },
    file: STOD, needle: 'condition: 9(2)(a)',
    sv: 'uttryckligt samtycke', en: 'explicit consent',
  },
  {
    name: 'third-country processor without a transfer in the activity',
    rule: 'notice/transfers',
    mutations: { [STOD]: (d) => d.setIn(['transfers'], []) },
    file: STOD, needle: 'processors: [molnet, mejlet]',
    sv: 'Mejlet Inc. finns i US', en: 'Mejlet Inc. is in US',
  },
  {
    name: 'Art. 49 derogation without description',
    rule: 'notice/transfers',
    mutations: { 'transfers/mejlet-usa.yaml': (d) => d.setIn(['safeguard'], 'derogation-49') },
    file: 'transfers/mejlet-usa.yaml', needle: 'safeguard:',
    sv: 'art. 49', en: 'Art. 49',
  },
  {
    name: 'retention rule without duration or criteria',
    rule: 'notice/retention-stated',
    mutations: { [STOD]: (d) => d.deleteIn(['retention', 0, 'duration']) },
    file: STOD, needle: 'from: sista anteckningen',
    sv: 'saknar både duration och criteria', en: 'neither a duration nor criteria',
  },
  {
    name: 'blank supervisory authority override',
    rule: 'notice/complaint-authority',
    mutations: { 'organisation.yaml': (d) => d.setIn(['supervisoryAuthority'], d.createNode({ postalAddress: '' })) },
    file: 'organisation.yaml', needle: 'postalAddress',
    sv: 'supervisoryAuthority.postalAddress är tomt', en: 'supervisoryAuthority.postalAddress is empty',
  },
  {
    name: 'data from the person without provision',
    rule: 'notice/provision',
    mutations: { [STOD]: (d) => d.deleteIn(['provision']) },
    file: STOD, needle: 'from: data-subject',
    sv: 'provision saknas', en: 'provision missing',
  },
  {
    name: 'third-party source without categories',
    rule: 'notice/third-party-source',
    mutations: { [STOD]: (d) => d.deleteIn(['sources', 1, 'dataCategories']) },
    file: STOD, needle: 'from: third-party',
    sv: 'saknar dataCategories', en: 'lacks dataCategories',
  },
  {
    name: 'automated decisions unexplained',
    rule: 'notice/automated-decisions',
    mutations: { [STOD]: (d) => d.setIn(['automatedDecisions'], d.createNode({ used: true })) },
    file: STOD, needle: 'used: true',
    sv: 'förklarar inte logiken', en: 'does not explain the logic',
  },
  {
    name: 'health data without Art. 9 condition',
    rule: 'special/art9-condition',
    mutations: { [STOD]: (d) => d.deleteIn(['specialCondition']) },
    file: STOD, needle: 'dataCategories: [kontakt, halsa, personnummer]',
    sv: '"Hälsa" är känsliga personuppgifter', en: '"Hälsa" is special-category data',
  },
  {
    name: '9(2)(h) without professional secrecy',
    rule: 'special/professional-secrecy',
    mutations: { [STOD]: (d) => d.deleteIn(['specialCondition', 'professionalSecrecy']) },
    file: STOD, needle: 'condition: 9(2)(h)',
    sv: 'vem som har tystnadsplikt', en: 'who is bound by secrecy',
  },
  {
    name: 'criminal-record data without legal basis',
    rule: 'special/criminal-basis',
    mutations: { [REK]: (d) => d.deleteIn(['criminalDataBasis']) },
    file: REK, needle: 'dataCategories: [kontakt, belastning]',
    sv: 'anger inget lagstöd', en: 'cites no legal basis',
  },
  {
    name: 'personnummer without justification',
    rule: 'special/personnummer-justification',
    mutations: { [STOD]: (d) => d.deleteIn(['personnummerJustification']) },
    file: STOD, needle: 'dataCategories: [kontakt, halsa, personnummer]',
    sv: 'personnummerJustification saknas', en: 'personnummerJustification missing',
  },
  {
    name: 'legal obligation without a law',
    rule: 'law/basis-cites-law',
    mutations: { [STOD]: (d) => d.deleteIn(['purposes', 0, 'law']) },
    file: STOD, needle: 'legalBasis: 6(1)(c)',
    sv: 'hänvisar inte till någon lag', en: 'cites no law',
  },
  {
    name: 'cited section not in the law entry',
    rule: 'law/section-listed',
    mutations: { [STOD]: (d) => d.setIn(['purposes', 0, 'law', 0, 'section'], '23 x §') },
    file: STOD, needle: 'section: 23 x §',
    sv: 'Paragrafen "23 x §" finns inte', en: 'Section "23 x §" is not among',
  },
  {
    name: 'DPO without any contact',
    rule: 'record/controller-record',
    mutations: { 'people/dina-dpo.yaml': (d) => { d.deleteIn(['publicContact']); d.deleteIn(['email']); } },
    file: 'people/dina-dpo.yaml', needle: 'name: Dina',
    sv: 'saknar kontaktuppgifter för registerförteckningen', en: 'no contact details for the record',
  },
  {
    name: 'internal activity without retention',
    rule: 'record/retention-period',
    mutations: { [REK]: (d) => d.setIn(['retention'], d.createNode([], { flow: true })) },
    file: REK, needle: 'retention: []',
    sv: 'saknar tidsfrist för radering', en: 'no erasure time limit',
  },
  {
    name: 'activity without security measures',
    rule: 'record/security-measures',
    mutations: { [REK]: (d) => d.setIn(['securityMeasures'], d.createNode([], { flow: true })) },
    file: REK, needle: 'securityMeasures: []',
    sv: 'listar inga säkerhetsåtgärder', en: 'lists no security measures',
  },
  {
    name: 'processor role without contact and measures',
    rule: 'record/processor-record',
    mutations: {
      'entities/testomsorg-ab.yaml': (d) => d.setIn(['processorFor'], d.createNode([{ controller: 'Kommunen', processing: ['Hemtjänst'] }])),
    },
    file: 'entities/testomsorg-ab.yaml', needle: 'controller: Kommunen',
    sv: 'saknar controllerContact, securityMeasures', en: 'lacks controllerContact, securityMeasures',
  },
  {
    name: 'processor without agreement',
    rule: 'processors/agreement',
    mutations: { 'processors/molnet.yaml': (d) => d.deleteIn(['agreementDate']) },
    file: 'processors/molnet.yaml', needle: 'name: Molnet AB',
    sv: 'saknar datum för personuppgiftsbiträdesavtal', en: 'no data processing agreement date',
  },
  {
    name: 'processor in a third country without transfer',
    rule: 'processors/third-country',
    mutations: { 'processors/molnet.yaml': (d) => d.setIn(['country'], 'US') },
    file: 'processors/molnet.yaml', needle: 'country: US',
    sv: 'Biträdet Molnet AB finns i US', en: 'The processor Molnet AB is in US',
  },
  {
    name: 'recipient in a third country without transfer',
    rule: 'processors/third-country',
    mutations: { 'recipients/kommunen.yaml': (d) => d.setIn(['country'], 'CH') },
    file: 'recipients/kommunen.yaml', needle: 'country: CH',
    sv: 'Mottagaren Kommunen finns i CH', en: 'The recipient Kommunen is in CH',
  },
  {
    name: 'category not covered by retention',
    rule: 'retention/categories-covered',
    mutations: { [STOD]: (d) => d.setIn(['retention', 0, 'dataCategories'], d.createNode(['kontakt', 'halsa'], { flow: true })) },
    file: STOD, needle: 'dataCategories: [kontakt, halsa, personnummer]',
    sv: 'Ingen gallringsregel täcker "Personnummer"', en: 'No retention rule covers "Personnummer"',
  },
  {
    name: 'retention longer than the law allows',
    rule: 'retention/law-bounds',
    mutations: { [STOD]: (d) => d.setIn(['retention', 0, 'duration'], 'P5Y') },
    file: STOD, needle: 'duration: P5Y',
    sv: 'längre än maximum 2 år enligt LSS 23 c §', en: 'longer than the maximum 2 years under LSS 23 c §',
  },
  {
    name: 'retention shorter than the law requires',
    rule: 'retention/law-bounds',
    mutations: { [STOD]: (d) => d.setIn(['retention', 0, 'duration'], 'P1Y') },
    file: STOD, needle: 'duration: P1Y',
    sv: 'kortare än minimum 2 år', en: 'shorter than the minimum 2 years',
  },
  {
    name: 'board adoption due within the warning window',
    rule: 'governance/adoption-due',
    mutations: {},
    today: '2027-02-15',
    file: 'policy-versions/v2026-1.yaml', needle: 'adoptedByBoard',
    sv: 'senast 2027-03-01', en: 'due by 2027-03-01',
  },
  {
    name: 'board adoption overdue',
    rule: 'governance/adoption-overdue',
    mutations: {},
    today: '2027-03-02',
    file: 'policy-versions/v2026-1.yaml', needle: 'adoptedByBoard',
    sv: 'skulle ha skett senast 2027-03-01', en: 'was due by 2027-03-01',
  },
  {
    name: 'policy never adopted by the board',
    rule: 'governance/adoption-overdue',
    mutations: { 'policy-versions/v2026-1.yaml': (d) => d.deleteIn(['adoptedByBoard']) },
    file: 'organisation.yaml', needle: 'name: Testomsorg',
    sv: 'Ingen version av policyn', en: 'No version of the policy',
  },
  {
    name: 'no DPO although the core activity is care with health data (Art. 37(1)(c))',
    rule: 'governance/dpo-named',
    mutations: { 'organisation.yaml': (d) => d.deleteIn(['dpo']), 'people/dina-dpo.yaml': (d) => d.deleteIn(['roles']) },
    file: 'organisation.yaml', needle: 'name: Testomsorg',
    sv: 'Kärnverksamheten (Stöd enligt LSS) behandlar känsliga uppgifter', en: 'The core activity (Stöd enligt LSS) processes special-category data',
  },
  {
    name: 'no DPO although the organisation assessed its processing as large-scale',
    rule: 'governance/dpo-named',
    mutations: { 'organisation.yaml': (d) => { d.deleteIn(['dpo']); d.setIn(['processingScale'], { large: true, reason: 'Vi ger stöd till 900 personer.' }); }, 'people/dina-dpo.yaml': (d) => d.deleteIn(['roles']) },
    file: 'organisation.yaml', needle: 'large: true',
    sv: 'i stor omfattning enligt processingScale', en: 'on a large scale according to processingScale',
  },
  {
    name: 'no DPO in a public body (Art. 37(1)(a)), whatever the scale',
    rule: 'governance/dpo-named',
    mutations: { 'organisation.yaml': (d) => { d.deleteIn(['dpo']); d.setIn(['legalForm'], 'kommun'); d.setIn(['processingScale'], { large: false, reason: 'Liten.' }); }, 'people/dina-dpo.yaml': (d) => d.deleteIn(['roles']) },
    file: 'organisation.yaml', needle: 'legalForm: kommun',
    sv: 'är en kommun och måste därför ha ett dataskyddsombud', en: 'is a municipality (kommun) and so must have a data protection officer',
  },
  {
    name: 'consent and contract for the same purpose',
    rule: 'notice/consent-combined',
    mutations: { [STOD]: (d) => { d.deleteIn(['purposes', 2, 'legalBasis']); d.setIn(['purposes', 2, 'legalBases'], [{ basis: '6(1)(b)', note: 'Avtalet.' }, { basis: '6(1)(a)', note: 'Bilderna.' }]); } },
    file: STOD, needle: 'basis: 6(1)(a)',
    sv: 'vilar på både samtycke och avtal', en: 'rests on both consent and contract',
  },
  {
    name: 'a source from the linked person without a linked group',
    rule: 'notice/linked-source',
    mutations: { [STOD]: (d) => d.setIn(['sources', 1, 'from'], 'linked-subject') },
    file: STOD, needle: 'from: linked-subject',
    sv: 'ingen av behandlingens grupper (kunder) är kopplad', en: "none of the activity's groups (kunder) is linked",
  },
  {
    name: 'a retention period without its starting point',
    rule: 'notice/retention-stated',
    mutations: { [STOD]: (d) => d.deleteIn(['retention', 0, 'from']) },
    file: STOD, needle: 'duration: P2Y',
    sv: 'anger en tid (P2Y) men inte från när', en: 'gives a period (P2Y) but not when it starts',
  },
  {
    name: 'structure: group with a single legal entity',
    rule: 'organisation/shape',
    mutations: { 'organisation.yaml': (d) => d.setIn(['structure'], 'group') },
    file: 'organisation.yaml', needle: 'structure: group',
    sv: 'bara en juridisk person', en: 'only one legal entity',
  },
  {
    name: 'structure: single with two legal entities',
    rule: 'organisation/shape',
    mutations: {
      'organisation.yaml': (d) => d.setIn(['structure'], 'single'),
      'entities/systerbolaget-ab.yaml': 'legalName: Systerbolaget AB\norganisationsnummer: "556036-0793"\naddresses:\n  - street: Gatan 1\n    postalCode: "111 22"\n    city: Stockholm\nemail: info@syster.example\n',
    },
    file: 'organisation.yaml', needle: 'structure: single',
    sv: 'content/entities/ har 2 juridiska personer', en: 'content/entities/ has 2 legal entities',
  },
  {
    name: 'group wording for a single company',
    rule: 'organisation/shape',
    mutations: { 'organisation.yaml': (d) => d.setIn(['wording'], { organisation: { sv: 'koncernen', en: 'the group' } }) },
    file: 'organisation.yaml', needle: 'sv: koncernen',
    sv: 'wording.organisation säger "koncernen", men organisationen är aktiebolag (inte en koncern)', en: 'wording.organisation says "koncernen"',
  },
  {
    name: 'company wording for an economic association',
    rule: 'organisation/shape',
    mutations: { 'organisation.yaml': (d) => { d.setIn(['legalForm'], 'ekonomisk-forening'); d.setIn(['wording'], { organisation: 'assistansbolaget' }); } },
    file: 'organisation.yaml', needle: 'organisation: assistansbolaget',
    sv: 'säger "assistansbolaget", men organisationen är ekonomisk förening', en: 'but the organisation is economic association',
  },
  {
    name: 'a DPO role in an organisation without a DPO',
    rule: 'organisation/dpo-appointed',
    mutations: { 'organisation.yaml': (d) => d.deleteIn(['dpo']) },
    file: 'people/dina-dpo.yaml', needle: 'role: dpo',
    sv: 'har rollen dpo, men organisationen har inget dataskyddsombud', en: 'has the dpo role, but the organisation has no DPO',
  },
  {
    name: 'the named DPO lacks the DPO role',
    rule: 'organisation/dpo-appointed',
    mutations: { 'people/dina-dpo.yaml': (d) => d.deleteIn(['roles']) },
    file: 'organisation.yaml', needle: 'dpo: dina-dpo',
    sv: 'men personen saknar rollen dpo', en: 'but the person lacks the dpo role',
  },
  {
    name: 'delegation to a group',
    rule: 'governance/delegation-individual',
    mutations: { 'delegations/anna-till-bo.yaml': (d) => d.setIn(['to'], 'ledningsgruppen') },
    file: 'delegations/anna-till-bo.yaml', needle: 'to: ledningsgruppen',
    sv: 'gruppen "Ledningsgruppen"', en: 'the group "Ledningsgruppen"',
  },
  {
    name: 'activity not reviewed within a year',
    rule: 'governance/activity-review',
    mutations: {},
    today: '2027-06-02',
    file: REK, needle: 'lastReviewed',
    sv: 'skulle ha skett senast 2027-06-01', en: 'was due by 2027-06-01',
  },
  {
    name: 'outdated authority name',
    rule: 'hygiene/outdated-names',
    mutations: { [STOD]: (d) => d.setIn(['purposes', 0, 'description'], 'Vi följer råd från Datainspektionen.') },
    file: STOD, needle: 'Datainspektionen',
    sv: '"Datainspektionen"', en: '"Datainspektionen"',
  },
  {
    name: 'outdated law name in an English text',
    rule: 'hygiene/outdated-names',
    mutations: { 'security-measures/behorighet.yaml': (d) => d.setIn(['title'], d.createNode({ sv: 'Behörighet', en: 'Access control (as under PUL)' })) },
    file: 'security-measures/behorighet.yaml', needle: 'sv: Behörighet',
    sv: '"PUL"', en: '"PUL"',
  },
  {
    name: 'unused data category',
    rule: 'hygiene/unused-entries',
    mutations: { 'data-categories/oanvand.yaml': 'name: Skostorlek\n' },
    file: 'data-categories/oanvand.yaml', needle: 'name: Skostorlek',
    sv: 'Datakategorin "Skostorlek" används inte', en: 'The data category "Skostorlek" is not used',
  },
  {
    name: 'unused subject category',
    rule: 'hygiene/unused-entries',
    mutations: { 'subjects/besokare.yaml': 'name: Besökare\naudience: Du som besöker oss\n' },
    file: 'subjects/besokare.yaml', needle: 'name: Besökare',
    sv: 'Kategorin registrerade "Besökare"', en: 'The subject category "Besökare"',
  },
  {
    name: 'internal recipient in a public activity',
    rule: 'hygiene/internal-in-public',
    mutations: { 'recipients/kommunen.yaml': (d) => d.setIn(['visibility'], 'internal') },
    file: STOD, needle: 'party: kommunen',
    sv: 'den interna posten recipients/kommunen', en: 'the internal entry recipients/kommunen',
  },
  {
    name: 'internal data category in a public activity',
    rule: 'hygiene/internal-in-public',
    mutations: { 'data-categories/halsa.yaml': (d) => d.setIn(['visibility'], 'internal') },
    file: STOD, needle: 'dataCategories: [kontakt, halsa, personnummer]',
    sv: 'den interna posten data-categories/halsa', en: 'the internal entry data-categories/halsa',
  },
  {
    name: 'hard notice text',
    rule: 'language/notice-lix',
    mutations: {
      [STOD]: (d) =>
        d.setIn(
          ['description'],
          'Personuppgiftsbehandlingen genomförs huvudsakligen för dokumentationsändamål avseende insatser enligt speciallagstiftning, vilket innebär omfattande administrativa rutiner beträffande journalföring, uppföljning och myndighetsrapportering.',
        ),
    },
    file: STOD, needle: 'Personuppgiftsbehandlingen',
    sv: 'Längst: "Personuppgiftsbehandlingen genomförs', en: 'Longest: "Personuppgiftsbehandlingen genomförs',
  },
  {
    name: 'hard easy-read text',
    rule: 'language/easy-read-lix',
    mutations: {
      [STOD]: (d) =>
        d.setIn(['easyRead'], 'Vi dokumenterar insatserna enligt gällande lagstiftning. Dokumentationen används för uppföljning av verksamheten.'),
    },
    file: STOD, needle: 'easyRead',
    sv: '(högst 35 tillåts)', en: '(at most 35 allowed)',
  },
];
