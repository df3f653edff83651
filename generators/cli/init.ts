/**
 * `npm run init -- --content DIR`: asks a few questions (or reads them from
 * flags) and writes a minimal, complete content folder for a new
 * organisation, every entry a draft with the questions still to answer.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { cac } from 'cac';
import { complete, type Partial_ } from '../init/ask.ts';
import { emailProblem, LEGAL_FORM_CHOICES, normaliseOrgnr, orgnrProblem, parseCompanies, postalCodeProblem, SERVICE_CHOICES } from '../init/answers.ts';
import { initFiles } from '../init/content.ts';
import { writeAtomically } from '../shared/stage.ts';
import { todoLines } from '../shared/yaml-entry.ts';
import { parse } from 'yaml';
import { EXIT_FINDINGS, EXIT_OK } from './shared/exit-codes.ts';
import { runMain } from './shared/run-main.ts';
import { isoDate, oneOf, swedishToday, UsageError } from './shared/usage-error.ts';
import type { Locale } from '../../src/model/schemas/index.ts';

const str = (v: unknown) => (v === undefined || v === true ? undefined : String(v));

/** Flags → the answers they give, each checked as its prompt would check it. */
function fromFlags(o: Record<string, unknown>, lang: Locale): Partial_ {
  const p: Partial_ = {};
  const bad = (flag: string, msg: string) => new UsageError(`--${flag}: ${msg}`);
  const name = str(o.name);
  if (name !== undefined) p.name = name;
  const form = str(o.legalForm);
  if (form !== undefined) {
    if (!Object.hasOwn(LEGAL_FORM_CHOICES, form)) throw bad('legal-form', `${lang === 'sv' ? 'tillåtna' : 'allowed'}: ${Object.keys(LEGAL_FORM_CHOICES).join(', ')}`);
    p.legalForm = form;
  }
  const nr = str(o.orgnr);
  if (nr !== undefined) {
    const v = normaliseOrgnr(nr);
    const problem = orgnrProblem(v, lang);
    if (problem) throw bad('orgnr', `"${nr}": ${problem}`);
    p.organisationsnummer = v;
  }
  const companies = str(o.companies);
  if (companies !== undefined) {
    const r = parseCompanies(companies, lang);
    if (r.problems.length) throw bad('companies', r.problems.join(' '));
    p.companies = r.companies;
  } else if (o.single) p.companies = [];
  const email = str(o.email);
  if (email !== undefined) {
    const problem = emailProblem(email, lang);
    if (problem) throw bad('email', problem);
    p.email = email;
  }
  const street = str(o.street);
  const postalCode = str(o.postalCode);
  const city = str(o.city);
  if (street || postalCode || city) {
    if (!street || !postalCode || !city) throw new UsageError(lang === 'sv' ? '--street, --postal-code och --city anges tillsammans' : '--street, --postal-code and --city go together');
    const problem = postalCodeProblem(postalCode, lang);
    if (problem) throw bad('postal-code', problem);
    p.address = { street, postalCode, city };
  }
  const dpo = str(o.dpo);
  if (dpo !== undefined) p.dpoWanted = oneOf('dpo', dpo, ['yes', 'no'] as const, 'no') === 'yes';
  const dpoName = str(o.dpoName);
  const dpoEmail = str(o.dpoEmail);
  if (dpoName || dpoEmail) {
    if (!dpoName || !dpoEmail) throw new UsageError(lang === 'sv' ? '--dpo-name och --dpo-email anges tillsammans' : '--dpo-name and --dpo-email go together');
    const problem = emailProblem(dpoEmail, lang);
    if (problem) throw bad('dpo-email', problem);
    const phone = str(o.dpoPhone);
    p.dpo = { name: dpoName, email: dpoEmail, ...(phone ? { phone } : {}) };
    p.dpoWanted ??= true;
  }
  const services = str(o.services);
  if (services !== undefined) {
    const list =
      services.trim() === 'none'
        ? []
        : services
            .split(',')
            .map((x) => x.trim())
            .filter(Boolean);
    const unknown = list.filter((x) => !Object.hasOwn(SERVICE_CHOICES, x));
    if (unknown.length) throw bad('services', `${unknown.join(', ')}; ${lang === 'sv' ? 'tillåtna' : 'allowed'}: ${Object.keys(SERVICE_CHOICES).join(', ')}`);
    p.services = list;
  }
  const languages = str(o.languages);
  if (languages !== undefined) {
    const list = languages.split(',').map((x) => x.trim());
    if (!list.length || list[0] !== 'sv' || !list.every((x) => x === 'sv' || x === 'en')) throw bad('languages', 'sv | sv,en');
    p.languages = [...new Set(list)] as Locale[];
  }
  return p;
}

