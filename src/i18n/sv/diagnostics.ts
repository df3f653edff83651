import type { DiagnosticCatalog } from '../diagnostics.ts';
import type { FileProblem } from '../../model/validators/content-file.ts';
import { HANDBOOK_COMPONENTS } from '../../model/documents/handbook.ts';
import { LETTER_VARIABLES } from '../../model/documents/templates.ts';

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
  'until-before-since': 'ett slutdatum som inte är före startdatumet (since)',
  link: 'en webbadress som börjar med https://, eller en länk som börjar med mailto: eller tel:',
  'file-absolute-image': 'en sökväg relativt content/-mappen (t.ex. assets/logo.png), inte en absolut sökväg eller webbadress',
  'file-absolute-json': 'en sökväg relativt content/-mappen (t.ex. snapshots/2026.1.json), inte en absolut sökväg',
  'file-outside-image': 'en sökväg inom content/-mappen, utan ".." (t.ex. assets/logo.png)',
  'file-outside-json': 'en sökväg inom content/-mappen, utan ".." (t.ex. snapshots/2026.1.json)',
  'file-extension-image': 'en bildfil av typen .png, .jpg, .webp eller .svg',
  'file-extension-json': 'en .json-fil',
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
  'handbook-translation-missing': ({ locale, expected }) => ({
    message: `Kapitlet finns inte på ${locale === 'en' ? 'engelska' : locale}. Policyn på det språket saknar då kapitlets text och säger det.`,
    hint: `Skriv kapitlet som ${expected} (front matter lang: ${locale} och samma policySection).`,
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
    hint: format.startsWith('orgnr') ? 'Skriv av organisationsnumret från Bolagsverkets registreringsbevis; sista siffran är en kontrollsiffra.' : `Skriv ${formatLabelSv(format)}.`,
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
  'request-channel': () => ({
    message: 'Här står inget sätt att nå er med en begäran om registerutdrag.',
    hint: 'Skriv minst ett av email, post, phone, visit eller eService, t.ex. email: dataskydd@exempel.se. Ta bort channels helt om ni vill att dataskyddsombudets (eller moderbolagets) e-post, telefon och postadress ska gälla.',
  }),
  'legal-basis-missing': () => ({
    message: 'Ändamålet saknar rättslig grund.',
    hint: 'Lägg till legalBasis: 6(1)(b) (en grund) eller legalBases med en rad per grund. Grunderna är 6(1)(a)–(f) i GDPR artikel 6.1.',
  }),
  'legal-basis-both': () => ({
    message: 'Ändamålet har både legalBasis och legalBases.',
    hint: 'Använd bara ett av fälten: legalBasis för en grund, legalBases för flera. Flytta grunden från legalBasis in i listan.',
  }),
  'text-encoding': ({ kind }) => ({
    message:
      kind === 'utf16'
        ? 'Filen är sparad som UTF-16, inte UTF-8.'
        : kind === 'binary'
          ? 'Filen är inte en textfil (den ser ut som en bild, PDF, zip-fil eller annan binärfil).'
          : 'Filen är inte sparad som UTF-8: tecknet här (troligen å, ä eller ö) skulle publiceras som "�".',
    hint:
      kind === 'binary' ? 'Lägg bara textfiler (YAML, MDX, Handlebars) här; bilder hör hemma i content/assets/.' : 'Spara filen som UTF-8 i din editor (t.ex. "Spara med kodning" → UTF-8 i VS Code).',
  }),
  'control-character': ({ code }) => ({
    message: `Filen innehåller ett osynligt styrtecken (${code}) som skulle hamna i webbsidor och PDF:er.`,
    hint: 'Ta bort tecknet; det kommer ofta från inklistrad text. Skriv om ordet runt markören om du inte ser tecknet.',
  }),
  'yaml-tag': ({ tag }) => ({
    message: `YAML-taggen "${tag.replace(/^tag:yaml\.org,2002:/, '!!')}" används inte i innehållet.`,
    hint: 'Ta bort taggen (ordet som börjar med !) och skriv bara värdet; sätt citattecken runt värdet om det ska läsas som text.',
  }),
  'yaml-multiple-documents': () => ({
    message: 'Filen innehåller flera YAML-dokument (en rad med bara "---" delar den).',
    hint: 'Varje fil beskriver en post: ta bort raden "---" och slå ihop fälten, eller flytta den andra posten till en egen fil.',
  }),
  'yaml-too-deep': () => ({
    message: 'Filen har för många nivåer av listor eller fält i varandra för att kunna läsas.',
    hint: 'Innehållsfiler behöver bara några få nivåer: kontrollera att hakparenteser [ ] och klamrar { } är parvis stängda.',
  }),
  'mdx-syntax': ({ detail }) => ({
    message: `MDX-filen går inte att läsa: ${detail.replace(/^Expected a closing tag for `<([^>]+)>`.*/, 'taggen <$1> stängs aldrig').replace(/^Could not parse expression.*/, 'uttrycket inom { } är ofullständigt')}.`,
    hint: 'Stäng varje komponent (<Register /> eller <Routines>…</Routines>) och skriv { och } som \\{ och \\} i vanlig text.',
  }),
  'mdx-front-matter': ({ detail }) => ({
    message:
      detail === 'unclosed'
        ? 'Inledningen (front matter) mellan raderna "---" stängs aldrig.'
        : detail.startsWith('unknown-key:')
          ? `Okänt fält "${detail.slice(12)}" i inledningen (front matter).`
          : detail === 'not-a-mapping'
            ? 'Inledningen (front matter) ska innehålla fält (namn: värde).'
            : `Inledningen (front matter) går inte att läsa: ${detail.startsWith('yaml-') ? 'felaktig YAML' : detail}.`,
    hint: 'Börja filen med "---", fält som "title: Rubrik" och "policySection: record", och en rad med "---". Tillåtna fält: title, policySection, section, lang, order, description.',
  }),
  'mdx-code': ({ what }) => ({
    message:
      what === 'esm'
        ? 'Handboken får inte importera eller exportera något (import/export): det kan publicera filer utanför content/.'
        : what === 'expression'
          ? 'Handboken får inte innehålla kod inom { }.'
          : 'En komponent får bara ha enkla värden, t.ex. kind="email" eller level={3}.',
    hint:
      what === 'esm'
        ? 'Ta bort raden; de inbyggda komponenterna (t.ex. <Register />) finns redan utan import.'
        : 'Skriv texten direkt, eller använd en av de inbyggda komponenterna. Skriv { och } som \\{ och \\} om de ska synas.',
  }),
  'mdx-unknown-component': ({ name }) => ({
    message: `Komponenten eller elementet <${name}> finns inte i handboken.`,
    hint: `Använd en av: ${HANDBOOK_COMPONENTS.map((c) => `<${c} />`).join(', ')}. Skript, iframes och formulär är inte tillåtna.`,
  }),
  'template-syntax': ({ detail }) => ({
    message:
      detail === 'unclosed'
        ? 'Mallen har ett block ({{#if …}}) som aldrig stängs.'
        : detail.startsWith('mismatch:')
          ? `Blocket {{#${detail.split(':')[1]}}} stängs med {{/${detail.split(':')[2]}}}.`
          : 'Mallen har ett syntaxfel: en {{ … }} är inte rätt skriven.',
    hint: 'Stäng varje {{#if x}} med {{/if}}, och skriv varje variabel som {{namn}} med två klamrar på båda sidor.',
  }),
  'template-unknown-helper': ({ name }) => ({
    message: name === '>' ? 'Mallen använder en delmall ({{> …}}), som inte finns.' : `Mallen använder hjälpfunktionen "${name}", som inte finns.`,
    hint: 'Använd bara variabler ({{namn}}) och blocken {{#if}}, {{#unless}}, {{#each}} och {{#with}}.',
  }),
  'template-unknown-variable': ({ name }) => ({
    message: `Mallen använder variabeln "${name}", som brevet inte har.`,
    hint: `Tillgängliga variabler: ${LETTER_VARIABLES.join(', ')}.`,
  }),
  'snapshot-invalid': ({ kind, at, referrer }) => ({
    message:
      kind === 'json'
        ? `Ögonblicksbilden är inte giltig JSON (filen är avkortad eller ändrad för hand); den används av ${referrer}.`
        : `Ögonblicksbilden saknar eller har fel värde i "${at}"; den används av ${referrer}.`,
    hint: 'Återställ filen från git (git checkout -- content/snapshots/), eller ta bort "snapshot:" ur versionsfilen om versionen inte ska jämföras.',
  }),
  'content-file': ({ problem, value, type, maxBytes }) => {
    const kind = type === 'image' ? 'en bild (PNG, JPEG, WebP eller SVG)' : type === 'json' ? 'en JSON-fil' : 'en textfil';
    const texts: Record<FileProblem, [string, string]> = {
      'file-missing': [`Filen "${value}" finns inte i content/-mappen.`, 'Lägg filen i content/ (t.ex. content/assets/) och skriv sökvägen relativt content/, eller ta bort fältet.'],
      'file-not-regular': [`"${value}" är inte en vanlig fil.`, `Ange sökvägen till ${kind}, inte en mapp eller specialfil.`],
      'file-outside': [`"${value}" pekar (via en symbolisk länk) ut ur content/-mappen.`, 'Kopiera filen in i content/ i stället för att länka till den: bara filer i content/ får publiceras.'],
      'file-too-large': [
        `Filen "${value}" är större än ${Math.round(maxBytes / 1024)} kB.`,
        type === 'image'
          ? 'Spara bilden i en mindre storlek (en logotyp behöver sällan mer än 100 kB).'
          : 'Ta ögonblicksbilden på nytt: npm run policy:adopt -- --redraft, eller ta bort utkastet och kör npm run policy:draft igen.',
      ],
      'file-wrong-type': [`Filen "${value}" är inte ${kind}: innehållet stämmer inte med filändelsen.`, `Ange ${kind} med rätt filändelse.`],
      'file-svg-script': [
        `SVG-filen "${value}" innehåller skript, händelsehanterare eller hänvisningar till andra filer eller webbplatser.`,
        'Exportera logotypen på nytt som ren bild (utan skript och utan länkar till andra filer), eller använd PNG.',
      ],
    };
    const [message, hint] = texts[problem];
    return { message, hint };
  },
  'dpv-unknown-term': ({ term, suggestion }) => ({
    message: `"${term}" är inget begrepp i W3C:s Data Privacy Vocabulary (DPV) 2.3.`,
    hint:
      (suggestion ? `Menade du "${suggestion}"? ` : '') +
      'Skriv ett begrepp med prefixet dpv:, pd: eller eu-gdpr:, t.ex. pd:HealthRecord, eller ta bort fältet så används standardvalet (docs/machine-readable.md).',
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
