import { describe, expect, it } from 'vitest';
import { hasErrors } from '../../src/model/diagnostics.ts';
import { runWith } from './helpers.ts';

const REK = 'activities/rekrytering.yaml';
const noMeasures = { [REK]: (d: import('yaml').Document.Parsed) => d.setIn(['securityMeasures'], []) };
const ack = (rule: string, entry: string) => `rule: ${rule}\nentry: ${entry}\nreason:\n  sv: Åtgärderna står i IT-policyn.\n  en: The measures are in the IT policy.\nby: dina-dpo\ndate: 2026-08-01\n`;
const ACK = 'acknowledgements/rekrytering-sakerhet.yaml';

describe('acknowledgements', () => {
  it('mark a matching warning as acknowledged, keeping it in the output', () => {
    const run = runWith({ ...noMeasures, [ACK]: ack('record/security-measures', 'activities/rekrytering') });
    const [d, ...rest] = run.of('record/security-measures');
    expect(rest).toEqual([]);
    expect(d!.acknowledged).toEqual({
      reason: { sv: 'Åtgärderna står i IT-policyn.', en: 'The measures are in the IT policy.' },
      by: 'dina-dpo',
      date: '2026-08-01',
    });
    expect(run.diagnostics.filter((x) => !x.acknowledged)).toEqual([]);
  });

  it('do not match a warning on another entry', () => {
    const run = runWith({ ...noMeasures, [ACK]: ack('record/security-measures', 'activities/stod') });
    expect(run.of('record/security-measures')[0]!.acknowledged).toBeUndefined();
    const [stale] = run.of('governance/acknowledgement-unmatched');
    expect(stale).toMatchObject({ severity: 'warning', file: ACK, line: run.lineOf(ACK, 'entry:') });
    expect(stale!.message.sv).toContain('activities/stod');
  });

  it('cannot silence an error, and are themselves an error', () => {
    const run = runWith({
      'processors/molnet.yaml': (d) => d.deleteIn(['agreementDate']),
      [ACK]: ack('processors/agreement', 'processors/molnet'),
    });
    const [error] = run.of('processors/agreement');
    expect(error!.acknowledged).toBeUndefined();
    const [invalid] = run.of('governance/acknowledgement-invalid');
    expect(invalid).toMatchObject({ severity: 'error', file: ACK, line: run.lineOf(ACK, 'rule:'), entry: 'acknowledgements/rekrytering-sakerhet' });
    expect(invalid!.message.en).toContain('cannot be acknowledged away');
    expect(hasErrors(run.diagnostics)).toBe(true);
  });

  it('naming an unknown rule are invalid', () => {
    const run = runWith({ [ACK]: ack('record/no-such-rule', 'activities/rekrytering') });
    const [invalid] = run.of('governance/acknowledgement-invalid');
    expect(invalid!.message.sv).toContain('Det finns ingen regel "record/no-such-rule"');
  });

  it('name organisation-level findings with entry "organisation"', () => {
    const run = runWith({
      'organisation.yaml': (d) => d.deleteIn(['dpo']),
      'acknowledgements/inget-ombud.yaml': 'rule: governance/dpo-named\nentry: organisation\nreason: Vi är inte skyldiga att ha ett ombud.\nby: anna-chef\ndate: 2026-08-01\n',
    });
    const [d] = run.of('governance/dpo-named');
    expect(d!.entry).toBe('organisation');
    expect(d!.acknowledged?.reason).toEqual({ sv: 'Vi är inte skyldiga att ha ett ombud.', en: 'Vi är inte skyldiga att ha ett ombud.' });
    expect(run.of('governance/acknowledgement-unmatched')).toEqual([]);
  });

  it('give the same output for the same input', () => {
    const m = { ...noMeasures, [ACK]: ack('record/security-measures', 'activities/rekrytering') };
    expect(JSON.stringify(runWith(m).diagnostics)).toBe(JSON.stringify(runWith(m).diagnostics));
  });
});
