/**
 * The full public notice as PDF blocks, built ONLY from the public view
 * (src/site-data/public-view.ts), the same whitelist the web pages use, so
 * nothing internal can reach the PDF. Wording comes from the site's UI strings
 * and legal helpers, so the PDF says what the pages say.
 *
 * Unlike the pages, the PDF describes each activity once, in the part "Alla
 * behandlingar", with the groups it concerns; each group's section names its
 * activities with a link and the page they are on. At large scale an activity
 * concerns about two groups, so printing it under each doubled the document.
 */
import { requestText } from '../../src/i18n/request/index.ts';
import { requestView } from '../../src/site-data/request.ts';
import type { Block } from '../pdf/blocks.ts';
import { latestVersion, type PublicActivity, type PublicModel } from '../../src/site-data/public-view.ts';
import { noticeDate } from '../../src/site-data/notice-files.ts';
import { activitiesFor } from '../../src/site-data/routes.ts';
import { t } from '../../src/site-data/text.ts';
import { country, duration, specialKind } from '../../src/site-data/legal.ts';
import { basesList, basisText, conditionText, examplesText, purposeLawText, retentionText, singleBasis, specialConditionText, transferText } from '../../src/site-data/notice-text.ts';
import { fill, ui } from '../../src/i18n/ui/index.ts';
import { IMY, RIGHTS, RIGHT_CODES } from '../../src/model/vocabulary/index.ts';
import { linkedGroups, linkedSource, mainGroup } from '../../src/site-data/linked.ts';
import { orgWording, pageLabel } from '../../src/site-data/org-wording.ts';
import { overviewRows } from '../../src/site-data/overview.ts';
import { cookieConsentText } from '../../src/site-data/cookie-consent.ts';
import { noticePdfText } from '../../src/i18n/notice-pdf/index.ts';
import type { Locale } from '../../src/model/schemas/index.ts';

/** A chunk of the document that gets its own bookmark. */
export interface Chapter {
  title: string;
  blocks: Block[];
}

