/**
 * What the page "Begär ut dina uppgifter" says comes from the content: the
 * channels (organisation-wide and per company), the deadline and extension,
 * the identity check and the free copy. Change the fixture, the text changes.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadModelOrThrow } from '../../src/model/load.ts';
import { publicView } from '../../src/site-data/public-view.ts';
import { requestView, easyDeadline } from '../../src/site-data/request.ts';
import { mailHref, phoneHref, webHref } from '../../src/format/index.ts';
import { ROOT } from '../site/built.ts';
import { fixtureDiagnostics, fixtureView, requests } from './fixture.ts';

const kinds = (v: ReturnType<typeof requestView>) => v.channels.map((c) => c.kind);

describe('request page: channels from the content', () => {
  it("without `requests`: the DPO's public e-mail and phone and the parent company's address, a letter to the DPO", () => {
    const v = requestView(fixtureView(), 'sv');
    expect(kinds(v)).toEqual(['post', 'email', 'phone']);
    expect(v.channels.find((c) => c.kind === 'post')!.lines).toEqual(['Dataskyddsombudet', 'Storgatan 1', '111 22 Exempelstad']);
    expect(v.channels.find((c) => c.kind === 'email')).toMatchObject({ lines: ['dataskydd@exempel.se'], href: 'mailto:dataskydd@exempel.se' });
    expect(v.channels.find((c) => c.kind === 'phone')).toMatchObject({ lines: ['08-123 456'], href: 'tel:08-123456' });
    // One company: no "which company" section, and the form offers no company.
    expect(v.controllers).toEqual([]);
  });

  it('`requests.channels` lists exactly the ways written, with hours, in both languages', () => {
    const pm = fixtureView(
      requests({
        channels: {
          post: { address: { street: 'Box 7', postalCode: '111 99', city: 'Exempelstad' } },
          visit: { address: { street: 'Storgatan 1', postalCode: '111 22', city: 'Exempelstad' }, hours: { sv: 'måndagar 10–12', en: 'Mondays 10–12' } },
          eService: { name: { sv: 'Mina sidor', en: 'My pages' }, url: 'https://minasidor.exempel.se' },
        },
      }),
    );
    const sv = requestView(pm, 'sv');
    expect(kinds(sv)).toEqual(['eService', 'post', 'visit']);
    expect(sv.channels.find((c) => c.kind === 'post')!.lines).toEqual(['Box 7', '111 99 Exempelstad']);
    expect(sv.channels.find((c) => c.kind === 'visit')!.lines).toEqual(['Storgatan 1, 111 22 Exempelstad (måndagar 10–12)']);
    expect(sv.channels.find((c) => c.kind === 'eService')!.href).toBe('https://minasidor.exempel.se');
    expect(sv.safe).toContain('Använd hellre Mina sidor.');
    expect(sv.visit).toBe(true);
    const en = requestView(pm, 'en');
    expect(en.channels.map((c) => c.label)).toEqual(['E-service', 'Letter', 'Visit']);
    expect(en.channels.find((c) => c.kind === 'visit')!.lines[0]).toContain('(Mondays 10–12)');
    expect(en.safe).toContain('Use My pages instead.');
  });

  it('without a post channel or e-service the safety advice does not point at one', () => {
    const v = requestView(fixtureView(requests({ channels: { email: 'dataskydd@exempel.se' } })), 'sv');
    expect(kinds(v)).toEqual(['email']);
    expect(v.safe).toBe('Vanlig e-post är inte skyddad. Skriv inte känsliga uppgifter, till exempel om din hälsa eller ditt personnummer, i ett vanligt e-postmeddelande.');
  });

  it("a group lists each company with what it is responsible for, and a company's own channels", () => {
    const pm = publicView(loadModelOrThrow(path.join(ROOT, 'content')));
    const v = requestView(pm, 'sv');
    expect(v.controllers.map((c) => c.name)).toEqual(pm.controllers.map((c) => c.legalName));
    const hemtjanst = v.controllers.find((c) => c.id === 'exempel-hemtjanst')!;
    // Its description says what it does; a company without one is described by its activities.
    expect(hemtjanst.responsibleFor).toBe('Ger hemtjänst enligt socialtjänstlagen på uppdrag av kommunen. Ger också hälso- och sjukvård som sjuksköterskan delegerar.');
    const undescribed = { ...pm, controllers: pm.controllers.map((c) => ({ ...c, description: undefined })) };
    expect(requestView(undescribed, 'sv').controllers.find((c) => c.id === 'exempel-hemtjanst')!.responsibleFor).toMatch(/^Ansvarar för: dokumentation i hemtjänsten, patientjournaler, .+\.$/);
    expect(hemtjanst.channels).toEqual([{ kind: 'phone', label: 'Telefon', lines: ['08-123 456 90 (vardagar 8–16)'], href: 'tel:08-12345690', note: 'När du ringer skriver vi ner din begäran.' }]);
    expect(v.controllers.find((c) => c.id === 'exempel-assistans')!.channels).toEqual([]);
  });
});

describe('request page: deadline, identity and free copy from the content', () => {
  it('the deadline and the extension are organisation.rights, worded by the duration formatter', () => {
    expect(requestView(fixtureView(), 'sv').when).toBe(
      'Du får svar inom 1 månad från att vi har fått din begäran. Om din begäran är svår eller om vi har fått många begäranden kan vi förlänga tiden med högst 2 månader. Då får du veta det, och varför, inom 1 månad.',
    );
    const pm = fixtureView({ 'organisation.yaml': (d) => d.set('rights', d.createNode({ responseDeadline: 'P2W', extension: 'P1M' })) });
    expect(requestView(pm, 'sv').when).toContain('inom 2 veckor');
    expect(requestView(pm, 'sv').when).toContain('högst 1 månad');
    expect(requestView(pm, 'en').when).toContain('within 2 weeks');
    expect(easyDeadline(pm, 'sv')).toEqual({ when: 'Du får svar inom 2 veckor.', longer: 'Ibland behöver vi mer tid. Då säger vi det till dig inom 2 veckor.' });
  });

  it("identity, delivery and the free copy: the content's words replace the built-in ones", () => {
    const plain = requestView(fixtureView(), 'sv');
    expect(plain.identity).toMatch(/^Innan vi lämnar ut något kontrollerar vi/);
    expect(plain.free).toMatch(/^Kopian är gratis och det finns ingen gräns för hur ofta du får fråga\./);
    const pm = fixtureView({
      ...requests({
        identity: { sv: 'Visa legitimation i receptionen.', en: 'Show ID at the reception.' },
        delivery: { sv: 'Svaret kommer med rekommenderat brev.', en: 'The answer comes by registered letter.' },
      }),
    });
    expect(requestView(pm, 'sv')).toMatchObject({ identity: 'Visa legitimation i receptionen.', delivery: 'Svaret kommer med rekommenderat brev.' });
    expect(requestView(pm, 'en')).toMatchObject({ identity: 'Show ID at the reception.', delivery: 'The answer comes by registered letter.' });
  });

  it('never says "once a year" or asks for a written request', () => {
    for (const lang of ['sv', 'en'] as const) {
      const v = requestView(fixtureView(), lang);
      const all = [v.free, v.when, v.identity, v.delivery, v.safe, ...v.get].join(' ');
      expect(all).not.toMatch(/en gång per år|once a year|skriftligen|skriftligt|in writing/i);
    }
  });
});

describe('request page: links and bad content', () => {
  it('mailto:, tel: and https: links pass the safe-link check, anything else is no link', () => {
    expect(mailHref('dataskydd@exempel.se')).toBe('mailto:dataskydd@exempel.se');
    expect(mailHref('javascript:alert(1)')).toBeUndefined();
    expect(phoneHref('08-123 456 78')).toBe('tel:08-12345678');
    expect(phoneHref('javascript:alert(1)')).toBeUndefined();
    expect(webHref('https://minasidor.exempel.se')).toBe('https://minasidor.exempel.se');
    expect(webHref('javascript:alert(1)')).toBeUndefined();
    expect(webHref('http://minasidor.exempel.se')).toBeUndefined();
  });

  it('refuses empty channels, a javascript: e-service and a phone that is not a number, with file, line and fix', () => {
    const d = fixtureDiagnostics(requests({ channels: {} }));
    const empty = d.find((x) => x.file === 'organisation.yaml' && x.path === 'requests.channels');
    expect(empty).toMatchObject({ severity: 'error', message: { sv: 'Här står inget sätt att nå er med en begäran om registerutdrag.' } });
    expect(empty!.line).toBeGreaterThan(1);
    expect(empty!.hint.sv).toContain('email, post, phone, visit eller eService');
    const bad = fixtureDiagnostics(requests({ channels: { eService: { name: 'Mina sidor', url: 'javascript:alert(1)' }, phone: { number: 'ring oss' } } }));
    expect(bad.filter((x) => x.severity === 'error').map((x) => `${x.path}: ${x.message.sv}`)).toEqual([
      'requests.channels.eService.url: "javascript:alert(1)" är inte en webbadress som börjar med https://.',
      'requests.channels.phone.number: "ring oss" är inte ett telefonnummer, t.ex. 08-123 456 78.',
    ]);
  });
});
