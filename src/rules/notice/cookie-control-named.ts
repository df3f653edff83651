import { bi, type Finding, type Rule } from '../types.ts';
import { atIndex, contentTexts, sentences, type ContentText } from '../content-text.ts';
import { noticeActivities, textEn, textSv } from '../text.ts';
import type { LocalizedText } from '../../model/schemas/index.ts';
import { CONTROL, COOKIE_WORD, POINTING } from '../cookie-words.ts';

const short = (s: string) => (s.length > 90 ? `${s.slice(0, 87)}…` : s);

/**
 * Text that sends the reader to a cookie control (a "Kakor" link at the
 * bottom of every page, a banner, settings) must name a control the content
 * itself names: the consent settings of cookieConsent. Checked per sentence,
 * in every sentence about cookies and every consent text of an activity with cookies.
 */
export const cookieControlNamed: Rule = {
  id: 'notice/cookie-control-named',
  severity: 'error',
  reference: 'GDPR art. 7.3, 12.1',
  title: bi('Texten hänvisar bara till kakinställningar som finns', 'Text points only at cookie settings that exist'),
  description: bi(
    'En mening om kakor som säger åt läsaren att klicka, trycka eller leta på ett visst ställe på sidan nämner inställningen vid det namn som står i cookieConsent.settingsName; utan cookieConsent.settings får ingen text hänvisa till en kakruta, kakinställning eller knapp.',
    'A sentence about cookies telling the reader to click, press or look at a place on the page names the control by cookieConsent.settingsName; without cookieConsent.settings no text may point at a cookie banner, cookie settings or a button.',
  ),
  why: bi(
    'En hänvisning till en knapp eller länk som inte finns gör det omöjligt att ta tillbaka samtycket och ger fel information (artikel 7.3 och 12.1).',
    'Pointing at a button or link that does not exist makes withdrawing consent impossible and misinforms the reader (Articles 7(3) and 12(1)).',
  ),
  fix: bi(
    'Skriv om meningen så att den nämner era kakinställningar vid namn (cookieConsent.settingsName), och ange adressen i cookieConsent.settings. Sidan om webbplatsen och kakor länkar dit.',
    'Rewrite the sentence so that it names your cookie settings (cookieConsent.settingsName), and give the address in cookieConsent.settings. The page about the website and cookies links there.',
  ),
  check({ model }) {
    const findings: Finding[] = [];
    const consents = model.activities.map((a) => a.cookieConsent).filter((c) => c !== undefined);
    const withSettings = consents.filter((c) => c.settings);
    const names: Record<'sv' | 'en', string[]> = {
      sv: withSettings.flatMap((c) => (c.settingsName ? [textSv(c.settingsName as LocalizedText)] : [])),
      en: withSettings.flatMap((c) => (c.settingsName ? [textEn(c.settingsName as LocalizedText)] : [])),
    };
    // Consent texts of activities that set cookies are about cookies even when they do not say the word.
    const cookieActs = new Set(
      noticeActivities(model)
        .filter((a) => a.cookies?.length)
        .map((a) => a.id),
    );
    const seen = new Set<string>();
    const consider = (t: ContentText) => {
      const path = t.where.path ?? [];
      if (path[0] === 'cookieConsent') return;
      const lang = path.at(-1) === 'en' ? 'en' : 'sv';
      const inConsent = t.where.kind === 'activities' && cookieActs.has(t.where.id) && path[0] === 'purposes' && path[2] === 'consent';
      for (const { sentence, index } of sentences(t.text)) {
        if (!CONTROL.test(sentence) || !(inConsent || COOKIE_WORD.test(sentence))) continue;
        const named = names[lang].some((n) => n && sentence.toLowerCase().includes(n.toLowerCase()));
        const ok = withSettings.length > 0 && (named || !POINTING.test(sentence));
        if (ok) continue;
        const where = atIndex(t.where, t.text, index);
        const key = `${where.kind}/${where.id}/${(where.path ?? []).join('.')}/${index}`;
        if (seen.has(key)) continue;
        seen.add(key);
        findings.push({
          ...where,
          message: withSettings.length
            ? bi(
                `Meningen "${short(sentence)}" hänvisar till en kakinställning som innehållet inte namnger. Nämn den som ${names.sv.length ? `"${names.sv[0]}"` : 'i cookieConsent.settingsName'}.`,
                `The sentence "${short(sentence)}" points at a cookie control that the content does not name. Name it as ${names.en.length ? `"${names.en[0]}"` : 'in cookieConsent.settingsName'}.`,
              )
            : bi(
                `Meningen "${short(sentence)}" hänvisar till en kakinställning, men innehållet anger ingen (cookieConsent.settings saknas).`,
                `The sentence "${short(sentence)}" points at a cookie control, but the content names none (cookieConsent.settings is missing).`,
              ),
        });
      }
    };
    for (const t of contentTexts(model)) consider(t);
    return findings;
  },
};
