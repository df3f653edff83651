/**
 * The answers of `init` → a minimal but complete content folder: the
 * organisation and its companies, the common groups of people and
 * activities for the services chosen, citing the statutes the project ships.
 * Every entry is `draft: true` with `todo` notes for what only the
 * organisation can answer; `check` lists them, and the folder builds at once.
 */
import { OrganisationSchema } from '../../src/model/schemas/index.ts';
import { bundledLaws } from '../import/laws.ts';
import { slug } from '../import/values.ts';
import type { StagedFile } from '../shared/stage.ts';
import { entryYaml } from '../shared/yaml-entry.ts';
import type { Answers } from './answers.ts';
import type { Locale } from '../../src/model/schemas/index.ts';

type Data = Record<string, unknown>;
type T = { sv: string; en: string };
const t = (sv: string, en: string): T => ({ sv, en });

export function initFiles(a: Answers, opts: { lang: Locale; today: string }): StagedFile[] {
  const q = (x: T) => x[opts.lang];
  const todo = (...questions: T[]) => questions.map((x) => ({ question: q(x) }));
  const entries: [kind: string, id: string, data: Data][] = [];
  const add = (kind: string, id: string, data: Data) => {
    const { todo: notes, ...rest } = data as { todo?: unknown[] };
    entries.push([kind, id, { ...rest, draft: true, ...(notes?.length ? { todo: notes } : {}) }]);
  };
  const en = a.languages.includes('en');
  // Texts are written in both languages when English is published, else in Swedish only.
  const L = (x: T) => (en ? x : x.sv);

  // ---------------------------------------------------------------- organisation and companies
  const idOf = (name: string) => slug(name.replace(/\s+(ab|hb|kb|ek\.?\s*för\.?)$/i, ''));
  const parent = idOf(a.name);
  const companies = a.companies.map((c) => ({ ...c, id: idOf(c.name) }));
  const care = a.services.filter((s) => s !== 'other');
  const address = a.address ?? { street: q(t('Gatuadress saknas', 'Street missing')), postalCode: '000 00', city: q(t('Ort saknas', 'City missing')) };
  const entity = (legalName: string, organisationsnummer: string, services: string[], isParent: boolean): Data => ({
    legalName,
    organisationsnummer,
    addresses: [{ kind: 'both', ...address }],
    email: a.email ?? 'info@example.invalid',
    services,
    todo: todo(
      ...(a.address ? [] : [t('Ange bolagets besöks- och postadress.', "Give the company's visiting and postal address.")]),
      ...(a.email ? [] : [t('Ange bolagets e-postadress för frågor om personuppgifter.', "Give the company's e-mail address for questions about personal data.")]),
      ...(isParent || !companies.length
        ? []
        : [t('Kontrollera adressen, e-postadressen och vilka tjänster just detta bolag ger.', 'Check the address, the e-mail address and which services this company provides.')]),
      ...(isParent ? [t('Lägg till telefonnummer och webbplats om ni vill visa dem i informationen.', 'Add a phone number and website if you want the notice to show them.')] : []),
    ),
  });
  add('entities', parent, entity(a.name, a.organisationsnummer, companies.length ? [] : care, true));
  for (const c of companies) add('entities', c.id, entity(c.name, c.organisationsnummer, care, false));
  const all = [parent, ...companies.map((c) => c.id)];
  const careControllers = companies.length ? companies.map((c) => c.id) : [parent];

  const org: Data = {
    name: L(t(a.name, a.name)),
    ...('legalForm' in OrganisationSchema.shape ? { legalForm: a.legalForm } : {}),
    ...('structure' in OrganisationSchema.shape ? { structure: companies.length ? 'group' : 'single' } : {}),
    parent,
    ...(a.dpo ? { dpo: 'dataskyddsombud' } : {}),
    locales: a.languages,
    todo: todo(
      t('Lägg till webbplatsens adress (website) och, när den finns, site.baseUrl.', "Add the website's address (website) and, once known, site.baseUrl."),
      ...('legalForm' in OrganisationSchema.shape
        ? []
        : [t(`Juridisk form: ${a.legalForm}. Skriv in den som legalForm när verktyget stöder fältet.`, `Legal form: ${a.legalForm}. Record it as legalForm once the tool supports the field.`)]),
      ...(a.dpo
        ? []
        : [
            t(
              'Ni har inget dataskyddsombud. Vård och omsorg behandlar känsliga uppgifter i stor omfattning, och då krävs ett ombud (art. 37.1 c). Kontrollera och utse ett vid behov.',
              'You have no data protection officer. Care providers process sensitive data on a large scale, which requires one (Art. 37(1)(c)). Check, and appoint one if needed.',
            ),
          ]),
      ...(a.services.includes('other')
        ? [
            t(
              'Ni valde «Annat»: beskriv de behandlingar den verksamheten har, en fil per behandling i activities/.',
              'You chose "Other": describe the activities of that service, one file per activity in activities/.',
            ),
          ]
        : []),
    ),
  };
  add('organisation', 'organisation', org);
  if (a.dpo) {
    add('people', 'dataskyddsombud', {
      name: a.dpo.name,
      roles: [{ role: 'dpo', title: L(t('Dataskyddsombud', 'Data protection officer')) }],
      publicContact: { email: a.dpo.email, ...(a.dpo.phone ? { phone: a.dpo.phone } : {}) },
      visibility: 'public',
      todo: todo(
        t(
          'Kontrollera att e-postadressen är en funktionsbrevlåda som fler än ombudet kan läsa vid frånvaro.',
          'Check that the e-mail address is a function mailbox others can read when the officer is away.',
        ),
      ),
    });
  }

  // ---------------------------------------------------------------- shared entries
  const cat = (id: string, name: T, extra: Data = {}) => add('data-categories', id, { name: L(name), ...extra });
  cat('name', t('Namn', 'Name'));
  cat('contact-details', t('Kontaktuppgifter', 'Contact details'), { examples: [L(t('Adress, telefonnummer och e-postadress', 'Address, phone number and e-mail address'))] });
  cat('personnummer', t('Personnummer', 'Personal identity number'), { personnummer: true });
  cat('employment-details', t('Anställningsuppgifter', 'Employment details'));
  cat('salary-payment', t('Lön och utbetalning', 'Salary and payment'));
  cat('application', t('Ansökan och CV', 'Application and CV'));
  cat('ip-address', t('IP-adress och webbloggar', 'IP address and web logs'));
  if (care.length) {
    cat('health', t('Hälsa', 'Health'), { special: 'health', description: L(t('Uppgifter om hälsa, sjukdomar och funktionsnedsättning.', 'Data about health, illness and disability.')) });
    cat('support-decisions', t('Beslut och insatser', 'Decisions and support'));
    cat('relatives', t('Anhöriga och företrädare', 'Relatives and representatives'));
  }

  const subject = (id: string, name: T, audience: T, order: number) =>
    add('subjects', id, {
      name: L(name),
      audience: L(audience),
      order,
      todo: todo(t('Skriv de fyra korta svaren (summary: why, what, allowed, howLong) för den här gruppen.', 'Write the four short answers (summary: why, what, allowed, howLong) for this group.')),
    });
  const clientGroup = care.some((s) => s !== 'halso-och-sjukvard');
  if (clientGroup) subject('clients', t('Kunder', 'Customers'), t('Du som får stöd av oss', 'You who receive support from us'), 10);
  if (care.includes('halso-och-sjukvard')) subject('patients', t('Patienter', 'Patients'), t('Du som får vård av oss', 'You who receive care from us'), 20);
  if (care.length) subject('relatives', t('Anhöriga och företrädare', 'Relatives and representatives'), t('Du som är anhörig eller företrädare', 'You who are a relative or representative'), 30);
  subject('employees', t('Anställda', 'Employees'), t('Du som arbetar hos oss', 'You who work for us'), 40);
  subject('job-applicants', t('Arbetssökande', 'Job applicants'), t('Du som söker jobb hos oss', 'You who apply for a job with us'), 50);
  subject('website-visitors', t('Besökare på webbplatsen', 'Website visitors'), t('Du som besöker vår webbplats', 'You who visit our website'), 60);

  add('recipients', 'skatteverket', { name: L(t('Skatteverket', 'Swedish Tax Agency')), kind: 'authority', website: 'https://www.skatteverket.se' });
  if (care.length)
    add('recipients', 'municipality', {
      name: L(t('Kommunen som beslutat om insatsen', 'The municipality that decided on the support')),
      kind: 'municipality',
      todo: todo(t('Skriv vilka kommuner ni har uppdrag från.', 'Name the municipalities you work for.')),
    });
  if (care.includes('personlig-assistans'))
    add('recipients', 'forsakringskassan', { name: L(t('Försäkringskassan', 'Swedish Social Insurance Agency')), kind: 'authority', website: 'https://www.forsakringskassan.se' });
  if (care.includes('halso-och-sjukvard')) add('recipients', 'region', { name: L(t('Regionens hälso- och sjukvård', "The region's health care")), kind: 'region' });

  const measure = (id: string, kind: string, title: T, description: T) =>
    add('security-measures', id, {
      kind,
      title: L(title),
      description: L(description),
      todo: todo(t('Kontrollera att beskrivningen stämmer med hur ni faktiskt arbetar.', 'Check that the description matches how you actually work.')),
    });
  measure('access-control', 'technical', t('Behörighetsstyrning', 'Access control'), t('Var och en får bara se de uppgifter som behövs i arbetet.', 'Everyone sees only the data their work needs.'));
  measure(
    'logging',
    'technical',
    t('Loggning och loggkontroll', 'Logging and log review'),
    t('Vi loggar vem som läser känsliga uppgifter och kontrollerar loggarna regelbundet.', 'We log who reads sensitive data and review the logs regularly.'),
  );
  measure(
    'training',
    'organisational',
    t('Utbildning i dataskydd', 'Data protection training'),
    t('Alla anställda får utbildning i dataskydd och tystnadsplikt.', 'All staff are trained in data protection and confidentiality.'),
  );

  // ---------------------------------------------------------------- activities
  const laws = new Set<string>();
  const cite = (law: string, section?: string) => {
    laws.add(law);
    return section ? { law, section } : { law };
  };
  let order = 0;
  const activity = (id: string, data: Data, questions: T[]) =>
    add('activities', id, {
      ...data,
      securityMeasures: data.securityMeasures ?? ['access-control', 'training'],
      lastReviewed: opts.today,
      order: (order += 10),
      todo: todo(
        ...questions,
        t(
          'Kontrollera ändamål, uppgifter, mottagare och gallring, och lägg till de biträden (t.ex. systemleverantörer) ni anlitar.',
          'Check purposes, data, recipients and retention, and add the processors (e.g. system suppliers) you use.',
        ),
      ),
    });
  const careSecrecy = L(t('Alla som arbetar hos oss har tystnadsplikt.', 'Everyone who works for us is bound by secrecy.'));
  const careCondition = (extra: { law: string; section?: string }[] = []) => ({
    condition: '9(2)(h)',
    law: [cite('dataskyddslagen', '3 kap. 5 §'), ...extra.map((c) => cite(c.law, c.section))],
    professionalSecrecy: careSecrecy,
  });
  const pnr = L(t('Vi måste kunna identifiera dig säkert, så att uppgifter inte hamnar hos fel person.', 'We must identify you reliably, so that data do not end up with the wrong person.'));
  const careSources = (party: string) => [
    { from: 'data-subject', description: L(t('Du själv eller din företrädare.', 'You or your representative.')), dataCategories: ['name', 'contact-details', 'health', 'relatives'] },
    { from: 'third-party', party, description: L(t('Beslut om insatser.', 'Decisions on support.')), dataCategories: ['name', 'personnummer', 'support-decisions'] },
  ];
  const careProvision = {
    requirement: 'contract-precondition',
    consequence: L(t('Utan uppgifterna kan vi inte ge stödet på ett säkert sätt.', 'Without the data we cannot provide the support safely.')),
  };
  const careCats = ['name', 'contact-details', 'personnummer', 'health', 'support-decisions', 'relatives'];
  const careSubjects = [...(clientGroup ? ['clients'] : []), 'relatives'];

  if (care.includes('personlig-assistans')) {
    activity(
      'documentation-personal-assistance',
      {
        name: L(t('Dokumentation i personlig assistans', 'Documentation in personal assistance')),
        description: L(t('Vi skriver ner hur vi ger din assistans, så som lagen kräver.', 'We record how we provide your assistance, as the law requires.')),
        controllers: careControllers,
        subjects: careSubjects,
        dataCategories: careCats,
        purposes: [
          {
            id: 'document-support',
            description: L(t('Att skriva ner hur vi ger din assistans, så som LSS kräver.', 'To record how we provide your assistance, as LSS requires.')),
            legalBasis: '6(1)(c)',
            law: [cite('lss', '21 a §')],
          },
          {
            id: 'perform-assistance',
            description: L(t('Att planera och ge din assistans enligt avtalet med dig.', 'To plan and provide your assistance under our agreement with you.')),
            legalBasis: '6(1)(b)',
          },
        ],
        specialCondition: careCondition([{ law: 'lss', section: '29 §' }]),
        personnummerJustification: pnr,
        sources: careSources('forsakringskassan'),
        provision: careProvision,
        recipients: ['forsakringskassan', 'municipality'],
        retention: [
          {
            documentType: L(t('Personakt', 'Personal file')),
            duration: 'P2Y',
            from: L(t('den sista anteckningen i akten', 'the last entry in the file')),
            law: cite('lss', '23 c §'),
            then: 'deleted',
          },
        ],
        securityMeasures: ['access-control', 'logging', 'training'],
      },
      [
        t(
          'Stämmer gallringen: två år efter sista anteckningen (LSS 23 c §)? Lämnas akten till kommunen när uppdraget slutar?',
          'Is retention right: two years after the last entry (LSS 23 c §)? Is the file handed to the municipality when the assignment ends?',
        ),
      ],
    );
  }
  if (care.includes('hemtjanst')) {
    activity(
      'documentation-home-care',
      {
        name: L(t('Social dokumentation i hemtjänsten', 'Social documentation in home care')),
        description: L(t('Vi skriver ner hur vi ger ditt stöd i hemmet, så som lagen kräver.', 'We record how we provide your support at home, as the law requires.')),
        controllers: careControllers,
        subjects: careSubjects,
        dataCategories: careCats,
        purposes: [
          {
            id: 'document-support',
            description: L(t('Att skriva ner hur vi ger ditt stöd i hemmet, så som socialtjänstlagen kräver.', 'To record how we support you at home, as the Social Services Act requires.')),
            legalBasis: '6(1)(c)',
            law: [cite('socialtjanstlagen')],
          },
          {
            id: 'perform-assignment',
            description: L(t('Att planera och utföra insatserna som kommunen har beslutat.', 'To plan and carry out the support the municipality has decided.')),
            legalBasis: '6(1)(b)',
          },
        ],
        specialCondition: careCondition([{ law: 'socialtjanstlagen' }]),
        personnummerJustification: pnr,
        sources: careSources('municipality'),
        provision: careProvision,
        recipients: ['municipality'],
        retention: [
          {
            documentType: L(t('Personakt', 'Personal file')),
            criteria: L(t('Akten lämnas till kommunen när uppdraget slutar, enligt avtalet.', 'The file is handed to the municipality when the assignment ends, under the agreement.')),
            from: L(t('att uppdraget slutar', 'the end of the assignment')),
            law: cite('socialtjanstlagen'),
            then: 'handed-over',
            handedOverTo: 'municipality',
          },
        ],
        securityMeasures: ['access-control', 'logging', 'training'],
      },
      [
        t(
          'Vilka gallringsregler gäller enligt avtalet med kommunen och socialtjänstlagen (2025:400)? Paragraferna i den nya lagen är inte kontrollerade.',
          "Which retention rules apply under the agreement with the municipality and the Social Services Act (2025:400)? The new act's sections are not verified.",
        ),
      ],
    );
  }
  if (care.includes('boende')) {
    activity(
      'documentation-housing',
      {
        name: L(t('Dokumentation i boendet', 'Documentation in housing')),
        description: L(t('Vi skriver ner hur vi ger stöd till dig som bor hos oss, så som lagen kräver.', 'We record how we support you who live with us, as the law requires.')),
        controllers: careControllers,
        subjects: careSubjects,
        dataCategories: careCats,
        purposes: [
          {
            id: 'document-lss-housing',
            description: L(t('Att skriva ner hur vi ger stödet i bostad med särskild service (LSS).', 'To record the support in housing with special service (LSS).')),
            legalBasis: '6(1)(c)',
            law: [cite('lss', '21 a §')],
          },
          { id: 'perform-placement', description: L(t('Att planera och ge stödet enligt uppdraget.', 'To plan and provide the support under the assignment.')), legalBasis: '6(1)(b)' },
        ],
        specialCondition: careCondition([{ law: 'lss', section: '29 §' }]),
        personnummerJustification: pnr,
        sources: careSources('municipality'),
        provision: careProvision,
        recipients: ['municipality'],
        retention: [
          {
            documentType: L(t('Personakt (LSS)', 'Personal file (LSS)')),
            duration: 'P2Y',
            from: L(t('den sista anteckningen i akten', 'the last entry in the file')),
            law: cite('lss', '23 c §'),
            then: 'deleted',
          },
        ],
        securityMeasures: ['access-control', 'logging', 'training'],
      },
      [
        t(
          'Är boendet enligt LSS, SoL eller båda? Lägg till en gallringsregel för SoL-akter om ni har sådana.',
          'Is the housing under LSS, SoL or both? Add a retention rule for SoL files if you keep them.',
        ),
      ],
    );
  }
  if (care.includes('halso-och-sjukvard')) {
    activity(
      'patient-records',
      {
        name: L(t('Patientjournaler', 'Patient records')),
        description: L(t('Vår vårdpersonal för journal över den vård du får, så som lagen kräver.', 'Our health care staff keep a record of the care you receive, as the law requires.')),
        controllers: careControllers,
        subjects: ['patients', 'relatives'],
        dataCategories: ['name', 'contact-details', 'personnummer', 'health', 'relatives'],
        purposes: [
          {
            id: 'keep-patient-record',
            description: L(t('Att föra journal över vården, så som patientdatalagen kräver.', 'To keep a record of the care, as the Patient Data Act requires.')),
            legalBasis: '6(1)(c)',
            law: [cite('patientdatalagen', '3 kap. 1 §'), cite('hsl')],
          },
        ],
        specialCondition: { ...careCondition(), professionalSecrecy: L(t('Vårdpersonal har tystnadsplikt.', 'Health care staff are bound by secrecy.')) },
        personnummerJustification: pnr,
        provision: { requirement: 'contract-precondition', consequence: L(t('Utan uppgifterna kan vi inte ge dig en säker vård.', 'Without the data we cannot give you safe care.')) },
        sources: [
          { from: 'data-subject', description: L(t('Du själv, vid vården.', 'You, during the care.')), dataCategories: ['name', 'contact-details', 'health', 'relatives'] },
          { from: 'third-party', party: 'region', description: L(t('Remisser och epikriser.', 'Referrals and discharge summaries.')), dataCategories: ['name', 'personnummer', 'health'] },
        ],
        recipients: ['region'],
        retention: [{ duration: 'P10Y', from: L(t('den sista anteckningen i journalen', 'the last entry in the record')), law: cite('patientdatalagen', '3 kap. 17 §'), then: 'deleted' }],
        securityMeasures: ['access-control', 'logging', 'training'],
      },
      [t('Vilket journalsystem använder ni, och vem är biträde för det?', 'Which record system do you use, and who is its processor?')],
    );
  }
  activity(
    'staff-and-payroll',
    {
      name: L(t('Personal och lön', 'Staff and payroll')),
      description: L(t('Vi sköter din anställning, ditt schema och din lön, och lämnar de uppgifter lagen kräver.', 'We manage your employment, schedule and pay, and report what the law requires.')),
      controllers: all,
      subjects: ['employees'],
      dataCategories: ['name', 'contact-details', 'personnummer', 'employment-details', 'salary-payment'],
      purposes: [
        {
          id: 'employment-contract',
          description: L(t('Att sköta din anställning och betala din lön enligt anställningsavtalet.', 'To manage your employment and pay your salary under the employment contract.')),
          legalBasis: '6(1)(b)',
        },
        {
          id: 'tax-reporting',
          description: L(t('Att dra skatt och lämna uppgifter om lön till Skatteverket.', 'To deduct tax and report salaries to the Tax Agency.')),
          legalBasis: '6(1)(c)',
          law: [cite('skatteforfarandelagen')],
        },
        {
          id: 'bookkeeping',
          description: L(t('Att bokföra löner så som bokföringslagen kräver.', 'To keep accounts of salaries as the Accounting Act requires.')),
          legalBasis: '6(1)(c)',
          law: [cite('bokforingslagen', '7 kap. 2 §')],
        },
      ],
      personnummerJustification: L(t('Lagen kräver personnummer när vi lämnar uppgifter om lön och skatt.', 'The law requires the personal identity number when we report salary and tax.')),
      sources: [
        {
          from: 'data-subject',
          description: L(t('Du själv, när du anställs.', 'You, when you are employed.')),
          dataCategories: ['name', 'contact-details', 'personnummer', 'employment-details', 'salary-payment'],
        },
      ],
      provision: { requirement: 'contractual', consequence: L(t('Utan uppgifterna kan vi inte anställa dig eller betala din lön.', 'Without the data we cannot employ you or pay your salary.')) },
      recipients: ['skatteverket'],
      retention: [
        {
          documentType: L(t('Löneunderlag och verifikationer', 'Payroll records and vouchers')),
          duration: 'P7Y',
          from: L(t('utgången av det kalenderår då räkenskapsåret slutade', 'the end of the calendar year in which the financial year ended')),
          law: cite('bokforingslagen', '7 kap. 2 §'),
          then: 'deleted',
        },
      ],
    },
    [t('Hur länge sparas personalakter efter att anställningen slutat?', 'How long are personnel files kept after employment ends?')],
  );
  activity(
    'recruitment',
    {
      name: L(t('Rekrytering', 'Recruitment')),
      description: L(t('Vi tar emot och bedömer ansökningar till jobb hos oss.', 'We receive and assess applications for jobs with us.')),
      controllers: all,
      subjects: ['job-applicants'],
      dataCategories: ['name', 'contact-details', 'application'],
      purposes: [
        {
          id: 'assess-application',
          description: L(t('Att läsa och bedöma din ansökan.', 'To read and assess your application.')),
          legalBasis: '6(1)(f)',
          legitimateInterest: L(t('Att anställa personal som passar för arbetet.', 'To hire staff who suit the work.')),
          balancingTest: L(t('Du har själv sökt jobbet och räknar med att vi läser ansökan.', 'You applied yourself and expect us to read the application.')),
        },
      ],
      sources: [{ from: 'data-subject', description: L(t('Din ansökan och ditt CV.', 'Your application and CV.')), dataCategories: ['name', 'contact-details', 'application'] }],
      provision: { requirement: 'voluntary', consequence: L(t('Utan uppgifterna kan vi inte pröva din ansökan.', 'Without the data we cannot consider your application.')) },
      recipients: [],
      retention: [{ duration: 'P2Y', from: L(t('att rekryteringen är klar', 'the end of the recruitment')), law: cite('diskrimineringslagen'), then: 'deleted' }],
    },
    [t('Var finns er dokumenterade intresseavvägning för rekrytering?', 'Where is your documented balancing test for recruitment?')],
  );
  activity(
    'website',
    {
      name: L(t('Besök på webbplatsen', 'Visits to the website')),
      description: L(t('Vår webbplats sparar tekniska uppgifter om besöken för att hålla den säker.', 'Our website keeps technical data about visits to keep it secure.')),
      controllers: [parent],
      subjects: ['website-visitors'],
      dataCategories: ['ip-address'],
      purposes: [
        {
          id: 'security-logs',
          description: L(t('Att hålla webbplatsen säker och hitta fel.', 'To keep the website secure and find faults.')),
          legalBasis: '6(1)(f)',
          legitimateInterest: L(t('Att webbplatsen fungerar och är säker.', 'That the website works and is secure.')),
          balancingTest: L(t('Loggarna innehåller lite och sparas kort tid.', 'The logs hold little and are kept briefly.')),
        },
      ],
      sources: [{ from: 'data-subject', description: L(t('Din webbläsare skickar uppgifterna.', 'Your browser sends the data.')), dataCategories: ['ip-address'] }],
      provision: { requirement: 'voluntary', consequence: L(t('Webbplatsen kan inte visas utan de tekniska uppgifterna.', 'The website cannot be shown without the technical data.')) },
      recipients: [],
      retention: [{ duration: 'P3M', from: L(t('besöket', 'the visit')), then: 'deleted' }],
    },
    [
      t(
        'Använder webbplatsen kakor eller statistikverktyg? Lista dem (cookies, annars cookies: []) och ange var besökaren ger och tar tillbaka sitt samtycke (cookieConsent).',
        'Does the website use cookies or analytics? List them (cookies, otherwise cookies: []) and say where visitors give and withdraw consent (cookieConsent).',
      ),
    ],
  );

  for (const id of laws) if (!bundledLaws().some((l) => l.id === id)) throw new Error(`init cites an unknown law: ${id}`);

  const files: StagedFile[] = entries.map(([kind, id, data]) => ({
    file: kind === 'organisation' ? 'organisation.yaml' : `${kind}/${id}.yaml`,
    text: entryYaml(kind, data),
  }));
  for (const law of bundledLaws()) if (laws.has(law.id)) files.push({ file: `laws/${law.id}.yaml`, text: law.text });
  return files.sort((x, y) => x.file.localeCompare(y.file, 'en'));
}
