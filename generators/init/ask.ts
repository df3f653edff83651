/**
 * Fills in the answers `init` still lacks: by prompting in a terminal, or,
 * without one (or with --yes), from defaults, refusing when a required
 * answer (name, organisationsnummer) has no flag.
 */
import { checkbox, confirm, input, select } from '@inquirer/prompts';
import { UsageError } from '../cli/shared/usage-error.ts';
import { emailProblem, LEGAL_FORM_CHOICES, normaliseOrgnr, orgnrProblem, parseCompanies, postalCodeProblem, SERVICE_CHOICES, type Answers } from './answers.ts';
import type { Locale } from '../../src/model/schemas/index.ts';

export type Partial_ = { [K in keyof Answers]?: Answers[K] } & { dpoWanted?: boolean; addressParts?: { street?: string; postalCode?: string; city?: string } };

const s = (lang: Locale, sv: string, en: string) => (lang === 'sv' ? sv : en);
const orBlank = (check: (v: string, lang: Locale) => string | null, lang: Locale) => (v: string) => (v.trim() === '' ? true : (check(v, lang) ?? true));

export async function complete(p: Partial_, opts: { lang: Locale; interactive: boolean }): Promise<Answers> {
  const { lang, interactive } = opts;
  if (!interactive) {
    const missing = [!p.name && '--name', !p.organisationsnummer && '--orgnr'].filter(Boolean);
    if (missing.length)
      throw new UsageError(
        `${s(lang, 'saknas utan terminal', 'missing without a terminal')}: ${missing.join(', ')} (${s(lang, 'eller kör i en terminal för frågor', 'or run in a terminal to be asked')})`,
      );
  }
  const name = p.name ?? (await input({ message: s(lang, 'Organisationens namn (som allmänheten känner er):', "The organisation's name (as the public knows you):"), required: true }));
  const legalForm =
    p.legalForm ??
    (interactive ? await select({ message: s(lang, 'Juridisk form:', 'Legal form:'), choices: Object.entries(LEGAL_FORM_CHOICES).map(([value, l]) => ({ value, name: l[lang] })) }) : 'aktiebolag');
  const organisationsnummer =
    p.organisationsnummer ??
    normaliseOrgnr(
      await input({
        message: s(lang, 'Organisationsnummer (NNNNNN-NNNN):', 'Organisationsnummer (NNNNNN-NNNN):'),
        validate: (v) => orgnrProblem(normaliseOrgnr(v), lang) ?? true,
      }),
    );

  let companies = p.companies;
  if (!companies) {
    companies = [];
    if (interactive && (await confirm({ message: s(lang, 'Är ni en koncern med flera bolag?', 'Are you a group of several companies?'), default: false }))) {
      for (;;) {
        const more = await input({
          message: s(
            lang,
            `Bolag ${companies.length + 1}: namn och organisationsnummer (Namn:NNNNNN-NNNN), tomt när du är klar:`,
            `Company ${companies.length + 1}: name and organisationsnummer (Name:NNNNNN-NNNN), empty when done:`,
          ),
          validate: (v) => (v.trim() === '' ? true : (parseCompanies(v, lang).problems[0] ?? true)),
        });
        if (!more.trim()) break;
        companies.push(...parseCompanies(more, lang).companies);
      }
    }
  }

  const email =
    p.email ??
    (interactive
      ? (
          await input({
            message: s(lang, 'E-postadress för frågor om personuppgifter (tomt: fyll i senare):', 'E-mail address for questions about personal data (empty: fill in later):'),
            validate: orBlank(emailProblem, lang),
          })
        ).trim() || undefined
      : undefined);
  let address = p.address;
  if (!address && interactive) {
    const street = (await input({ message: s(lang, 'Gatu- eller postadress (tomt: fyll i senare):', 'Street or postal address (empty: fill in later):') })).trim();
    if (street) {
      const postalCode = (await input({ message: s(lang, 'Postnummer:', 'Postal code:'), validate: (v) => postalCodeProblem(v, lang) ?? true })).trim();
      const city = (await input({ message: s(lang, 'Ort:', 'City:'), required: true })).trim();
      address = { street, postalCode, city };
    }
  }

  let dpo = p.dpo;
  const wantsDpo = p.dpoWanted ?? (dpo ? true : interactive ? await confirm({ message: s(lang, 'Har ni ett dataskyddsombud?', 'Do you have a data protection officer?'), default: true }) : false);
  if (wantsDpo && !dpo) {
    if (!interactive) throw new UsageError(s(lang, '--dpo yes kräver --dpo-name och --dpo-email', '--dpo yes needs --dpo-name and --dpo-email'));
    const dpoName = await input({ message: s(lang, 'Dataskyddsombudets namn (eller funktion):', "The data protection officer's name (or function):"), required: true });
    const dpoEmail = await input({
      message: s(lang, 'Dataskyddsombudets e-postadress (visas i informationen):', "The data protection officer's e-mail address (shown in the notice):"),
      validate: (v) => emailProblem(v, lang) ?? true,
    });
    dpo = { name: dpoName.trim(), email: dpoEmail.trim() };
  }

  const services =
    p.services ??
    (interactive
      ? await checkbox({
          message: s(lang, 'Vilka tjänster ger ni? (mellanslag väljer, retur går vidare)', 'Which services do you provide? (space selects, enter continues)'),
          choices: Object.entries(SERVICE_CHOICES).map(([value, l]) => ({ value, name: l[lang] })),
        })
      : []);
  const languages =
    p.languages ??
    (interactive
      ? await select<Locale[]>({
          message: s(lang, 'På vilka språk ska informationen publiceras?', 'In which languages will the notice be published?'),
          choices: [
            { value: ['sv'], name: s(lang, 'Svenska', 'Swedish') },
            { value: ['sv', 'en'], name: s(lang, 'Svenska och engelska', 'Swedish and English') },
          ],
        })
      : ['sv']);

  return {
    name: name.trim(),
    legalForm,
    organisationsnummer,
    companies,
    services,
    languages,
    ...(email ? { email } : {}),
    ...(address ? { address } : {}),
    ...(wantsDpo && dpo ? { dpo } : {}),
  };
}
