import type { DiagnosticCatalog } from '../diagnostics.ts';
import type { FileProblem } from '../../model/validators/content-file.ts';
import { HANDBOOK_COMPONENTS } from '../../model/documents/handbook.ts';
import { LETTER_VARIABLES } from '../../model/documents/templates.ts';

const FORMATS: Record<string, string> = {
  date: 'a date as YYYY-MM-DD, e.g. 2026-03-15',
  email: 'an e-mail address, e.g. dataskydd@example.se',
  url: 'a web address starting with https://',
  phone: 'a phone number, e.g. 08-123 456 78',
  duration: 'an ISO 8601 period, e.g. P2Y (2 years), P6M (6 months) or P30D (30 days)',
  country: 'a two-letter ISO 3166 country code, e.g. SE or US',
  'id-format': 'an id of lower-case letters a–z, digits and hyphens, e.g. municipality-of-example',
  'orgnr-format': 'an organisationsnummer as NNNNNN-NNNN',
  'orgnr-third-digit': 'an organisationsnummer whose third digit is at least 2',
  'orgnr-check-digit': 'an organisationsnummer with a correct check digit',
  sfs: 'an SFS number as YYYY:NNN, e.g. 1993:387, or an EU act as (EU) YYYY/NNN',
  version: 'a version number as YYYY.N, e.g. 2027.1',
  color: 'a colour as #RRGGBB, e.g. #1d5c63',
  'postal-code': 'a postal code as NNN NN',
  'rule-id': 'a rule id as area/name, e.g. governance/dpo-named',
  'until-before-since': 'an end date not before the start date (since)',
  link: 'a web address starting with https://, or a link starting with mailto: or tel:',
  'file-absolute-image': 'a path relative to the content/ folder (e.g. assets/logo.png), not an absolute path or a web address',
  'file-absolute-json': 'a path relative to the content/ folder (e.g. snapshots/2026.1.json), not an absolute path',
  'file-outside-image': 'a path inside the content/ folder, without ".." (e.g. assets/logo.png)',
  'file-outside-json': 'a path inside the content/ folder, without ".." (e.g. snapshots/2026.1.json)',
  'file-extension-image': 'an image file of type .png, .jpg, .webp or .svg',
  'file-extension-json': 'a .json file',
  'reason-key': 'a key as kind/id, e.g. activities/recruitment',
};
export const formatLabelEn = (f: string) => FORMATS[f] ?? f;

