/** What the cookie rules look for in content text. */
import type { ResolvedActivity } from '../model/model.ts';
import { both } from './text.ts';

/** A text about cookies (kaka, kakor, statistikkakor, cookie…). */
export const COOKIE_WORD = /kak(a|an|or|orna)\b|kakor|kak-?id|cookie/i;
/** A website: the activity is about visits to the organisation's site. */
export const WEBSITE_WORD = /webbplats|hemsida|website/i;

/** A sentence that sends the reader to a control: click, a button, a banner, settings, a place on the page. */
export const CONTROL = /klicka|\bclick|tryck på|\bknapp|button|\blänk|\blink|\bruta|rutan|\bbox\b|banner|inställning|settings|längst (ne[dr]|upp)|at the (bottom|top)|sidfot|footer/i;
/** The part of a control sentence that points at a place or an action, which only a named control can satisfy. */
export const POINTING = /klicka|\bclick|tryck på|\bknapp|button|längst (ne[dr]|upp)|at the (bottom|top)|sidfot|footer/i;

/** Whether an activity is about the website or its cookies, by its own words and its data categories. */
export function isCookieOrWebsiteActivity(a: ResolvedActivity): boolean {
  const texts = [both(a.name), both(a.description), ...a.purposes.map((p) => both(p.description)), ...a.refs.dataCategories.map((c) => both(c.name))];
  if (texts.some((t) => COOKIE_WORD.test(t.sv) || COOKIE_WORD.test(t.en))) return true;
  return WEBSITE_WORD.test(both(a.name).sv) || WEBSITE_WORD.test(both(a.name).en);
}
