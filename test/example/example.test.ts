/**
 * The bundled example organisation is what a new user sees first: it must load
 * without a single diagnostic, resolve as the seeds describe, pass
 * `check --strict`, and every file must point the editor at its JSON Schema.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/model/load.ts';
import { runRules } from '../../src/rules/index.ts';
import { check, EXAMPLE, ROOT, TODAY } from './helpers.ts';

const { model, diagnostics } = loadContent(EXAMPLE);

describe('the example loads', () => {
  it('with zero loader diagnostics (not even warnings)', () => {
    expect(diagnostics.map((d) => `${d.file}:${d.line} ${d.code} ${d.message.en}`)).toEqual([]);
    expect(model).toBeDefined();
  });

  it('is a group of four companies with a parent, a CEO and a DPO', () => {
    const m = model!;
    expect(m.entities).toHaveLength(4);
    expect(m.entities.every((e) => /^\d{6}-\d{4}$/.test(e.organisationsnummer))).toBe(true);
    expect(m.byId.entities.get(m.organisation.parent!)).toBeDefined();
    expect(m.byId.people.get(m.organisation.dpo!)).toBeDefined();
    const services = new Set(m.entities.flatMap((e) => e.services ?? []));
    for (const s of ['personlig-assistans', 'hemtjanst', 'boende', 'halso-och-sjukvard']) expect(services).toContain(s);
  });

  it('the LSS activity is controlled by the assistance company and its references resolve to the entries', () => {
    const m = model!;
    const lss = m.byId.activities.get('client-documentation-lss')!;
    expect(lss.refs.controllers.map((e) => e.id)).toEqual(['exempel-assistans']);
    expect(lss.refs.controllers[0]!.services).toContain('personlig-assistans');
    expect(lss.refs.recipients.map((r) => r.id)).toEqual(lss.recipients);
    expect(lss.refs.recipients.map((r) => r.id)).toContain('forsakringskassan');
    expect(lss.refs.recipients.every((r) => m.byId.recipients.get(r.id) === r)).toBe(true);
    expect(lss.refs.subjects.map((s) => s.id)).toEqual(['clients']);
    expect(lss.refs.dataCategories.map((c) => c.id)).toEqual(lss.dataCategories);
    expect(lss.refs.dataCategories.find((c) => c.id === 'health')!.special).toBe('health');
  });

  it('every activity resolves every reference it names', () => {
    for (const a of model!.activities) {
      expect(
        a.refs.controllers.map((x) => x.id),
        a.id,
      ).toEqual(a.controllers);
      expect(
        a.refs.subjects.map((x) => x.id),
        a.id,
      ).toEqual(a.subjects);
      expect(
        a.refs.dataCategories.map((x) => x.id),
        a.id,
      ).toEqual(a.dataCategories);
      expect(
        a.refs.processors.map((x) => x.id),
        a.id,
      ).toEqual(a.processors ?? []);
      expect(
        a.refs.transfers.map((x) => x.id),
        a.id,
      ).toEqual(a.transfers ?? []);
    }
  });

  it('has no rule findings on the pinned date, not even acknowledged ones left open', () => {
    const findings = runRules(model!, { today: TODAY });
    expect(findings.filter((d) => !d.acknowledged).map((d) => `${d.rule} ${d.file}:${d.line} ${d.message.en}`)).toEqual([]);
  });
});

describe('check --strict on the example', () => {
  it('exits 0 with zero errors and zero warnings', () => {
    const r = check(['--strict', '--today', TODAY]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^0 fel, 0 varningar/m);
    expect(r.code).toBe(0);
  });
});

describe('editor schema pointers', () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const abs = path.join(dir, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else if (/\.ya?ml$/.test(name)) files.push(abs);
    }
  };
  walk(EXAMPLE);

  it('finds the example files', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it.each(files.map((f) => [path.relative(ROOT, f), f]))('%s starts with a schema pointer that resolves', (_rel, file) => {
    const first = readFileSync(file, 'utf8').split('\n', 1)[0]!;
    const m = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
    expect(m, first).not.toBeNull();
    const target = path.resolve(path.dirname(file), m![1]!);
    expect(path.dirname(target)).toBe(path.join(ROOT, 'schemas'));
    expect(existsSync(target)).toBe(true);
    // The folder names the collection, so the pointer must name the same one.
    const rel = path.relative(EXAMPLE, file);
    const kind = rel.includes(path.sep) ? rel.split(path.sep)[0] : 'organisation';
    expect(path.basename(target)).toBe(`${kind}.schema.json`);
  });
});
