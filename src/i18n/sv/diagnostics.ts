import type { DiagnosticCatalog } from '../diagnostics.ts';

const FORMATS: Record<string, string> = {
  date: 'ett datum i formen ÅÅÅÅ-MM-DD, t.ex. 2026-03-15',
  email: 'en e-postadress, t.ex. dataskydd@exempel.se',
  url: 'en webbadress som börjar med https://',
  phone: 'ett telefonnummer, t.ex. 08-123 456 78',
  duration: 'en tidsperiod enligt ISO 8601, t.ex. P2Y (2 år), P6M (6 månader) eller P30D (30 dagar)',
  country: 'en landskod med två versaler enligt ISO 3166, t.ex. SE eller US',
  'id-format': 'ett id med små bokstäver a–z, siffror och bindestreck, t.ex. kommunen-i-exempelstad',
  'orgnr-format': 'ett organisationsnummer i formen NNNNNN-NNNN',
  'orgnr-third-digit': 'ett organisationsnummer vars tredje siffra är minst 2',
  'orgnr-check-digit': 'ett organisationsnummer med rätt kontrollsiffra',
  sfs: 'ett SFS-nummer i formen ÅÅÅÅ:NNN, t.ex. 1993:387, eller en EU-rättsakt som (EU) ÅÅÅÅ/NNN',
  version: 'ett versionsnummer i formen ÅÅÅÅ.N, t.ex. 2027.1',
  color: 'en färg i formen #RRGGBB, t.ex. #1d5c63',
  'postal-code': 'ett postnummer i formen NNN NN',
  'rule-id': 'ett regel-id i formen område/namn, t.ex. governance/dpo-named',
  'reason-key': 'en nyckel i formen typ/id, t.ex. activities/rekrytering',
};
export const formatLabelSv = (f: string) => FORMATS[f] ?? f;

