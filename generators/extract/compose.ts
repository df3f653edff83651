/**
 * Composes the answer to an access request (Art. 15(1)(a)–(h), 15(2), 15(3),
 * 15(4), 12(3)) as blocks: what to say, in which order. Drawing is render.ts.
 */
import type { Model, ResolvedActivity } from '../../src/model/model.ts';
import type { LocalizedText } from '../../src/model/schemas/shared.ts';
import { IMY } from '../../src/model/vocabulary/authority.ts';
import { RIGHTS } from '../../src/model/vocabulary/rights.ts';
import { art9Condition, citeLaw, citeLaws, legalBasis, list, retentionSentence, safeguard, sentence, sentences } from '../../src/format/index.ts';
import { STRINGS } from './i18n/index.ts';
import { addPeriod, formatDate } from './dates.ts';
import { renderLetter } from './letter.ts';
import type { ExtractDocument } from './blocks.ts';
import type { Block } from '../pdf/blocks.ts';
import type { ExtractRequest } from './schema.ts';
import { basesOf } from '../../src/model/purposes.ts';
import { requestViewOf } from '../../src/site-data/request.ts';
import { href } from '../../src/site-data/routes.ts';
import type { Locale } from '../../src/model/schemas/index.ts';

const pick = (text: LocalizedText | undefined, lang: Locale): string => (text === undefined ? '' : typeof text === 'string' ? text : ((lang === 'en' ? text.en : undefined) ?? text.sv));

/** Citations in running text (`prose`, see src/format/law.ts), each law once. */
const lawCitations = (model: Model, cs: readonly { law: string; section?: string }[], lang: Locale): string =>
  list(
    citeLaws((id) => model.byId.laws.get(id), cs, lang, 'prose'),
    lang,
  );

/** Column headers of a table that shares the width equally. */
const labels = (columns: readonly string[]) => columns.map((label) => ({ label }));

