/** The formatters (src/format/): one wording per fact, in both languages, with Intl number agreement and lists. */
import { describe, expect, it } from 'vitest';
import {
  art9Condition,
  citeLaw,
  citeLaws,
  count,
  formatDate,
  formatDeadline,
  formatDuration,
  formatInterval,
  legalBasis,
  legalBases,
  list,
  recipientInSentence,
  recipientLine,
  retentionAction,
  retentionActionShort,
  retentionSentence,
  retentionShort,
  safeguard,
} from '../../src/format/index.ts';
import { addMonths } from '../../src/rules/dates.ts';
import { reviewDue } from '../../src/site-data/internal.ts';

const NB = '\u00a0';
const lss = {
  title: { sv: 'Lag (1993:387) om stöd och service till vissa funktionshindrade', en: 'Act (1993:387) concerning Support and Service for Persons with Certain Functional Impairments' },
  shortName: 'LSS',
  sfs: '1993:387',
};
const dl = { title: { sv: 'Diskrimineringslag (2008:567)', en: 'Discrimination Act (2008:567)' }, sfs: '2008:567' };
const gdpr = {
  title: { sv: 'Europaparlamentets och rådets förordning (EU) 2016/679 (dataskyddsförordningen)', en: 'Regulation (EU) 2016/679 (General Data Protection Regulation)' },
  shortName: 'GDPR',
  sfs: '(EU) 2016/679',
};
const nb = (s: string) => s.replace(/\u00a0/g, ' ');

describe('numbers and lists', () => {
  it('agree in number through Intl.PluralRules', () => {
    expect([count(1, 'hour', 'sv'), count(2, 'hour', 'sv'), count(1, 'day', 'en'), count(3, 'day', 'en')]).toEqual(['1 timme', '2 timmar', '1 day', '3 days']);
    expect(formatDeadline({ hours: 1 }, 'sv')).toBe('inom 1 timme');
    expect(formatDeadline({ hours: 72 }, 'en')).toBe('within 72 hours');
    expect(formatDeadline({ within: 'P1M' }, 'sv')).toBe('inom 1 månad');
    expect(formatDeadline({}, 'sv')).toBe('');
  });
  it('lists through Intl.ListFormat, British English', () => {
    expect(list(['A', 'B', 'C'], 'sv')).toBe('A, B och C');
    expect(list(['A', '', 'B', 'C'], 'en')).toBe('A, B and C');
    expect(formatDuration('P10Y2M3D', 'en')).toBe('10 years, 2 months and 3 days');
    expect(formatDuration('P1Y6M', 'sv')).toBe('1 år och 6 månader');
  });
  it('intervals and dates', () => {
    expect([formatInterval(12, 'sv'), formatInterval(1, 'sv'), formatInterval(5, 'sv'), formatInterval(1, 'en'), formatInterval(6, 'en')]).toEqual([
      'var tolfte månad',
      'varje månad',
      'var 5:e månad',
      'every month',
      'every 6 months',
    ]);
    expect(formatDate('2026-03-02', 'sv')).toBe('2 mars 2026');
    expect(formatDate('2026-12-31', 'en')).toBe('31 December 2026');
  });
  it('the handbook and the rule agree on a month-end review date', () => {
    const model = { organisation: { governance: { activityReviewIntervalMonths: 1 } } } as Parameters<typeof reviewDue>[0];
    expect(reviewDue(model, { lastReviewed: '2026-01-31' } as Parameters<typeof reviewDue>[1])).toBe(addMonths('2026-01-31', 1));
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
  });
});

describe('law citations', () => {
  it('prose: section, definite name with its number once, short name', () => {
    expect(nb(citeLaw(lss, { law: 'lss', section: '23 c §' }, 'sv', 'prose'))).toBe('23 c § lagen (1993:387) om stöd och service till vissa funktionshindrade (LSS)');
    expect(nb(citeLaw(lss, { law: 'lss', section: '23 c §' }, 'en', 'prose'))).toBe(
      'Section 23 c of the Act (1993:387) concerning Support and Service for Persons with Certain Functional Impairments (LSS)',
    );
    expect(nb(citeLaw(dl, { law: 'dl', section: '6 kap. 3 §' }, 'en', 'prose'))).toBe('Chapter 6, Section 3 of the Discrimination Act (2008:567)');
    expect(nb(citeLaw(gdpr, { law: 'gdpr', section: 'art. 33' }, 'sv', 'prose'))).toBe('artikel 33 i Europaparlamentets och rådets förordning (EU) 2016/679 (dataskyddsförordningen, GDPR)');
  });
  it('short: the short name, else the definite name with its number', () => {
    expect(nb(citeLaw(lss, { law: 'lss', section: '23 c §' }, 'sv', 'short'))).toBe('23 c § LSS');
    expect(nb(citeLaw(dl, { law: 'dl', section: '6 kap. 3 §' }, 'sv', 'short'))).toBe('6 kap. 3 § diskrimineringslagen (2008:567)');
    expect(citeLaw({ ...dl, title: 'Diskrimineringslag' }, { law: 'dl' }, 'sv', 'short')).toBe('diskrimineringslagen (2008:567)');
  });
  it('never splits "23 c §" or "3 kap. 5 §", and never prints a number twice', () => {
    expect(citeLaw(lss, { law: 'lss', section: '23 c §' }, 'sv', 'short')).toBe(`23${NB}c${NB}§ LSS`);
    for (const lang of ['sv', 'en'] as const) for (const style of ['prose', 'short'] as const) expect(citeLaw(dl, { law: 'dl' }, lang, style).split('2008:567')).toHaveLength(2);
  });
  it('several citations: each law once, its sections together, a bare law dropped beside a section of it', () => {
    const laws: Record<string, typeof dl> = { lss, dl };
    expect(citeLaws((id) => laws[id], [{ law: 'dl' }, { law: 'dl', section: '6 §' }, { law: 'dl', section: '7 kap. 2 §' }, { law: 'lss', section: '23 c §' }], 'sv', 'short').map(nb)).toEqual([
      '6 § och 7 kap. 2 § diskrimineringslagen (2008:567)',
      '23 c § LSS',
    ]);
    expect(citeLaws(() => undefined, [{ law: 'gone' }], 'sv', 'short')).toEqual([]);
  });
});

