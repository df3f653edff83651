import { bi, type Finding, type Rule } from '../types.ts';
import { noticeActivities, textEn, textSv } from '../text.ts';
import { isCookieOrWebsiteActivity } from '../cookie-words.ts';

/** A website or cookie activity states which cookies exist (or that there are none). */
export const cookiesListed: Rule = {
  id: 'notice/cookies-listed',
  severity: 'error',
  reference: 'LEK (2022:482) 9 kap. 28 §, GDPR art. 13',
  title: bi('Webbplatsens kakor anges', "The website's cookies are stated"),
  description: bi(
    'En aktivitet som gäller webbplatsen eller kakor har fältet cookies: en rad per kaka (namn, ändamål, livslängd, vem som sätter den, om den kräver samtycke), eller cookies: [] när det inte finns några.',
    'An activity about the website or cookies has the field cookies: one row per cookie (name, purpose, lifetime, who sets it, whether it needs consent), or cookies: [] when there are none.',
  ),
  why: bi(
    'Den som besöker webbplatsen ska få klar information om vilka kakor som sparas och varför, innan de sparas (lagen om elektronisk kommunikation 9 kap. 28 §).',
    'A visitor must be given clear information on which cookies are stored and why, before they are stored (Electronic Communications Act, chapter 9 section 28).',
  ),
  fix: bi(
    'Lägg till cookies: med name, provider, thirdParty, purpose, duration, category och consent för varje kaka, eller cookies: [] om webbplatsen inte använder några kakor.',
    'Add cookies: with name, provider, thirdParty, purpose, duration, category and consent for each cookie, or cookies: [] if the website uses no cookies.',
  ),
  check({ model }) {
    const findings: Finding[] = [];
    for (const a of noticeActivities(model)) {
      if (a.cookies !== undefined || !isCookieOrWebsiteActivity(a)) continue;
      findings.push({
        kind: 'activities',
        id: a.id,
        path: ['name'],
        message: bi(
          `Aktiviteten "${textSv(a.name)}" gäller webbplatsen eller kakor men anger inte vilka kakor som finns.`,
          `The activity "${textEn(a.name)}" concerns the website or cookies but does not state which cookies exist.`,
        ),
      });
    }
    return findings;
  },
};