function activityBlocks(model: Model, a: ResolvedActivity, lang: Locale, personCategories: Set<string>): Block[] {
  const s = STRINGS[lang].activities;
  const blocks: Block[] = [
    { kind: 'h3', text: pick(a.name, lang) },
    { kind: 'p', text: pick(a.description, lang) },
  ];
  // Each activity is an H3; what we say about it are H4s under it.

  // Each purpose next to the basis it rests on, so the reader sees which allows which.
  blocks.push({ kind: 'h4', text: `${s.purposes} · ${s.legalBasis}` });
  blocks.push({
    kind: 'fields',
    rows: a.purposes.map((p) => {
      const bases = basesOf(p).map((x) => {
        const basis = legalBasis(x.basis, lang);
        return sentences(`${basis.full}: ${basis.plain}`, x.note ? sentence(pick(x.note, lang)) : '');
      });
      const laws = lawCitations(model, p.law, lang);
      return [pick(p.description, lang), sentences(...bases, p.legitimateInterest ? sentence(pick(p.legitimateInterest, lang)) : '', laws ? `${s.law}: ${laws}.` : '')];
    }),
  });
  if (a.specialCondition) {
    const laws = lawCitations(model, a.specialCondition.law, lang);
    blocks.push({ kind: 'p', text: sentences(`${s.specialCondition}: ${art9Condition(a.specialCondition.condition, lang).full}.`, laws ? `${s.law}: ${laws}.` : '') });
  }

  blocks.push({ kind: 'h4', text: s.categories });
  // Categories held on this person first; the rest of the activity's categories follow.
  const cats = [...a.refs.dataCategories].sort((x, y) => Number(personCategories.has(y.id)) - Number(personCategories.has(x.id)));
  blocks.push({ kind: 'list', items: cats.map((c) => pick(c.name, lang)) });

  blocks.push({ kind: 'h4', text: s.recipients });
  if (a.refs.recipients.length) blocks.push({ kind: 'list', items: a.refs.recipients.map((x) => pick(x.name, lang)) });
  else blocks.push({ kind: 'p', text: s.noRecipients });

  blocks.push({ kind: 'h4', text: s.retention });
  if (!a.retention.length) blocks.push({ kind: 'p', text: s.noRetention });
  else
    blocks.push({
      kind: 'list',
      items: a.retention.map((rule) => {
        const to = rule.handedOverTo ? model.byId.recipients.get(rule.handedOverTo) : undefined;
        return retentionSentence(rule, { ...(rule.law ? { law: citeLaw(model.byId.laws.get(rule.law.law), rule.law, lang, 'prose') } : {}), ...(to ? { handedOverTo: to } : {}) }, lang);
      }),
    });

  blocks.push({ kind: 'h4', text: s.source });
  blocks.push({
    kind: 'list',
    items: a.sources.map((src) => {
      if (src.from === 'data-subject') return `${s.fromYou}${src.description ? `: ${pick(src.description, lang)}` : '.'}`;
      const linked = src.from === 'linked-subject' ? a.refs.subjects.find((x) => x.linkedTo)?.linkedTo?.source : undefined;
      if (linked) return `${s.fromLinked} ${pick(linked, lang)}${src.description ? `: ${pick(src.description, lang)}` : '.'}`;
      const party = src.party ? pick(model.byId.recipients.get(src.party)?.name, lang) : '';
      return `${s.fromOther} ${party}${src.description ? `${party ? ': ' : ''}${pick(src.description, lang)}` : '.'}`.trim();
    }),
  });

  blocks.push({ kind: 'h4', text: s.transfers });
  if (a.refs.transfers.length) {
    blocks.push({
      kind: 'list',
      items: a.refs.transfers.map((t) => {
        const who = t.processor ? model.byId.processors.get(t.processor)?.name : t.recipient ? pick(model.byId.recipients.get(t.recipient)?.name, lang) : '';
        return sentences(`${who ? `${who}, ` : ''}${t.country}: ${sentence(safeguard(t.safeguard, lang, 'prose'))}`, sentence(pick(t.copyAvailable, lang)));
      }),
    });
  } else blocks.push({ kind: 'p', text: s.noTransfers });

  blocks.push({ kind: 'h4', text: s.automated });
  if (a.automatedDecisions.used) {
    blocks.push({
      kind: 'fields',
      rows: [
        [s.automatedLogic, pick(a.automatedDecisions.logic, lang)],
        [s.automatedConsequences, pick(a.automatedDecisions.consequences, lang)],
      ],
    });
  } else blocks.push({ kind: 'p', text: s.noAutomated });
  return blocks;
}

export interface ComposeInput {
  model: Model;
  request: ExtractRequest;
  activities: readonly ResolvedActivity[];
  lang: Locale;
}