export async function main(argv: string[]): Promise<number> {
  const cli = cac('init');
  cli
    .usage(
      '--content DIR [--force] [--lang sv|en] [--name …] [--legal-form …] [--orgnr …] [--companies "Namn:NNNNNN-NNNN;…" | --single] [--email …] [--street … --postal-code … --city …] [--dpo yes|no] [--dpo-name … --dpo-email … [--dpo-phone …]] [--services personlig-assistans,hemtjanst,boende,halso-och-sjukvard,other] [--languages sv|sv,en] [--yes]\n\n  Skapar en innehållsmapp för en ny organisation / creates a content folder for a new organisation.\n  Utan --yes frågar verktyget efter det som saknas / without --yes it asks for what is missing.',
    )
    .option('--content <dir>', 'Mappen som skapas / the folder to create (required)')
    .option('--force', 'Skriv även i en mapp som inte är tom / also write into a folder that is not empty')
    .option('--lang <lang>', 'Språk för frågorna / language of the questions: sv | en', { default: 'sv' })
    .option('--name <name>', 'Organisationens namn / name of the organisation')
    .option('--legal-form <form>', Object.keys(LEGAL_FORM_CHOICES).join(' | '))
    .option('--orgnr <nr>', 'Organisationsnummer NNNNNN-NNNN')
    .option('--companies <list>', 'Koncernens bolag / the companies of a group: "Namn:NNNNNN-NNNN;…"')
    .option('--single', 'Ett bolag, ingen koncern / one company, not a group')
    .option('--email <email>', 'E-post för frågor om personuppgifter / e-mail for questions about personal data')
    .option('--street <street>', 'Adress / address')
    .option('--postal-code <code>', 'Postnummer / postal code')
    .option('--city <city>', 'Ort / city')
    .option('--dpo <yes|no>', 'Dataskyddsombud finns / a DPO is appointed')
    .option('--dpo-name <name>', 'Dataskyddsombudets namn / name of the DPO')
    .option('--dpo-email <email>', 'Dataskyddsombudets e-post / e-mail of the DPO')
    .option('--dpo-phone <phone>', 'Dataskyddsombudets telefon / phone of the DPO')
    .option('--services <list>', `${Object.keys(SERVICE_CHOICES).join(',')} | none`)
    .option('--languages <list>', 'sv | sv,en')
    .option('--today <date>', 'Datum för lastReviewed / date written as lastReviewed')
    .option('--yes', 'Fråga inget; använd flaggor och standardvärden / ask nothing: flags and defaults');
  cli.help();
  const parsed = cli.parse(['node', 'init', ...argv], { run: false });
  if (parsed.options.help) return EXIT_OK;
  cli.globalCommand.checkUnknownOptions();
  cli.globalCommand.checkOptionValue();
  const o = parsed.options;
  if (parsed.args.length) throw new UsageError(`okänt argument / unexpected argument: ${parsed.args.join(' ')}`);
  const lang = oneOf('lang', o.lang, ['sv', 'en'] as const, 'sv');
  if (!str(o.content)) throw new UsageError(lang === 'sv' ? '--content: ange mappen som ska skapas' : '--content: give the folder to create');
  const target = path.resolve(String(o.content));
  const today = isoDate('today', o.today, swedishToday);
  if (existsSync(target) && (!statSync(target).isDirectory() || readdirSync(target).length) && !o.force) {
    process.stderr.write(
      lang === 'sv'
        ? `${o.content}: mappen finns redan och är inte tom; init skriver bara i en ny eller tom mapp.\n    → Välj en ny mapp, eller lägg till --force för att skriva över de filer init skapar (andra filer lämnas kvar).\n`
        : `${o.content}: the folder exists and is not empty; init only writes into a new or empty folder.\n    → Choose a new folder, or add --force to overwrite the files init creates (other files stay).\n`,
    );
    return EXIT_FINDINGS;
  }
  const partial = fromFlags(o, lang);
  const interactive = !o.yes && !!process.stdin.isTTY;
  let answers: Awaited<ReturnType<typeof complete>>;
  try {
    answers = await complete(partial, { lang, interactive });
  } catch (e) {
    if ((e as Error)?.name === 'ExitPromptError') {
      process.stderr.write(lang === 'sv' ? 'Avbrutet; inget skrevs.\n' : 'Cancelled; nothing was written.\n');
      return EXIT_FINDINGS;
    }
    throw e;
  }
  const files = initFiles(answers, { lang, today });
  writeAtomically(target, files, { keepExisting: !!o.force, overwrite: !!o.force });

  const todos = files.flatMap((f) => todoLines((parse(f.text) ?? {}) as { todo?: { question: string }[] }, f.text).map((t) => ({ file: f.file, ...t })));
  const out = [
    lang === 'sv' ? `Skrev ${files.length} filer till ${o.content}. Alla poster är utkast (draft: true).` : `Wrote ${files.length} files to ${o.content}. Every entry is a draft (draft: true).`,
    '',
    lang === 'sv' ? `Frågor att besvara (${todos.length}):` : `Questions to answer (${todos.length}):`,
    ...todos.map((t) => `  ${t.file}:${t.line}  ${t.question}`),
    '',
    lang === 'sv' ? 'Nästa steg:' : 'Next steps:',
    `  npm run check -- --content ${o.content}`,
    `  npm run build -- --content ${o.content}`,
    `  npm run import -- register.xlsx --content ${o.content}   ${lang === 'sv' ? '(om ni har ett register i Excel)' : '(if you keep a register in Excel)'}`,
  ];
  process.stdout.write(out.join('\n') + '\n');
  return EXIT_OK;
}

if (import.meta.main) await runMain(() => main(process.argv.slice(2)));
