import { describe, expect, it } from 'vitest';
import { matchHeading } from '../../generators/import/headings.ts';
import { matchLaw } from '../../generators/import/laws.ts';
import { parseCsv } from '../../generators/import/csv.ts';
import { parseContact } from '../../generators/import/contact.ts';
import { controllerOrder } from '../../generators/import/order.ts';
import { excelSerialToIso, parseArt9, parseBasis, parseDate, parseRetention, parseTransfer, slug, splitBases, splitList } from '../../generators/import/values.ts';

describe('column headings', () => {
  it.each([
    ['Behandling', 'activity'],
    ['BEHANDLING', 'activity'],
    ['Ändamål', 'purposes'],
    ['andamal', 'purposes'],
    ['Ändamål med behandlingen', 'purposes'],
    ['Rättslig grund för behandlingen', 'legalBasis'],
    ['Laglig grund', 'legalBasis'],
    ['Kategorier av registrerade (personer)', 'subjects'],
    ['Kategorier av personuppgifter*', 'dataCategories'],
    ['Mottagare', 'recipients'],
    ['Tredjeland', 'transfers'],
    ['Överföring av personuppgifter till tredje land', 'transfers'],
    ['Gallring', 'retention'],
    ['Gallringsfrist', 'retention'],
    ['Säkerhetsåtgärder', 'security'],
    ['Tekniska och organisatoriska säkerhetsåtgärder', 'security'],
    ['Processing activity', 'activity'],
    ['Purpose of processing', 'purposes'],
    ['Legal basis', 'legalBasis'],
    ['Categories of individuals', 'subjects'],
    ['Retention schedule (if possible)', 'retention'],
    ['Nr', 'ignore'],
  ])('%s → %s', (heading, field) => {
    expect(matchHeading(heading, 'activities')).toBe(field);
  });

  it('leaves an unknown heading unmapped and honours a mapping', () => {
    expect(matchHeading('Kommentar', 'activities')).toBeUndefined();
    expect(matchHeading('Kommentar', 'activities', new Map([['kommentar', 'description']]))).toBe('description');
  });
});

describe('legal bases', () => {
  it.each([
    ['Avtal', '6(1)(b)'],
    ['Rättslig förpliktelse', '6(1)(c)'],
    ['rättsligförpliktelse', '6(1)(c)'],
    ['art. 6.1 c', '6(1)(c)'],
    ['Art 6.1 c', '6(1)(c)'],
    ['6(1)(c)', '6(1)(c)'],
    ['6.1.e', '6(1)(e)'],
    ['Samtycke', '6(1)(a)'],
    ['Myndighetsutövning', '6(1)(e)'],
    ['Uppgift av allmänt intresse', '6(1)(e)'],
    ['Berättigat intresse (art. 6.1 f)', '6(1)(f)'],
    ['Intresseavvägning (berättigat intresse) (GDPR art. 6.1 f)', '6(1)(f)'],
    ['Grundläggande intresse', '6(1)(d)'],
    ['Legal obligation', '6(1)(c)'],
  ])('%s → %s', (text, code) => {
    const p = parseBasis(text);
    expect(p.code).toBe(code);
    expect(p.conflict).toBeUndefined();
    expect(p.extra).toBeUndefined();
  });

  it('keeps a law in parentheses and reports disagreement or nonsense', () => {
    expect(parseBasis('Rättslig förpliktelse (SoL)')).toEqual({ code: '6(1)(c)', extra: 'SoL' });
    expect(parseBasis('Avtal (art. 6.1 c)').conflict).toBe(true);
    expect(parseBasis('Enligt chefens beslut').code).toBeUndefined();
  });

  it('splits several bases in one cell', () => {
    expect(splitBases('myndighetsutövning / allmänt intresse')).toEqual(['myndighetsutövning', 'allmänt intresse']);
    expect(splitBases('Avtal, rättslig förpliktelse (SoL 11 kap. 5 §, LSS)')).toEqual(['Avtal', 'rättslig förpliktelse (SoL 11 kap. 5 §, LSS)']);
  });

  it('reads Art. 9 conditions', () => {
    expect(parseArt9('9.2 h')).toBe('9(2)(h)');
    expect(parseArt9('art. 9.2 b')).toBe('9(2)(b)');
    expect(parseArt9('Hälso- och sjukvård, social omsorg och förvaltning av sådana system (GDPR art. 9.2 h)')).toBe('9(2)(h)');
    expect(parseArt9('okänt')).toBeUndefined();
  });
});

describe('retention', () => {
  it.each([
    ['2 år', { duration: 'P2Y' }],
    ['P2Y', { duration: 'P2Y' }],
    ['10 år efter sista anteckning', { duration: 'P10Y', from: 'sista anteckning' }],
    ['5 år efter avslutad anställning.', { duration: 'P5Y', from: 'avslutad anställning' }],
    ['7 år (bokföringslagen)', { duration: 'P7Y', lawText: 'bokföringslagen' }],
    ['fem år från att ärendet avslutats', { duration: 'P5Y', from: 'att ärendet avslutats' }],
    ['2 år och 6 månader', { duration: 'P2Y6M' }],
    ['Tills samtycke återkallas', { criteria: 'Tills samtycke återkallas' }],
    [
      'Personakt: 2 år från den sista anteckningen i akten (LSS 23 c §); raderas',
      { documentType: 'Personakt', duration: 'P2Y', from: 'den sista anteckningen i akten', lawText: 'LSS 23 c §', then: 'deleted' },
    ],
    ['Sparas för evigt', { criteria: 'Sparas för evigt', then: 'archived' }],
  ])('%s', (text, expected) => {
    expect(parseRetention(text)).toEqual(expected);
  });

  it('flags words after a period as a guessed starting event', () => {
    expect(parseRetention('24 månaders inaktivitet')).toEqual({ duration: 'P24M', from: 'inaktivitet', guessedFrom: true });
  });
});

