import { describe, expect, it } from 'vitest';
import { compareDurations, parseDuration } from '../../src/model/duration.ts';
import { formatDuration } from '../../src/format/duration.ts';

describe('ISO 8601 periods', () => {
  it('parses and rejects', () => {
    expect(parseDuration('P1Y6M')).toEqual({ years: 1, months: 6, weeks: 0, days: 0 });
    expect(parseDuration('P')).toBeNull();
    expect(parseDuration('2 years')).toBeNull();
  });
  it('compares', () => {
    expect(compareDurations('P2Y', 'P10Y')).toBeLessThan(0);
    expect(compareDurations('P24M', 'P2Y')).toBeCloseTo(0, 0);
  });
  it('formats in Swedish and English', () => {
    expect(formatDuration('P2Y', 'sv')).toBe('2 år');
    expect(formatDuration('P1Y6M', 'sv')).toBe('1 år och 6 månader');
    expect(formatDuration('P1M', 'en')).toBe('1 month');
    expect(formatDuration('P10Y2M3D', 'en')).toBe('10 years, 2 months and 3 days');
  });
});