export const en: DiagnosticCatalog = {
  'yaml-syntax': ({ detail }) => ({
    message: `The YAML file cannot be read: ${detail}`,
    hint: 'Check the indentation (spaces, not tabs), a colon after each field name, and quotes around text that contains a colon.',
  }),
  'file-unreadable': ({ detail }) => ({
    message: `The file could not be read: ${detail}`,
    hint: 'Check that the file exists and that you may read it.',
  }),
  'file-empty': () => ({ message: 'The file is empty.', hint: 'Fill in the entry or delete the file.' }),
  'not-a-mapping': () => ({
    message: 'The file must hold fields (name: value), not a list or a single value.',
    hint: 'Start the file with fields such as "name:" — see docs/content-model.md for an example.',
  }),
  'invalid-type': ({ expected, received }) => ({
    message: `Wrong kind of value: expected ${expected}, found ${received}.`,
    hint: `Change the value to ${expected}.`,
  }),
  required: ({ field }) => ({
    message: `The field "${field}" is missing but required.`,
    hint: `Add "${field}:" with a value. See docs/content-model.md.`,
  }),
  'missing-swedish': () => ({
    message: 'The Swedish text is missing.',
    hint: 'Add "sv:" with the Swedish text; Swedish is always required.',
  }),
  'missing-translation': ({ locale }) => ({
    message: `Translation missing (${locale}). The text is not published in that language until it exists.`,
    hint: `Write the text as { sv: ..., ${locale}: ... }.`,
  }),
  'handbook-translation-missing': ({ locale, expected }) => ({
    message: `The chapter has no ${locale === 'en' ? 'English' : locale} version. The policy in that language then lacks the chapter's text and says so.`,
    hint: `Write the chapter as ${expected} (front matter lang: ${locale} and the same policySection).`,
  }),
  'unknown-key': ({ key, suggestion, allowed }) => ({
    message: `Unknown field "${key}".`,
    hint: suggestion ? `Did you mean "${suggestion}"? Allowed fields: ${allowed}.` : `Remove the field. Allowed fields: ${allowed}.`,
  }),
  'invalid-value': ({ value, allowed, suggestion }) => ({
    message: `Invalid value "${value}".`,
    hint: (suggestion ? `Did you mean "${suggestion}"? ` : '') + `Allowed values: ${allowed}.`,
  }),
  'invalid-format': ({ format, value }) => ({
    message: `"${value}" is not ${formatLabelEn(format)}.`,
    hint: format.startsWith('orgnr') ? "Copy the number from the Swedish Companies Registration Office's certificate; the last digit is a check digit." : `Write ${formatLabelEn(format)}.`,
  }),
  'too-small': ({ minimum, what }) => ({
    message: what === 'array' ? `The list needs at least ${minimum} value${minimum === 1 ? '' : 's'}.` : 'The value must not be empty.',
    hint: what === 'array' ? 'Add at least one value to the list.' : 'Fill in a text, or remove the field if it is optional.',
  }),
  'too-big': ({ maximum }) => ({ message: `The value may be at most ${maximum}.`, hint: 'Lower the value.' }),
  'unknown-reference': ({ kind, id, suggestion, valid }) => ({
    message: `The reference "${id}" does not point at any entry in content/${kind}/.`,
    hint: (suggestion ? `Did you mean "${suggestion}"? ` : '') + `Valid ids: ${valid || '(no entries yet)'}.`,
  }),
  'duplicate-id': ({ id, other }) => ({
    message: `The id "${id}" is already used by ${other}.`,
    hint: 'Every entry needs a unique id. Rename one of the files or merge them.',
  }),
  'id-format': ({ id }) => ({
    message: `The file name "${id}" cannot be used as an id.`,
    hint: 'Use only lower-case letters a–z, digits and hyphens, e.g. "client-file-lss.yaml".',
  }),
  'unknown-folder': ({ folder, suggestion }) => ({
    message: `The folder "${folder}" is not part of the content model and is not read.`,
    hint: suggestion ? `Did you mean "${suggestion}"?` : 'See docs/content-model.md for the folders that exist.',
  }),
  'unknown-file-type': ({ ext }) => ({
    message: `Files of type "${ext}" are not read here.`,
    hint: 'Content files are written in YAML (.yaml) or JSON (.json).',
  }),
  'missing-organisation': () => ({
    message: 'The file organisation.yaml is missing.',
    hint: 'Create content/organisation.yaml with the group name and the parent company; see docs/content-model.md.',
  }),
  'content-dir-missing': ({ dir }) => ({
    message: `The content folder ${dir} does not exist.`,
    hint: 'Give the right folder with --content DIR or the CONTENT_DIR environment variable.',
  }),
  'personnummer-in-content': () => ({
    message: 'The text contains what looks like a valid personnummer.',
    hint: 'Content is published and kept in git: remove the personnummer. Personal data belongs only in the input of register extracts.',
  }),
  'invalid-value-generic': ({ detail }) => ({ message: `Invalid value: ${detail}`, hint: 'See docs/content-model.md.' }),
  'legal-basis-list': ({ value }) => ({
    message: `legalBasis takes a single legal basis, but several are given here (${value}).`,
    hint: 'Does the purpose rest on several bases? Write legalBases instead, one line per basis with its own note:\n  legalBases:\n    - basis: 6(1)(b)\n      note: The contract with you.\n    - basis: 6(1)(a)\n      note: What you have consented to.',
  }),
  'request-channel': () => ({
    message: 'No way to reach you with a request for access is given here.',
    hint: "Give at least one of email, post, phone, visit or eService, e.g. email: dataprotection@example.se. Remove channels altogether to use the DPO's (or the parent company's) e-mail, phone and postal address.",
  }),
  'legal-basis-missing': () => ({
    message: 'The purpose has no legal basis.',
    hint: 'Add legalBasis: 6(1)(b) (one basis) or legalBases with one line per basis. The bases are 6(1)(a)–(f) of GDPR Article 6(1).',
  }),
  'legal-basis-both': () => ({
    message: 'The purpose has both legalBasis and legalBases.',
    hint: 'Use only one of the fields: legalBasis for one basis, legalBases for several. Move the basis from legalBasis into the list.',
  }),
  'text-encoding': ({ kind }) => ({
    message:
      kind === 'utf16'
        ? 'The file is saved as UTF-16, not UTF-8.'
        : kind === 'binary'
          ? 'The file is not a text file (it looks like an image, a PDF, a zip file or other binary file).'
          : 'The file is not saved as UTF-8: the character here (probably å, ä or ö) would be published as "�".',
    hint:
      kind === 'binary'
        ? 'Put only text files (YAML, MDX, Handlebars) here; images belong in content/assets/.'
        : 'Save the file as UTF-8 in your editor (e.g. "Save with Encoding" → UTF-8 in VS Code).',
  }),
  'control-character': ({ code }) => ({
    message: `The file contains an invisible control character (${code}) that would end up in web pages and PDFs.`,
    hint: 'Remove the character; it often comes from pasted text. Retype the word around the cursor if you cannot see it.',
  }),
  'yaml-tag': ({ tag }) => ({
    message: `The YAML tag "${tag.replace(/^tag:yaml\.org,2002:/, '!!')}" is not used in content.`,
    hint: 'Remove the tag (the word starting with !) and write only the value; put quotes around it if it is meant as text.',
  }),
  'yaml-multiple-documents': () => ({
    message: 'The file contains several YAML documents (a line of just "---" splits it).',
    hint: 'Each file describes one entry: remove the "---" line and merge the fields, or move the second entry to a file of its own.',
  }),
  'yaml-too-deep': () => ({
    message: 'The file nests lists or fields too deeply to be read.',
    hint: 'Content files need only a few levels: check that brackets [ ] and braces { } are closed in pairs.',
  }),
  'mdx-syntax': ({ detail }) => ({
    message: `The MDX file cannot be read: ${detail.replace(/^Expected a closing tag for `<([^>]+)>`.*/, 'the tag <$1> is never closed').replace(/^Could not parse expression.*/, 'the expression in { } is incomplete')}.`,
    hint: 'Close every component (<Register /> or <Routines>…</Routines>) and write { and } as \\{ and \\} in plain text.',
  }),
  'mdx-front-matter': ({ detail }) => ({
    message:
      detail === 'unclosed'
        ? 'The front matter between the "---" lines is never closed.'
        : detail.startsWith('unknown-key:')
          ? `Unknown field "${detail.slice(12)}" in the front matter.`
          : detail === 'not-a-mapping'
            ? 'The front matter must contain fields (name: value).'
            : `The front matter cannot be read: ${detail.startsWith('yaml-') ? 'invalid YAML' : detail}.`,
    hint: 'Start the file with "---", fields such as "title: Heading" and "policySection: record", and a "---" line. Allowed fields: title, policySection, section, lang, order, description.',
  }),
  'mdx-code': ({ what }) => ({
    message:
      what === 'esm'
        ? 'The handbook may not import or export anything (import/export): it could publish files from outside content/.'
        : what === 'expression'
          ? 'The handbook may not contain code in { }.'
          : 'A component may only take plain values, e.g. kind="email" or level={3}.',
    hint:
      what === 'esm'
        ? 'Remove the line; the built-in components (e.g. <Register />) are available without an import.'
        : 'Write the text directly, or use one of the built-in components. Write { and } as \\{ and \\} to show them.',
  }),
  'mdx-unknown-component': ({ name }) => ({
    message: `The component or element <${name}> does not exist in the handbook.`,
    hint: `Use one of: ${HANDBOOK_COMPONENTS.map((c) => `<${c} />`).join(', ')}. Scripts, iframes and forms are not allowed.`,
  }),
  'template-syntax': ({ detail }) => ({
    message:
      detail === 'unclosed'
        ? 'The template has a block ({{#if …}}) that is never closed.'
        : detail.startsWith('mismatch:')
          ? `The block {{#${detail.split(':')[1]}}} is closed with {{/${detail.split(':')[2]}}}.`
          : 'The template has a syntax error: a {{ … }} is not written correctly.',
    hint: 'Close every {{#if x}} with {{/if}}, and write every variable as {{name}} with two braces on each side.',
  }),
  'template-unknown-helper': ({ name }) => ({
    message: name === '>' ? 'The template uses a partial ({{> …}}), which does not exist.' : `The template uses the helper "${name}", which does not exist.`,
    hint: 'Use only variables ({{name}}) and the blocks {{#if}}, {{#unless}}, {{#each}} and {{#with}}.',
  }),
  'template-unknown-variable': ({ name }) => ({
    message: `The template uses the variable "${name}", which the letter does not have.`,
    hint: `Available variables: ${LETTER_VARIABLES.join(', ')}.`,
  }),
  'snapshot-invalid': ({ kind, at, referrer }) => ({
    message:
      kind === 'json'
        ? `The snapshot is not valid JSON (the file is truncated or edited by hand); ${referrer} uses it.`
        : `The snapshot lacks "${at}" or has a wrong value there; ${referrer} uses it.`,
    hint: 'Restore the file from git (git checkout -- content/snapshots/), or remove "snapshot:" from the version file if the version need not be compared.',
  }),
  'content-file': ({ problem, value, type, maxBytes }) => {
    const kind = type === 'image' ? 'an image (PNG, JPEG, WebP or SVG)' : type === 'json' ? 'a JSON file' : 'a text file';
    const texts: Record<FileProblem, [string, string]> = {
      'file-missing': [`The file "${value}" does not exist in the content/ folder.`, 'Put the file in content/ (e.g. content/assets/) and write its path relative to content/, or remove the field.'],
      'file-not-regular': [`"${value}" is not a regular file.`, `Give the path of ${kind}, not a folder or a special file.`],
      'file-outside': [`"${value}" leads (through a symbolic link) outside the content/ folder.`, 'Copy the file into content/ instead of linking to it: only files in content/ may be published.'],
      'file-too-large': [
        `The file "${value}" is larger than ${Math.round(maxBytes / 1024)} kB.`,
        type === 'image'
          ? 'Save the image smaller (a logo rarely needs more than 100 kB).'
          : 'Take the snapshot again: npm run policy:adopt -- --redraft, or delete the draft and run npm run policy:draft again.',
      ],
      'file-wrong-type': [`The file "${value}" is not ${kind}: its content does not match its extension.`, `Give ${kind} with the right extension.`],
      'file-svg-script': [
        `The SVG file "${value}" contains scripts, event handlers or references to other files or websites.`,
        'Export the logo again as a plain image (no scripts, no links to other files), or use PNG.',
      ],
    };
    const [message, hint] = texts[problem];
    return { message, hint };
  },
  'dpv-unknown-term': ({ term, suggestion }) => ({
    message: `"${term}" is not a term of the W3C Data Privacy Vocabulary (DPV) 2.3.`,
    hint:
      (suggestion ? `Did you mean "${suggestion}"? ` : '') +
      'Write a term with the prefix dpv:, pd: or eu-gdpr:, e.g. pd:HealthRecord, or remove the field to use the default (docs/machine-readable.md).',
  }),
  'dpv-sunset-term': ({ term, replacement }) => ({
    message: `"${term}" is being retired from DPV 2.3 (sunset) and must not be used.`,
    hint: `Use ${replacement} or a more specific term below it.`,
  }),
  'dpv-wrong-kind': ({ term, expected }) => ({
    message: `"${term}" does not fit here: the field needs a DPV term that is a kind of ${expected}.`,
    hint: `Choose a term below ${expected} (see docs/machine-readable.md), or remove the field to use the default.`,
  }),
};
