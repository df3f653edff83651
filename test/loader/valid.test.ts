import { describe, expect, it } from 'vitest';
import { loadContent, loadModelOrThrow } from '../../src/model/load.ts';
import { fixture } from './helpers.ts';

describe('a valid minimal site', () => {
  const { model, diagnostics } = loadContent(fixture('valid'));

  it('loads without diagnostics', () => {
    expect(diagnostics).toEqual([]);
    expect(model).toBeDefined();
  });

  it('resolves references of activities to the entries themselves', () => {
    const activity = model!.activities.find((a) => a.id === 'kundakt')!;
    expect(model!.byId.activities.get('kundakt')).toBe(activity);
    expect(activity.refs.controllers.map((e) => e.legalName)).toEqual(['Exempelomsorg AB']);
    expect(activity.refs.subjects[0]).toBe(model!.byId.subjects.get('kunder'));
    expect(activity.refs.dataCategories[0]!.id).toBe('kontaktuppgifter');
    expect(activity.refs.recipients[0]!.file).toBe('recipients/kommunen.yaml');
  });

  it('applies schema defaults and keeps the organisation', () => {
    expect(model!.organisation.parent).toBe('moderbolaget');
    expect(model!.locales).toEqual(['sv', 'en']);
    expect(model!.byId.activities.get('kundakt')!.visibility).toBe('public');
  });

  it('locates fields for later stages', () => {
    expect(model!.locate('activities', 'kundakt', ['lastReviewed'])).toEqual({ file: 'activities/kundakt.yaml', line: 28, column: 15 });
  });

  it('is deeply frozen', () => {
    expect(Object.isFrozen(model)).toBe(true);
    expect(Object.isFrozen(model!.activities)).toBe(true);
    expect(Object.isFrozen(model!.activities[0]!.purposes[0])).toBe(true);
    expect(() => {
      (model!.entities[0] as { legalName: string }).legalName = 'Ändrat AB';
    }).toThrow(TypeError);
  });

  it('loadModelOrThrow returns the same content', () => {
    expect(loadModelOrThrow(fixture('valid')).entities.map((e) => e.id)).toEqual(['moderbolaget']);
  });
});