describe('legal bases and conditions', () => {
  it('one wording everywhere, several bases as a list', () => {
    expect(legalBasis('6(1)(c)', 'sv').full).toBe('Rättslig förpliktelse (artikel 6.1 c i dataskyddsförordningen)');
    expect(legalBasis('6(1)(c)', 'en').full).toBe('Legal obligation (Article 6(1)(c) GDPR)');
    expect(legalBases(['6(1)(b)', '6(1)(c)'], 'sv')).toBe('Avtal (artikel 6.1 b i dataskyddsförordningen) och rättslig förpliktelse (artikel 6.1 c i dataskyddsförordningen)');
    expect(art9Condition('9(2)(h)', 'en').full).toBe('Health or social care and the management of such systems (Article 9(2)(h) GDPR)');
  });
});

describe('retention', () => {
  const kommunen = { name: { sv: 'Kommunen som är uppdragsgivare', en: 'The commissioning municipality' }, kind: 'municipality' };
  it('anonymised and pseudonymised say different things', () => {
    expect(retentionAction('anonymised', 'sv')).toContain('inte längre kan kopplas till någon person');
    expect(retentionAction('pseudonymised', 'sv')).toContain('fortfarande personuppgifter');
    expect(retentionAction('pseudonymised', 'en')).toContain('still personal data');
    expect(retentionActionShort('anonymised', 'sv')).not.toBe(retentionActionShort('pseudonymised', 'sv'));
  });
  it('hands over to a recipient named inside the sentence: common nouns lower-cased, proper names kept', () => {
    expect(retentionAction('handed-over', 'sv', kommunen)).toBe('Därefter lämnas uppgifterna över till kommunen som är uppdragsgivare.');
    expect(retentionAction('handed-over', 'en', kommunen)).toBe('The data are then handed over to the commissioning municipality.');
    expect(recipientInSentence({ name: 'Försäkringskassan', kind: 'authority' }, 'sv')).toBe('Försäkringskassan');
    expect(recipientInSentence({ name: 'IVO', kind: 'category' }, 'sv')).toBe('IVO');
    expect(retentionActionShort('handed-over', 'sv', kommunen)).toBe('Lämnas över: Kommunen som är uppdragsgivare');
  });
  it('a period, a criterion or neither: one full stop, never ".," or ". från"', () => {
    const law = 'LSS';
    expect(retentionSentence({ documentType: 'Personakt', duration: 'P2Y', from: 'den sista anteckningen', then: 'deleted' }, { law }, 'sv')).toBe(
      'Personakt: 2 år räknat från den sista anteckningen, enligt LSS. Därefter raderas uppgifterna.',
    );
    const criteria = { criteria: 'Så länge lagen kräver det.', from: 'att du anställs.', then: 'archived' };
    expect(retentionSentence(criteria, {}, 'sv')).toBe('Så länge lagen kräver det. Tiden räknas från att du anställs. Därefter arkiveras uppgifterna.');
    expect(retentionShort(criteria, {}, 'sv')).toBe('Så länge lagen kräver det. Räknas från att du anställs; arkiveras');
    // Criteria only, no event to count from (allowed for criteria-only retention).
    expect(retentionSentence({ criteria: 'Tills ärendet är avslutat', then: 'deleted' }, {}, 'en')).toBe('Tills ärendet är avslutat. The data are then deleted.');
    expect(retentionShort({ duration: 'P1M', then: 'deleted' }, {}, 'en')).toBe('1 month; deleted');
  });
});

describe('recipients and safeguards', () => {
  it('a recipient with its condition and description', () => {
    expect(recipientLine({ name: 'Försäkringsbolaget', condition: 'om du skadas i arbetet.', description: 'Handlägger ersättning.' }, 'sv')).toBe(
      'Försäkringsbolaget, om du skadas i arbetet – Handlägger ersättning.',
    );
  });
  it('a safeguard in a sentence and in a table cell', () => {
    expect(safeguard('standard-contractual-clauses', 'sv', 'prose')).toBe('EU-kommissionens standardavtalsklausuler');
    expect(safeguard('standard-contractual-clauses', 'en', 'short')).toBe('Standard contractual clauses');
  });
});