const sentence = (s: string) => (/[.!?:]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

/** The heading id of an activity's description (its groups' contents tables link to it). */
const activityAnchor = (a: PublicActivity) => `activity-${a.id}`;

function activityBlocks(a: PublicActivity, pm: PublicModel, lang: Locale): Block[] {
  const u = ui(lang);
  const catName = (id: string) => t(a.dataCategories.find((c) => c.id === id)?.name, lang);
  const b: Block[] = [
    { kind: 'h3', text: t(a.name, lang) },
    { kind: 'p', text: t(a.description, lang) },
  ];
  const label = (text: string): Block => ({ kind: 'p', text, style: 'bold' });

  b.push(label(u.controller), {
    kind: 'list',
    items: a.controllers.map((c) => `${c.legalName} (${u.orgnr} ${c.organisationsnummer}, ${c.email})`),
  });
  if (a.jointControllers) b.push({ kind: 'p', text: `${u.jointControllers}: ${a.jointControllers.parties.join(', ')}. ${t(a.jointControllers.arrangement, lang)}` });

  b.push(label(u.purposes), {
    kind: 'list',
    items: a.purposes.map((p) => {
      const lb = basisText(p, lang);
      return [
        sentence(t(p.description, lang)),
        singleBasis(p)
          ? `${lb.label} ${lb.text}`
          : `${u.legalBases}: ${basesList(p, lang)
              .map((x) => `${x.full}. ${x.text}`)
              .join(' ')}`,
        purposeLawText(pm, p, lang),
        p.legitimateInterest ? `${u.legitimateInterest}: ${sentence(t(p.legitimateInterest, lang))}` : '',
        p.consent ? `${u.consentWithdraw}: ${sentence(t(p.consent.withdraw, lang))}` : '',
      ]
        .filter(Boolean)
        .join(' ');
    }),
  });
  if (a.specialCondition) {
    const sc = a.specialCondition;
    b.push({
      kind: 'p',
      text: [
        `${u.specialCondition}: ${specialConditionText(pm, sc, lang)}`,
        sc.professionalSecrecy ? sentence(t(sc.professionalSecrecy, lang)) : '',
        sc.consent ? `${u.consentWithdraw}: ${sentence(t(sc.consent.withdraw, lang))}` : '',
      ]
        .filter(Boolean)
        .join(' '),
    });
  }

  b.push(label(u.categories), {
    kind: 'list',
    items: a.dataCategories.map((c) => {
      const flags = [c.special && `${u.special}: ${(specialKind(c.special)?.[lang] ?? c.special).toLowerCase()}`, c.criminal && u.criminal].filter(Boolean).join(', ');
      const examples = examplesText(c.examples, lang);
      return `${t(c.name, lang)}${flags ? ` (${flags})` : ''}${c.description ? ` – ${t(c.description, lang)}` : ''}${examples ? ` ${examples}` : ''}`;
    }),
  });

  b.push(label(u.sources), {
    kind: 'list',
    items: a.sources.map((s) => {
      const cats = s.dataCategories.map(catName).filter(Boolean).join(', ');
      const linked = linkedSource(pm, a);
      const from = s.from === 'data-subject' ? u.fromYou : s.from === 'linked-subject' && linked ? `${u.fromLinked} ${t(linked, lang)}` : u.fromOthers;
      return `${from}${s.partyName ? `: ${t(s.partyName, lang)}` : ''}${s.description ? ` – ${t(s.description, lang)}` : ''}${cats ? ` (${cats})` : ''}${s.publiclyAccessible ? `, ${u.publicSource}` : ''}.`;
    }),
  });

  b.push(label(u.recipients));
  if (a.recipients.length === 0) b.push({ kind: 'p', text: u.noRecipients });
  else b.push({ kind: 'list', items: a.recipients.map((r) => `${t(r.name, lang)}${r.description ? ` – ${t(r.description, lang)}` : ''}${r.condition ? ` ${conditionText(r, lang)}` : ''}`) });
  if (a.processors.length) {
    b.push({ kind: 'p', text: `${u.processors}:` }, { kind: 'list', items: a.processors.map((p) => `${p.name} – ${t(p.service, lang)} (${country(p.country, lang)})`) });
  }

  b.push(label(u.transfers));
  if (a.transfers.length === 0) b.push({ kind: 'p', text: u.noTransfers });
  else {
    b.push({
      kind: 'list',
      items: a.transfers.map((tr) => transferText(tr, lang)),
    });
  }

  b.push(label(u.retention), a.retention.length ? { kind: 'list', items: a.retention.map((r) => retentionText(pm, r, lang)) } : { kind: 'p', text: u.noRetention });

  b.push(label(u.provision), { kind: 'p', text: a.provision ? `${u.requirement[a.provision.requirement]} ${t(a.provision.consequence, lang)}` : u.provisionUnknown });
  b.push(label(u.automated), {
    kind: 'p',
    text: a.automatedDecisions.used ? `${t(a.automatedDecisions.logic, lang)} ${t(a.automatedDecisions.consequences, lang)}`.trim() : u.noAutomated,
  });
  return b;
}

function cookieBlocks(a: PublicActivity, lang: Locale): Block[] {
  const u = ui(lang);
  const cookies = a.cookies ?? [];
  if (!cookies.length) return [];
  const consent = cookieConsentText(a, lang);
  return [
    { kind: 'h3', text: u.cookieTable },
    ...(cookies.some((c) => c.consent) ? [{ kind: 'p', text: u.cookiesConsentNote } as Block] : []),
    {
      kind: 'table',
      columns: [
        { label: u.cookieName, width: 16 },
        { label: u.cookieProvider, width: 18 },
        { label: u.cookiePurpose, width: 34 },
        { label: u.cookieDuration, width: 14 },
        { label: u.cookieCategory, width: 12 },
        { label: u.cookieConsent, width: 10 },
      ],
      rows: cookies.map((c) => [
        c.name,
        `${c.provider} (${c.thirdParty ? u.thirdParty : u.firstParty})`,
        t(c.purpose, lang),
        c.duration === 'session' ? u.cookieSession : duration(c.duration, lang),
        u.cookieCategories[c.category],
        c.consent ? u.yes : u.no,
      ]),
    },
    ...(consent ? [{ kind: 'p', text: consent.link ? `${consent.text} ${consent.link.label}: ${consent.link.href}` : consent.text } as Block] : []),
  ];
}

function rightsBlocks(pm: PublicModel, lang: Locale): Block[] {
  const u = ui(lang);
  const r = pm.organisation.rights;
  const sa = pm.organisation.supervisoryAuthority;
  const w = orgWording(pm, lang);
  const request = requestView(pm, lang);
  return [
    { kind: 'p', text: u.rightsIntro },
    { kind: 'p', text: fill(u.deadline, { d: duration(r.responseDeadline, lang), e: duration(r.extension, lang) }) },
    ...(r.freeCopies ? [{ kind: 'p', text: t(r.freeCopies, lang) } as Block] : []),
    { kind: 'list', items: RIGHT_CODES.filter((c) => c !== 'complaint').map((c) => `${RIGHTS[c].label[lang]} (GDPR ${RIGHTS[c].article}): ${w.rightHow(c)}`) },
    { kind: 'h3', text: u.extract },
    // The same wording and channels as the page "Begär ut dina uppgifter" (src/site-data/request.ts).
    { kind: 'p', text: `${requestText(lang).intro} ${requestText(lang).howIntro}` },
    { kind: 'fields', rows: request.channels.map((c) => [c.label, c.lines.join(', ')] as [string, string]) },
    { kind: 'p', text: request.safe },
    { kind: 'h3', text: u.complaint },
    { kind: 'p', text: u.complaintText },
    {
      kind: 'fields',
      rows: [
        [u.complaint, sa?.name ? t(sa.name, lang) : IMY.name[lang]],
        [u.address, sa?.postalAddress ?? IMY.postalAddress],
        [u.phone, sa?.phone ?? IMY.phone],
        [u.email, sa?.email ?? IMY.email],
        [u.website, sa?.website ?? IMY.website],
      ],
    },
  ];
}

/** The whole notice in one language, chapter by chapter. */
export function noticeOutline(pm: PublicModel, lang: Locale): { title: string; cover: Block[]; chapters: Chapter[] } {
  const u = ui(lang);
  const org = t(pm.organisation.name, lang);
  const v = latestVersion(pm);
  const date = noticeDate(pm);
  const dpo = pm.dpo?.publicContact;
  const title = `${u.siteTitle} – ${org}`;
  const cover: Block[] = [
    { kind: 'h1', text: title },
    { kind: 'p', text: [v ? `${u.version} ${v.version}` : '', date ? `${u.updated}: ${date}` : ''].filter(Boolean).join(' · ') },
    ...(pm.organisation.description ? [{ kind: 'p', text: t(pm.organisation.description, lang) } as Block] : []),
  ];
  const w = orgWording(pm, lang);
  const contact = pageLabel(pm, 'contact', lang);
  const np = noticePdfText(lang);
  const chapters: Chapter[] = [];
  const groupsOf = new Map<string, { activity: PublicActivity; groups: string[] }>();
  chapters.push({
    title: contact,
    blocks: [
      { kind: 'h2', text: contact },
      { kind: 'h3', text: w.controllersHeading },
      { kind: 'p', text: w.responsible },
      {
        kind: 'list',
        items: pm.controllers.map((c) =>
          [`${c.legalName} (${u.orgnr} ${c.organisationsnummer})`, c.addresses[0] ? `${c.addresses[0].street}, ${c.addresses[0].postalCode} ${c.addresses[0].city}` : '', c.email, c.phone ?? '']
            .filter(Boolean)
            .join(', '),
        ),
      },
      // Only an appointed DPO is named; without one, nothing claims there is one.
      ...(pm.dpo
        ? [
            { kind: 'h3', text: u.dpo } as Block,
            { kind: 'p', text: u.dpoIntro } as Block,
            { kind: 'p', text: [pm.dpo.name, dpo?.email, dpo?.phone, dpo?.address ? `${dpo.address.street}, ${dpo.address.postalCode} ${dpo.address.city}` : ''].filter(Boolean).join(', ') } as Block,
          ]
        : []),
      ...(pm.organisation.statements.length ? [{ kind: 'h3', text: u.statementsHeading } as Block, { kind: 'list', items: pm.organisation.statements.map((s) => t(s, lang)) } as Block] : []),
    ],
  });
  for (const s of pm.subjects) {
    const acts = activitiesFor(pm, s.id);
    const blocks: Block[] = [{ kind: 'h2', text: t(s.audience, lang) }];
    if (s.description) blocks.push({ kind: 'p', text: t(s.description, lang) });
    const main = mainGroup(pm, s);
    if (s.linkedTo && main) blocks.push({ kind: 'p', text: fill(u.linkedConcerns, { relation: t(s.linkedTo.relation, lang), main: t(main.audience, lang) }) });
    const linked = linkedGroups(pm, s.id);
    if (linked.length) blocks.push({ kind: 'p', text: u.linkedGroupsIntro }, { kind: 'list', items: linked.map((l) => t(l.audience, lang)) });
    if (acts.length) {
      // The overview names the group's activities; each name links to the activity's description, whose page the last column gives.
      blocks.push({ kind: 'h3', text: u.overview }, { kind: 'p', text: u.overviewCaption }, { kind: 'p', text: fill(np.groupActivitiesIntro, { part: np.activitiesPart }) });
      blocks.push({
        kind: 'contents',
        columns: [
          { label: u.activitiesHeading, width: 16 },
          { label: u.overviewData, width: 22 },
          { label: u.overviewPurpose, width: 24 },
          { label: u.overviewBasis, width: 14 },
          { label: u.overviewRetention, width: 18 },
          { label: np.describedColumn, width: 10 },
        ],
        rows: overviewRows(pm, acts, lang).map((r, i) => [r.name, r.data, r.purpose, r.basis, r.retention, activityAnchor(acts[i]!)]),
        page: np.seePage,
        link: np.goTo,
      });
    }
    if (s.summary) {
      blocks.push({
        kind: 'fields',
        rows: [
          [u.why, t(s.summary.why, lang)],
          [u.what, t(s.summary.what, lang)],
          [u.allowed, t(s.summary.allowed, lang)],
          [u.howLong, t(s.summary.howLong, lang)],
        ],
      });
    }
    if (!acts.length) blocks.push({ kind: 'p', text: u.noActivities });
    for (const a of acts) {
      if (!groupsOf.has(a.id)) groupsOf.set(a.id, { activity: a, groups: [] });
      groupsOf.get(a.id)!.groups.push(t(s.audience, lang));
    }
    chapters.push({ title: t(s.audience, lang), blocks });
  }
  // Each activity once, in the order the groups first name it, with the groups it concerns.
  if (groupsOf.size) {
    const blocks: Block[] = [
      { kind: 'h2', text: np.activitiesPart },
      { kind: 'p', text: np.activitiesPartIntro },
    ];
    for (const { activity, groups } of groupsOf.values()) {
      // Its heading (the links' destination), its description, the groups it concerns, then its facts.
      const [heading, description, ...facts] = activityBlocks(activity, pm, lang);
      blocks.push(
        { ...heading!, id: activityAnchor(activity) } as Block,
        description!,
        { kind: 'p', text: np.concerns, style: 'bold' },
        { kind: 'list', items: groups },
        ...facts,
        ...cookieBlocks(activity, lang),
      );
    }
    chapters.push({ title: np.activitiesPart, blocks });
  }
  chapters.push({ title: u.rights, blocks: [{ kind: 'h2', text: u.rights }, ...rightsBlocks(pm, lang)] });
  // Each chapter's heading gets an id, so the contents list can print its page.
  chapters.forEach((ch, i) => {
    const first = ch.blocks[0];
    if (first?.kind === 'h2') ch.blocks[0] = { ...first, id: `chapter-${i}` };
  });
  cover.push(
    { kind: 'h2', text: np.contents.title },
    {
      kind: 'contents',
      fontSize: 9,
      columns: [
        { label: np.contents.part, width: 10 },
        { label: np.contents.page, width: 1 },
      ],
      rows: chapters.map((ch, i) => [ch.title, `chapter-${i}`] as [string, string]),
      link: np.goTo,
    },
  );
  return { title, cover, chapters };
}
