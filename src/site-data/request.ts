/**
 * What the page "Begär ut dina uppgifter" (request your data), its easy-read
 * version and the request form say, from the public view: where a request
 * can go (organisation-wide and per company), the identity check, what the
 * person gets, when (the deadline and extension of organisation.rights),
 * that it is free, and how to send it safely. Pages and PDF render this.
 */
import { publicView, type PublicController, type PublicModel } from './public-view.ts';
import type { Model } from '../model/model.ts';
import { t } from './text.ts';
import type { Locale } from '../model/schemas/index.ts';
import { fill } from '../i18n/ui/index.ts';
import { requestText } from '../i18n/request/index.ts';
import { IMY } from '../model/vocabulary/index.ts';
import type { RequestChannels } from '../model/schemas/requests.ts';
import { addressLines, formatAddress, formatDuration, list, mailHref, phoneHref, sentence, webHref, withHours } from '../format/index.ts';

export type ChannelKind = 'email' | 'post' | 'phone' | 'visit' | 'eService';

export interface ChannelView {
  kind: ChannelKind;
  /** "E-post", "Brev", … */
  label: string;
  /** What to write, dial or look for, one line each (an envelope's lines for a letter). */
  lines: string[];
  /** A safe mailto:, tel: or https: link, when the channel has one. */
  href?: string;
  /** A sentence about the channel, if any. */
  note?: string;
}

export interface ControllerRequestView {
  id: string;
  name: string;
  /** The company's description, else "Ansvarar för: …" (its public activities), else ''. */
  responsibleFor: string;
  /** The company's own channels (entities/*.yaml `requests`), possibly none. */
  channels: ChannelView[];
}

export interface RequestView {
  channels: ChannelView[];
  /** Where the form can be sent or handed in: the channels without the phone, or else the default ones. */
  formChannels: ChannelView[];
  /** Only for a group of several controllers. */
  controllers: ControllerRequestView[];
  identity: string;
  delivery: string;
  /** The deadline sentence, from organisation.rights. */
  when: string;
  free: string;
  /** How to send safely: no sensitive details in plain e-mail, and the safer way this organisation offers. */
  safe: string;
  get: string[];
  /** The e-service, when the organisation names one (the form offers it as a way to get the answer). */
  eService?: string;
  /** Whether the organisation takes requests in person (the form offers collecting the answer). */
  visit: boolean;
}

/** Where the request form lives on the public site, per language. */
export const REQUEST_FORM_PDF: Record<Locale, string> = { sv: '/begaran-om-registerutdrag.pdf', en: '/en/request-form.pdf' };

/**
 * The organisation-wide channels: as written in organisation.yaml, or else the
 * DPO's (or parent company's) public e-mail and phone and the parent company's
 * postal address; `toDpo`: a letter is then addressed to the DPO.
 */
export function organisationChannels(pm: PublicModel): { channels: RequestChannels; toDpo: boolean } {
  const written = pm.organisation.requests?.channels;
  return written ? { channels: written, toDpo: false } : defaultChannels(pm);
}

/** The DPO's (or parent company's) public e-mail and phone, and a letter to the parent company's postal address. */
function defaultChannels(pm: PublicModel): { channels: RequestChannels; toDpo: boolean } {
  const dpo = pm.dpo?.publicContact;
  const postal = dpo?.address ?? pm.parent.addresses.find((a) => a.kind === 'postal') ?? pm.parent.addresses.find((a) => a.kind === 'both');
  const phone = dpo?.phone ?? pm.parent.phone;
  const channels: RequestChannels = {
    email: dpo?.email ?? pm.parent.email,
    ...(postal ? { post: { address: postal } } : {}),
    ...(phone ? { phone: { number: phone } } : {}),
  };
  return { channels, toDpo: !!pm.dpo };
}