describe('transfers, lists, ids, dates, laws, contacts, csv', () => {
  it('reads transfers', () => {
    expect(parseTransfer('Nej')).toEqual({ none: true });
    expect(parseTransfer('Nej – inom EU/EES')).toEqual({ none: true });
    expect(parseTransfer('USA (standardavtalsklausuler)')).toEqual({ country: 'US', safeguard: 'standard-contractual-clauses' });
    expect(parseTransfer('US: Standardavtalsklausuler (Letterbird Inc.)')).toEqual({ country: 'US', safeguard: 'standard-contractual-clauses', via: 'Letterbird Inc.' });
    expect(parseTransfer('USA, Privacy shield')).toBeUndefined();
  });

  it('splits lists on commas, semicolons and line breaks', () => {
    expect(splitList('namn, personnummer; hälsa')).toEqual(['namn', 'personnummer', 'hälsa']);
    expect(splitList('• Namn\n• Enhet, operativsystem och webbläsare')).toEqual(['Namn', 'Enhet, operativsystem och webbläsare']);
  });

  it('slugs with Swedish letters transliterated', () => {
    expect(slug('Hälso- och sjukvård på Åbacka')).toBe('halso-och-sjukvard-pa-abacka');
    expect(slug('Ögonblick')).toBe('ogonblick');
  });

  it('reads dates, including Excel serial numbers', () => {
    expect(excelSerialToIso('46054')).toBe('2026-02-01');
    expect(parseDate('46054')).toBe('2026-02-01');
    expect(parseDate('2026-03-12')).toBe('2026-03-12');
    expect(parseDate('12/3/2026')).toBe('2026-03-12');
    expect(parseDate('2026-02-30')).toBeUndefined();
  });

  it('maps citations onto the bundled laws', () => {
    expect(matchLaw('LSS 23 c §')).toEqual({ law: 'lss', section: '23 c §' });
    expect(matchLaw('patientdatalagen 3 kap. 17 §')).toEqual({ law: 'patientdatalagen', section: '3 kap. 17 §' });
    expect(matchLaw('SoL')).toEqual({ law: 'socialtjanstlagen' });
    expect(matchLaw('Diskrimineringslag (2008:567)')).toEqual({ law: 'diskrimineringslagen' });
    expect(matchLaw('23 c § LSS')).toEqual({ law: 'lss', section: '23 c §' });
    expect(matchLaw('Lag om okända ting')).toBeUndefined();
  });

  it('reads the exported contact cell', () => {
    const c = parseContact(
      'Personuppgiftsansvarig: X AB (559123-4579), Gatan 1, 111 22 Stad, Box 3, 111 23 Stad, x@example.se, 08-123 456\nGemensamt personuppgiftsansvariga: Y AB, Z AB\nDataskyddsombud: Lena Dahl, dpo@example.se',
    );
    expect(c.entity).toEqual({
      addresses: [
        { street: 'Gatan 1', postalCode: '111 22', city: 'Stad' },
        { street: 'Box 3', postalCode: '111 23', city: 'Stad' },
      ],
      email: 'x@example.se',
      phone: '08-123 456',
    });
    expect(c.joint).toEqual(['Y AB', 'Z AB']);
    expect(c.dpo).toEqual({ name: 'Lena Dahl', contact: 'dpo@example.se' });
  });

  it("orders an activity's controllers so every sheet's list of the others keeps its order", () => {
    // The activity lists c, a, d, b; each company's sheet names the other three in that order.
    const views = [
      { controller: 'a', joint: ['c', 'd', 'b'] },
      { controller: 'b', joint: ['c', 'a', 'd'] },
      { controller: 'c', joint: ['a', 'd', 'b'] },
      { controller: 'd', joint: ['c', 'a', 'b'] },
    ];
    expect(controllerOrder(['a', 'b', 'c', 'd'], views)).toEqual(['c', 'a', 'd', 'b']);
    expect(
      controllerOrder(
        ['a', 'b'],
        [
          { controller: 'a', joint: ['b'] },
          { controller: 'b', joint: ['a'] },
        ],
      ),
    ).toEqual(['a', 'b']);
  });

  it('parses CSV as Excel writes it (semicolons, quotes, line breaks)', () => {
    expect(parseCsv('Behandling;Ändamål\r\n"Lön; skatt";"rad 1\nrad ""2"""\r\n')).toEqual([
      ['Behandling', 'Ändamål'],
      ['Lön; skatt', 'rad 1\nrad "2"'],
    ]);
    expect(parseCsv('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
});