export function composeExtract({ model, request: r, activities, lang }: ComposeInput): ExtractDocument {
  const t = STRINGS[lang];
  const date = (iso: string) => formatDate(iso, t.months);
  const entity = model.byId.entities.get(r.entity)!;
  const address = entity.addresses.find((a) => a.kind !== 'visiting') ?? entity.addresses[0]!;
  const answered = r.request.answered ?? r.request.received;
  const deadline = addPeriod(r.request.received, model.organisation.rights.responseDeadline);
  const extendedDeadline = addPeriod(deadline, model.organisation.rights.extension);
  const finalDeadline = r.request.extension ? extendedDeadline : deadline;
  const dpo = model.organisation.dpo ? model.byId.people.get(model.organisation.dpo) : undefined;
  const authority = { ...IMY, ...model.organisation.supervisoryAuthority, name: model.organisation.supervisoryAuthority?.name ?? IMY.name };
  const pnrField = r.person.personnummer !== undefined ? 'personnummer' : 'samordningsnummer';
  const pnr = String(r.person.personnummer ?? r.person.samordningsnummer);
  const personAddress = [
    r.person.address.careOf ? `c/o ${r.person.address.careOf}` : '',
    r.person.address.street,
    `${r.person.address.postalCode} ${r.person.address.city}`,
    r.person.address.country !== 'SE' ? r.person.address.country : '',
  ].filter(Boolean);

  const blocks: Block[] = [{ kind: 'h1', text: t.title }];
  const letter = renderLetter(model, lang, {
    name: r.person.name,
    company: entity.legalName,
    reference: r.request.reference,
    received: date(r.request.received),
    answered: date(answered),
    deadline: date(deadline),
    channel: t.channels[r.request.channel],
    delivery: t.deliveries[r.request.delivery],
    extended: !!r.request.extension,
    extendedDeadline: date(extendedDeadline),
    extensionReason: r.request.extension?.reason ?? '',
    freeCopies: pick(model.organisation.rights.freeCopies, lang),
    dpoName: dpo?.name ?? '',
  });
  for (const p of letter) blocks.push({ kind: 'p', text: p });

  blocks.push({ kind: 'h2', text: t.confirmation.heading }, { kind: 'p', text: t.confirmation.text(entity.legalName) });

  // Art. 15(1)(a)-(d), (g), (h) and 15(2), per activity.
  blocks.push({ kind: 'h2', text: t.activities.heading }, { kind: 'p', text: t.activities.intro });
  const held = new Set(r.data.map((d) => d.category));
  for (const a of activities) blocks.push(...activityBlocks(model, a, lang, held));

  // Art. 15(3): the copy.
  const c = t.copy;
  blocks.push({ kind: 'h2', text: c.heading }, { kind: 'p', text: c.intro }, { kind: 'h3', text: c.identity });
  blocks.push({
    kind: 'fields',
    rows: [
      [c.name, r.person.name],
      [pnrField === 'personnummer' ? c.personnummer : c.samordningsnummer, pnr],
      [c.address, personAddress.join(', ')],
    ],
  });
  for (const d of r.data) {
    blocks.push({ kind: 'h3', text: pick(model.byId['data-categories'].get(d.category)!.name, lang) });
    const pairs = Object.entries(d.values) as [string, string][];
    if (pairs.length) blocks.push({ kind: 'fields', rows: pairs });
    for (const table of d.tables) {
      blocks.push({ kind: 'p', style: 'caption', text: table.title }, { kind: 'table', columns: labels(table.columns), rows: table.rows });
    }
    if (d.documents.length) {
      blocks.push({ kind: 'p', style: 'caption', text: c.documents });
      blocks.push({
        kind: 'table',
        columns: labels([c.documentTitle, c.documentDate, c.documentDescription]),
        rows: d.documents.map((doc) => [doc.title, doc.date ? date(doc.date) : '', doc.description ?? '']),
      });
    }
    if (d.enclosed.length) blocks.push({ kind: 'p', style: 'caption', text: c.enclosed }, { kind: 'list', items: d.enclosed });
    if (d.note) blocks.push({ kind: 'p', text: `${c.note}: ${d.note}` });
  }

  // Art. 15(1)(g): the actual sources; 15(1)(c): the actual recipients.
  blocks.push({ kind: 'h2', text: t.sources.heading });
  if (r.sources.length) {
    blocks.push({ kind: 'p', text: t.sources.intro });
    blocks.push({
      kind: 'list',
      items: r.sources.map((s) => {
        const name = s.party ? pick(model.byId.recipients.get(s.party)!.name, lang) : '';
        const cats = s.categories.map((id) => pick(model.byId['data-categories'].get(id)!.name, lang));
        return [name, s.description, cats.length ? `(${cats.join(', ')})` : ''].filter(Boolean).join(': ').replace(': (', ' (');
      }),
    });
  } else blocks.push({ kind: 'p', text: t.sources.fromYou });

  const ra = t.recipientsActual;
  blocks.push({ kind: 'h2', text: ra.heading });
  if (r.recipients.length) {
    blocks.push({ kind: 'p', text: ra.intro });
    blocks.push({
      kind: 'table',
      columns: labels([ra.recipient, ra.date, ra.categories, ra.description]),
      rows: r.recipients.map((x) => [
        x.recipient ? pick(model.byId.recipients.get(x.recipient)!.name, lang) : x.name!,
        x.date ? date(x.date) : '',
        x.categories.map((id) => pick(model.byId['data-categories'].get(id)!.name, lang)).join(', '),
        x.description ?? '',
      ]),
    });
  } else blocks.push({ kind: 'p', text: ra.none });

  // Art. 15(4).
  if (r.withheld.length) {
    blocks.push({ kind: 'h2', text: t.withheld.heading }, { kind: 'p', text: t.withheld.intro });
    blocks.push({ kind: 'table', columns: labels([t.withheld.what, t.withheld.reason]), rows: r.withheld.map((w) => [w.what, w.reason]) });
  }

  // Art. 15(1)(e): rights and how to use them.
  blocks.push({ kind: 'h2', text: t.rights.heading }, { kind: 'p', text: t.rights.intro });
  blocks.push({
    kind: 'fields',
    rows: (['rectification', 'erasure', 'restriction', 'portability', 'objection'] as const).map((code) => [`${RIGHTS[code].label[lang]} (${RIGHTS[code].article})`, t.rights.how[code]]),
  });
  // The same ways to reach us as the public page "Begär ut dina uppgifter", and where that page is.
  const request = requestViewOf(model, lang);
  blocks.push({ kind: 'p', text: t.rights.contact }, { kind: 'fields', rows: request.channels.map((ch) => [ch.label, ch.lines.join(', ')] as [string, string]) });
  const base = model.organisation.site.baseUrl;
  if (base) blocks.push({ kind: 'p', text: sentence(t.rights.page(`${base.replace(/\/$/, '')}${href({ kind: 'request' }, lang)}`)) });

  // Art. 15(1)(f): complaint.
  const cp = t.complaint;
  blocks.push({ kind: 'h2', text: cp.heading }, { kind: 'p', text: cp.text }, { kind: 'h3', text: pick(authority.name as LocalizedText, lang) });
  blocks.push({
    kind: 'fields',
    rows: [
      [cp.postal, authority.postalAddress ?? ''],
      [cp.phone, authority.phone ?? ''],
      [cp.email, authority.email ?? ''],
      [cp.website, authority.website ?? ''],
    ].filter(([, v]) => v) as [string, string][],
  });

  // Art. 12(3): deadline and extension.
  const dl = t.deadline;
  blocks.push({ kind: 'h2', text: dl.heading });
  blocks.push({
    kind: 'fields',
    rows: [
      [dl.received, date(r.request.received)],
      [dl.deadline, date(finalDeadline)],
      [dl.answered, date(answered)],
    ],
  });
  if (r.request.extension) {
    blocks.push({ kind: 'p', text: dl.extended(date(extendedDeadline), date(r.request.extension.notified)) });
    blocks.push({ kind: 'p', text: `${dl.extensionReason}: ${r.request.extension.reason}` });
  }
  blocks.push({ kind: 'p', text: answered <= finalDeadline ? dl.onTime : dl.late });

  // DPO contact (public contact only, never the private one).
  blocks.push({ kind: 'h2', text: t.dpo.heading });
  if (dpo) {
    const pc = dpo.publicContact;
    blocks.push({ kind: 'p', text: t.dpo.text });
    const rows: [string, string][] = [[t.copy.name, dpo.name]];
    if (pc?.email) rows.push([cp.email, pc.email]);
    if (pc?.phone) rows.push([cp.phone, pc.phone]);
    if (pc?.address) rows.push([cp.postal, `${pc.address.street}, ${pc.address.postalCode} ${pc.address.city}`]);
    blocks.push({ kind: 'fields', rows });
  } else blocks.push({ kind: 'p', text: t.dpo.none });

  const lh = t.letterhead;
  return {
    title: `${t.title} ${r.request.reference}`,
    lang,
    date: answered,
    author: entity.legalName,
    letterhead: {
      lines: [
        entity.legalName,
        `${lh.orgnr} ${entity.organisationsnummer}`,
        `${address.street}, ${address.postalCode} ${address.city}`,
        ...(entity.phone ? [`${lh.phone} ${entity.phone}`] : []),
        `${lh.email} ${entity.email}`,
      ],
      meta: [
        [t.meta.date, date(answered)],
        [t.meta.reference, r.request.reference],
      ],
      // The address window: name and address, never the personnummer.
      recipient: [r.person.name, ...personAddress],
    },
    blocks,
  };
}
