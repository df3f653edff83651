import type { DiagnosticCatalog } from '../diagnostics.ts';

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
    hint: format.startsWith('orgnr')
      ? "Copy the number from the Swedish Companies Registration Office's certificate; the last digit is a check digit."
      : `Write ${formatLabelEn(format)}.`,
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
  'legal-basis-missing': () => ({
    message: 'The purpose has no legal basis.',
    hint: 'Add legalBasis: 6(1)(b) (one basis) or legalBases with one line per basis. The bases are 6(1)(a)–(f) of GDPR Article 6(1).',
  }),
  'legal-basis-both': () => ({
    message: 'The purpose has both legalBasis and legalBases.',
    hint: 'Use only one of the fields: legalBasis for one basis, legalBases for several. Move the basis from legalBasis into the list.',
  }),
  'dpv-unknown-term': ({ term, suggestion }) => ({
    message: `"${term}" is not a term of the W3C Data Privacy Vocabulary (DPV) 2.3.`,
    hint: (suggestion ? `Did you mean "${suggestion}"? ` : '') + 'Write a term with the prefix dpv:, pd: or eu-gdpr:, e.g. pd:HealthRecord, or remove the field to use the default (docs/machine-readable.md).',
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
