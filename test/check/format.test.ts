/** Text and JSON rendering of diagnostics, including rule findings and acknowledged warnings. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Diagnostic } from '../../src/model/diagnostics.ts';
import { countDiagnostics, formatText, summaryLine, toJson } from '../../generators/cli/shared/format-diagnostics.ts';
import { exitCodeFor } from '../../generators/cli/check.ts';
import { reportFailure } from '../../generators/cli/shared/run-main.ts';
import { UsageError } from '../../generators/cli/shared/usage-error.ts';

const base = (over: Partial<Diagnostic>): Diagnostic => ({
  severity: 'error',
  code: 'x',
  file: 'a.yaml',
  line: 1,
  column: 1,
  path: '',
  message: { sv: 'Fel på raden.', en: 'Wrong line.' },
  hint: { sv: 'Rätta raden.', en: 'Fix the line.' },
  ...over,
});

const ruleWarning = base({
  severity: 'warning',
  code: 'rule',
  file: 'activities/nyhetsbrev.yaml',
  line: 3,
  column: 5,
  path: 'purposes[0].legalBasis',
  message: { sv: 'Samtycke saknar återkallelse.', en: 'Consent lacks withdrawal.' },
  hint: { sv: 'Beskriv hur.', en: 'Describe how.' },
  rule: 'legal/consent-withdrawal',
  reference: 'GDPR art. 7.3',
  entry: 'activities/nyhetsbrev',
});
const acknowledged = {
  ...ruleWarning,
  line: 9,
  acknowledged: { reason: { sv: 'Beslutat av DSO.', en: 'Decided by the DPO.' }, by: 'dora', date: '2026-02-01' },
};
const LIST = [base({ file: 'b.yaml', line: 2, column: 3, path: 'name' }), ruleWarning, base({ file: 'b.yaml', line: 1, column: 7 }), acknowledged];

describe('formatText', () => {
  const text = formatText(LIST, { lang: 'sv' });

  it('groups by file in sorted order, each finding with its hint', () => {
    expect(text).toBe(
      [
        'activities/nyhetsbrev.yaml',
        '  activities/nyhetsbrev.yaml:3:5  varning  [purposes[0].legalBasis]  Samtycke saknar återkallelse.  (legal/consent-withdrawal; GDPR art. 7.3)',
        '      → Beskriv hur.',
        '',
        'b.yaml',
        '  b.yaml:1:7  fel  Fel på raden.',
        '      → Rätta raden.',
        '  b.yaml:2:3  fel  [name]  Fel på raden.',
        '      → Rätta raden.',
        '',
        'Kvitterade varningar (kvitterad / acknowledged):',
        '  activities/nyhetsbrev.yaml:9:5  varning  [purposes[0].legalBasis]  Samtycke saknar återkallelse.  (legal/consent-withdrawal; GDPR art. 7.3)',
        '      → Beskriv hur.',
        '    kvitterad: Beslutat av DSO. (dora, 2026-02-01)',
        '',
        '2 fel, 1 varning (1 kvitterad) / 2 errors, 1 warning (1 acknowledged)',
        '',
      ].join('\n'),
    );
  });

  it('uses English texts with lang en and no colour codes unless asked', () => {
    const en = formatText(LIST, { lang: 'en' });
    expect(en).toContain('b.yaml:2:3  error  [name]  Wrong line.');
    expect(en).toContain('acknowledged: Decided by the DPO.');
    expect(en).not.toContain('\u001b[');
    expect(formatText(LIST, { lang: 'en', color: true })).toContain('\u001b[31merror\u001b[39m');
  });

  it('prints only the summary when there is nothing to report', () => {
    expect(formatText([], { lang: 'sv' })).toBe('0 fel, 0 varningar / 0 errors, 0 warnings\n');
  });

  it('pluralises the summary in both languages', () => {
    expect(summaryLine({ errors: 1, warnings: 2, acknowledged: 0 }, 'sv')).toBe('1 fel, 2 varningar / 1 error, 2 warnings');
    expect(summaryLine({ errors: 3, warnings: 1, acknowledged: 2 }, 'en')).toBe('3 errors, 1 warning (2 acknowledged) / 3 fel, 1 varning (2 kvitterade)');
  });
});

describe('toJson', () => {
  it('flattens texts to one language and keeps rule fields', () => {
    const json = toJson(LIST, 'en');
    expect(json.map((d) => `${d.file}:${d.line}`)).toEqual(['activities/nyhetsbrev.yaml:3', 'activities/nyhetsbrev.yaml:9', 'b.yaml:1', 'b.yaml:2']);
    expect(json[0]).toEqual({
      severity: 'warning',
      code: 'rule',
      file: 'activities/nyhetsbrev.yaml',
      line: 3,
      column: 5,
      path: 'purposes[0].legalBasis',
      message: 'Consent lacks withdrawal.',
      hint: 'Describe how.',
      rule: 'legal/consent-withdrawal',
      reference: 'GDPR art. 7.3',
      entry: 'activities/nyhetsbrev',
    });
    expect(json[1]!.acknowledged).toEqual({ reason: 'Decided by the DPO.', by: 'dora', date: '2026-02-01' });
    expect(json[2]).not.toHaveProperty('rule');
  });
});

describe('exit codes', () => {
  it('0 clean, 1 on errors, warnings only count with --strict, acknowledged never', () => {
    expect(exitCodeFor([], true)).toBe(0);
    expect(exitCodeFor([base({})], false)).toBe(1);
    expect(exitCodeFor([ruleWarning], false)).toBe(0);
    expect(exitCodeFor([ruleWarning], true)).toBe(1);
    expect(exitCodeFor([acknowledged], true)).toBe(0);
    expect(countDiagnostics(LIST)).toEqual({ errors: 2, warnings: 1, acknowledged: 1 });
  });
});

describe('reportFailure', () => {
  afterEach(() => vi.restoreAllMocks());
  const capture = () => {
    const chunks: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((c: string | Uint8Array) => (chunks.push(String(c)), true));
    return chunks;
  };

  it('a bug in the tool is one line asking to report it, exit 3', () => {
    const chunks = capture();
    expect(reportFailure(new TypeError('x is undefined\n    at foo (bar.ts:1:1)'))).toBe(3);
    expect(chunks.join('')).toBe('Internt fel i verktyget / internal error: x is undefined — rapportera gärna felet / please report this bug.\n');
  });

  it('a usage mistake is exit 2 with a pointer to --help', () => {
    const chunks = capture();
    expect(reportFailure(new UsageError('--format: ogiltigt'))).toBe(2);
    expect(chunks.join('')).toContain('--help');
  });
});
