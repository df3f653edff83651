/**
 * Wording that follows the organisation's shape: a group (koncern) or a single
 * company or association, with or without a DPO, with or without care records.
 * Every public page and the notice PDF take these sentences from here.
 */
import type { PublicModel } from './public-view.ts';
import type { PageKind } from './routes.ts';
import { t } from './text.ts';
import { fill, ui } from '../i18n/ui/index.ts';
import { identityUi } from '../i18n/identity/index.ts';
import { organisationNoun } from '../model/organisation.ts';
import type { RightCode } from '../model/vocabulary/index.ts';
import { requestText } from '../i18n/request/index.ts';
import type { Locale } from '../model/schemas/index.ts';

const cap = (s: string) => s.charAt(0).toLocaleUpperCase('sv') + s.slice(1);

export function orgWording(pm: PublicModel, lang: Locale) {
  const u = ui(lang);
  const o = pm.organisation;
  const group = o.structure === 'group';
  const the = t(organisationNoun(o, o.structure), lang);
  const words = { the, The: cap(the) };
  const rectification = o.rights.rectification ? t(o.rights.rectification, lang) : `${u.rightHow.rectification}${o.careRecords ? ` ${u.rectificationCare}` : ''}`;
  return {
    group,
    /** Heading over the list of controllers. */
    controllersHeading: group ? fill(u.companies, words) : u.controllerHeading,
    /** Who is responsible, in one sentence. */
    responsible: fill(group ? u.responsibleGroup : u.responsibleSingle, words),
    controllersIntro: fill(u.controllersIntro, words),
    rightHow: (code: RightCode) => (code === 'rectification' ? rectification : u.rightHow[code]),
    /** Where questions and requests go: the DPO's public e-mail, else the organisation's. */
    contactEmail: pm.dpo?.publicContact?.email ?? pm.parent.email,
  };
}

/** The label of a page in the menu and its title: "Kontakt" when there is no DPO. */
export function pageLabel(pm: PublicModel, kind: Exclude<PageKind, 'group' | 'easy'>, lang: Locale): string {
  const u = ui(lang);
  if (kind === 'contact') return pm.dpo ? u.contact : u.contactNoDpo;
  if (kind === 'accessibility') return identityUi(lang).accessibility;
  if (kind === 'request') return requestText(lang).title;
  if (kind === 'request-easy') return requestText(lang).easyTitle;
  return u[kind];
}
