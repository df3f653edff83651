import { bi, type Finding, type Rule } from '../types.ts';
import { noticeActivities, textEn, textSv } from '../text.ts';

/** Cookies come with how consent is given and withdrawn: the organisation's own settings, or that none is needed. */
export const cookieConsent: Rule = {
  id: 'notice/cookie-consent',
  severity: 'error',
  reference: 'LEK (2022:482) 9 kap. 28 §, GDPR art. 7.3',
  title: bi('Samtycke till kakor: var det ges och tas tillbaka', 'Consent to cookies: where it is given and withdrawn'),
  description: bi(
    'En aktivitet med kakor har cookieConsent: settings (adressen till era egna kakinställningar) när någon kaka kräver samtycke, annars noneNeeded: true. noneNeeded får inte stå när en kaka kräver samtycke.',
    'An activity with cookies has cookieConsent: settings (the address of your own cookie settings) when a cookie needs consent, otherwise noneNeeded: true. noneNeeded must not be given when a cookie needs consent.',
  ),
  why: bi(
    'Samtycke till kakor ska vara lika lätt att ta tillbaka som att ge (artikel 7.3), och besökaren ska få veta var det görs. Sidan får bara hänvisa till en inställning som faktiskt finns.',
    'Consent to cookies must be as easy to withdraw as to give (Article 7(3)), and the visitor must be told where. The notice may only point at settings that really exist.',
  ),
  fix: bi(
    'Lägg till cookieConsent: { settings: https://…/kakinstallningar, settingsName: { sv: Kakinställningar, en: Cookie settings } }, eller cookieConsent: { noneNeeded: true } om ingen kaka kräver samtycke.',
    'Add cookieConsent: { settings: https://…/cookie-settings, settingsName: { sv: Kakinställningar, en: Cookie settings } }, or cookieConsent: { noneNeeded: true } if no cookie needs consent.',
  ),
  check({ model }) {
    const findings: Finding[] = [];
    for (const a of noticeActivities(model)) {
      const cookies = a.cookies ?? [];
      if (!cookies.length) continue;
      const needing = cookies.filter((c) => c.consent);
      const names = needing.map((c) => c.name).join(', ');
      const c = a.cookieConsent;
      if (!c) {
        findings.push({
          kind: 'activities',
          id: a.id,
          path: ['cookies'],
          message: bi(
            `Aktiviteten "${textSv(a.name)}" listar kakor men säger inte hur man ger och tar tillbaka samtycke till dem, eller att inget samtycke behövs.`,
            `The activity "${textEn(a.name)}" lists cookies but does not say how consent to them is given and withdrawn, or that no consent is needed.`,
          ),
        });
      } else if (needing.length && !c.settings) {
        findings.push({
          kind: 'activities',
          id: a.id,
          path: ['cookieConsent'],
          message: c.noneNeeded
            ? bi(
                `Aktiviteten "${textSv(a.name)}" säger att ingen kaka kräver samtycke, men ${names} kräver samtycke.`,
                `The activity "${textEn(a.name)}" says no cookie needs consent, but ${names} needs consent.`,
              )
            : bi(
                `Kakorna ${names} kräver samtycke men aktiviteten "${textSv(a.name)}" anger ingen adress till era kakinställningar.`,
                `The cookies ${names} need consent but the activity "${textEn(a.name)}" gives no address of your cookie settings.`,
              ),
        });
      }
    }
    return findings;
  },
};