/** The channels in reading order: e-service, letter, e-mail, phone, visit (the safest first). */
export function channelViews(c: RequestChannels, lang: Locale, toDpo = false): ChannelView[] {
  const r = requestText(lang);
  const out: ChannelView[] = [];
  if (c.eService) out.push({ kind: 'eService', label: r.channel.eService, lines: [t(c.eService.name, lang)], href: webHref(c.eService.url) });
  if (c.post) {
    const to = c.post.to ? t(c.post.to, lang) : toDpo ? r.postToDpo : undefined;
    out.push({ kind: 'post', label: r.channel.post, lines: addressLines(c.post.address, lang, to) });
  }
  if (c.email) out.push({ kind: 'email', label: r.channel.email, lines: [c.email], href: mailHref(c.email) });
  if (c.phone) out.push({ kind: 'phone', label: r.channel.phone, lines: [withHours(c.phone.number, t(c.phone.hours, lang))], href: phoneHref(c.phone.number), note: r.phoneNote });
  if (c.visit) out.push({ kind: 'visit', label: r.channel.visit, lines: [withHours(formatAddress(c.visit.address, lang), t(c.visit.hours, lang))], note: r.visitNote });
  return out;
}

/** A name inside a sentence: the first letter lower-cased unless the word is an abbreviation ("LSS"). */
const inSentence = (name: string) => (/^\p{Lu}\p{Ll}/u.test(name) ? name.charAt(0).toLocaleLowerCase('sv') + name.slice(1) : name);

/** A company in "Vilket bolag gäller det?": its own description, else the activities it is responsible for. */
function controllerView(pm: PublicModel, c: PublicController, lang: Locale): ControllerRequestView {
  const acts = pm.activities.filter((a) => a.controllers.some((x) => x.id === c.id)).map((a) => inSentence(t(a.name, lang)));
  return {
    id: c.id,
    name: c.legalName,
    responsibleFor: c.description ? sentence(t(c.description, lang)) : acts.length ? fill(requestText(lang).responsibleFor, { what: list(acts, lang) }) : '',
    channels: c.requests ? channelViews(c.requests, lang) : [],
  };
}

export function requestView(pm: PublicModel, lang: Locale): RequestView {
  const r = requestText(lang);
  const o = pm.organisation;
  const { channels, toDpo } = organisationChannels(pm);
  const sa = o.supervisoryAuthority;
  const eService = channels.eService ? t(channels.eService.name, lang) : undefined;
  const d = formatDuration(o.rights.responseDeadline, lang);
  const e = formatDuration(o.rights.extension, lang);
  return {
    channels: channelViews(channels, lang, toDpo),
    formChannels: formChannels(pm, channelViews(channels, lang, toDpo), lang),
    controllers: o.structure === 'group' && pm.controllers.length > 1 ? pm.controllers.map((c) => controllerView(pm, c, lang)) : [],
    identity: o.requests?.identity ? t(o.requests.identity, lang) : r.identity,
    delivery: o.requests?.delivery ? t(o.requests.delivery, lang) : r.delivery,
    when: fill(r.when, { d, e }),
    free: o.rights.freeCopies ? t(o.rights.freeCopies, lang) : r.free,
    safe: [r.safe, eService ? fill(r.safeEService, { service: eService }) : channels.post ? r.safePost : ''].filter(Boolean).join(' '),
    get: r.get.map((g) => fill(g, { authority: sa?.name ? t(sa.name, lang) : IMY.name[lang] })),
    ...(eService ? { eService } : {}),
    visit: !!channels.visit,
  };
}

// A form is sent, handed in or uploaded: not phoned in. Content naming only a phone still gets an address.
function formChannels(pm: PublicModel, written: ChannelView[], lang: Locale): ChannelView[] {
  const sendable = (list: ChannelView[]) => list.filter((c) => c.kind !== 'phone');
  if (sendable(written).length) return sendable(written);
  const fallback = defaultChannels(pm);
  return sendable(channelViews(fallback.channels, lang, fallback.toDpo));
}

/** The deadline, shortly (easy-read): "inom 1 månad". */
export function easyDeadline(pm: PublicModel, lang: Locale): { when: string; longer: string } {
  const r = requestText(lang);
  const d = formatDuration(pm.organisation.rights.responseDeadline, lang);
  return { when: fill(r.easyWhen, { d }), longer: fill(r.easyLonger, { d }) };
}

/** The request view straight from the model (register extracts): its public view built once per model. */
const views = new WeakMap<Model, PublicModel>();
export function requestViewOf(model: Model, lang: Locale): RequestView {
  let pm = views.get(model);
  if (!pm) views.set(model, (pm = publicView(model)));
  return requestView(pm, lang);
}