export const sv: DiagnosticCatalog = {
  'yaml-syntax': ({ detail }) => ({
    message: `YAML-filen går inte att läsa: ${detail}`,
    hint: 'Kontrollera indrag (mellanslag, inte tabb), kolon efter varje fältnamn och citattecken runt text som innehåller kolon.',
  }),
  'file-unreadable': ({ detail }) => ({
    message: `Filen kunde inte läsas: ${detail}`,
    hint: 'Kontrollera att filen finns och att du har behörighet att läsa den.',
  }),
  'file-empty': () => ({ message: 'Filen är tom.', hint: 'Fyll i posten eller ta bort filen.' }),
  'not-a-mapping': () => ({
    message: 'Filen ska innehålla fält (namn: värde), inte en lista eller ett enstaka värde.',
    hint: 'Börja filen med fält som "name:" — se docs/content-model.md för ett exempel.',
  }),
  'invalid-type': ({ expected, received }) => ({
    message: `Fel typ av värde: här ska det vara ${expected}, men det är ${received}.`,
    hint: expected === 'en lista' ? 'Skriv varje värde på en egen rad som börjar med "- ".' : `Ändra värdet till ${expected}.`,
  }),
  required: ({ field }) => ({
    message: `Fältet "${field}" saknas men är obligatoriskt.`,
    hint: `Lägg till "${field}:" med ett värde. Se docs/content-model.md.`,
  }),
  'missing-swedish': () => ({
    message: 'Svensk text saknas.',
    hint: 'Lägg till "sv:" med den svenska texten; svenska är alltid obligatoriskt.',
  }),
  'missing-translation': ({ locale }) => ({
    message: `Översättning saknas (${locale}). Texten publiceras inte på det språket förrän den finns.`,
    hint: `Skriv texten som { sv: ..., ${locale}: ... }.`,
  }),
  'unknown-key': ({ key, suggestion, allowed }) => ({
    message: `Okänt fält "${key}".`,
    hint: suggestion ? `Menade du "${suggestion}"? Tillåtna fält: ${allowed}.` : `Ta bort fältet. Tillåtna fält: ${allowed}.`,
  }),
  'invalid-value': ({ value, allowed, suggestion }) => ({
    message: `Ogiltigt värde "${value}".`,
    hint: (suggestion ? `Menade du "${suggestion}"? ` : '') + `Tillåtna värden: ${allowed}.`,
  }),
  'invalid-format': ({ format, value }) => ({
    message: `"${value}" är inte ${formatLabelSv(format)}.`,
    hint:
      format.startsWith('orgnr')
        ? 'Skriv av organisationsnumret från Bolagsverkets registreringsbevis; sista siffran är en kontrollsiffra.'
        : `Skriv ${formatLabelSv(format)}.`,
  }),
  'too-small': ({ minimum, what }) => ({
    message: what === 'array' ? `Listan måste ha minst ${minimum} värde${minimum === 1 ? '' : 'n'}.` : 'Värdet får inte vara tomt.',
    hint: what === 'array' ? 'Lägg till minst ett värde i listan.' : 'Fyll i en text eller ta bort fältet om det är frivilligt.',
  }),
  'too-big': ({ maximum }) => ({ message: `Värdet får vara högst ${maximum}.`, hint: 'Minska värdet.' }),
  'unknown-reference': ({ kind, id, suggestion, valid }) => ({
    message: `Hänvisningen "${id}" pekar inte på någon post i content/${kind}/.`,
    hint: (suggestion ? `Menade du "${suggestion}"? ` : '') + `Giltiga id: ${valid || '(inga poster finns ännu)'}.`,
  }),
  'duplicate-id': ({ id, other }) => ({
    message: `Id "${id}" används redan av ${other}.`,
    hint: 'Varje post måste ha ett unikt id. Byt namn på en av filerna eller slå ihop dem.',
  }),
  'id-format': ({ id }) => ({
    message: `Filnamnet "${id}" går inte att använda som id.`,
    hint: 'Använd bara små bokstäver a–z, siffror och bindestreck, t.ex. "kundakt-lss.yaml".',
  }),
  'unknown-folder': ({ folder, suggestion }) => ({
    message: `Mappen "${folder}" hör inte till innehållsmodellen och läses inte.`,
    hint: suggestion ? `Menade du "${suggestion}"?` : 'Se docs/content-model.md för vilka mappar som finns.',
  }),
  'unknown-file-type': ({ ext }) => ({
    message: `Filtypen "${ext}" läses inte här.`,
    hint: 'Innehållsfiler skrivs i YAML (.yaml) eller JSON (.json).',
  }),
  'missing-organisation': () => ({
    message: 'Filen organisation.yaml saknas.',
    hint: 'Skapa content/organisation.yaml med koncernens namn och moderbolag; se docs/content-model.md.',
  }),
  'content-dir-missing': ({ dir }) => ({
    message: `Innehållsmappen ${dir} finns inte.`,
    hint: 'Ange rätt mapp med --content MAPP eller miljövariabeln CONTENT_DIR.',
  }),
  'personnummer-in-content': () => ({
    message: 'Texten innehåller något som ser ut som ett giltigt personnummer.',
    hint: 'Innehållet publiceras och versionshanteras: ta bort personnumret. Personuppgifter hör bara hemma i registerutdragens indata.',
  }),
  'invalid-value-generic': ({ detail }) => ({ message: `Ogiltigt värde: ${detail}`, hint: 'Se docs/content-model.md.' }),
  'legal-basis-list': ({ value }) => ({
    message: `legalBasis tar en enda rättslig grund, men här står flera (${value}).`,
    hint: 'Vilar ändamålet på flera grunder? Skriv legalBases i stället, en rad per grund med en egen förklaring:\n  legalBases:\n    - basis: 6(1)(b)\n      note: Avtalet med dig.\n    - basis: 6(1)(a)\n      note: Det du har samtyckt till.',
  }),
  'legal-basis-missing': () => ({
    message: 'Ändamålet saknar rättslig grund.',
    hint: 'Lägg till legalBasis: 6(1)(b) (en grund) eller legalBases med en rad per grund. Grunderna är 6(1)(a)–(f) i GDPR artikel 6.1.',
  }),
  'legal-basis-both': () => ({
    message: 'Ändamålet har både legalBasis och legalBases.',
    hint: 'Använd bara ett av fälten: legalBasis för en grund, legalBases för flera. Flytta grunden från legalBasis in i listan.',
  }),
  'dpv-unknown-term': ({ term, suggestion }) => ({
    message: `"${term}" är inget begrepp i W3C:s Data Privacy Vocabulary (DPV) 2.3.`,
    hint: (suggestion ? `Menade du "${suggestion}"? ` : '') + 'Skriv ett begrepp med prefixet dpv:, pd: eller eu-gdpr:, t.ex. pd:HealthRecord, eller ta bort fältet så används standardvalet (docs/machine-readable.md).',
  }),
  'dpv-sunset-term': ({ term, replacement }) => ({
    message: `"${term}" är på väg bort ur DPV 2.3 (sunset) och ska inte användas.`,
    hint: `Använd ${replacement} eller ett mer specifikt begrepp under det.`,
  }),
  'dpv-wrong-kind': ({ term, expected }) => ({
    message: `"${term}" passar inte här: fältet behöver ett DPV-begrepp av typen ${expected}.`,
    hint: `Välj ett begrepp under ${expected} (se docs/machine-readable.md), eller ta bort fältet så används standardvalet.`,
  }),
};
