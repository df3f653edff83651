/** Mistakes in the content folder itself: missing, unreadable, wrong kind of file. */
import { chmodSync, mkdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/model/load.ts';
import { fixture, tempCopy } from './helpers.ts';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));
function copy(name = 'valid') {
  const c = tempCopy(name);
  cleanups.push(c.cleanup);
  return c.dir;
}
const located = (list: ReturnType<typeof loadContent>['diagnostics']) => list.map((d) => [d.severity, d.code, d.file, d.line, d.column]);

describe('content folder problems', () => {
  it('a missing content directory is one error naming the folder', () => {
    const dir = path.join(fixture('valid'), 'does-not-exist');
    const { model, diagnostics } = loadContent(dir);
    expect(model).toBeUndefined();
    expect(located(diagnostics)).toEqual([['error', 'content-dir-missing', '.', 1, 1]]);
    expect(diagnostics[0]!.message.sv).toContain('does-not-exist');
    expect(diagnostics[0]!.hint.sv).toContain('--content');
  });

  it('a file given as the content directory counts as missing', () => {
    const { diagnostics } = loadContent(path.join(fixture('valid'), 'organisation.yaml'));
    expect(diagnostics.map((d) => d.code)).toEqual(['content-dir-missing']);
  });

  it('an unreadable entry file is reported, and references to it are not dangling', () => {
    const dir = copy();
    const file = path.join(dir, 'entities/moderbolaget.yaml');
    chmodSync(file, 0o000);
    let readable = true;
    try {
      readFileSync(file);
    } catch {
      readable = false;
    }
    if (readable) {
      // Running as root reads anything: make the read fail with a folder named like the file.
      chmodSync(file, 0o644);
      renameSync(file, path.join(dir, '..', 'moderbolaget.yaml.bak'));
      mkdirSync(file);
    }
    const { model, diagnostics } = loadContent(dir);
    expect(model).toBeUndefined();
    expect(located(diagnostics)).toEqual([['error', 'file-unreadable', 'entities/moderbolaget.yaml', 1, 1]]);
    expect(diagnostics[0]!.message.sv).toMatch(readable ? /EISDIR/ : /EACCES/);
  });

  it('a dangling symbolic link is reported instead of silently skipped', () => {
    const dir = copy();
    symlinkSync(path.join(dir, 'nowhere.yaml'), path.join(dir, 'subjects/anhoriga.yaml'));
    const { diagnostics } = loadContent(dir);
    expect(located(diagnostics)).toEqual([['error', 'file-unreadable', 'subjects/anhoriga.yaml', 1, 1]]);
    expect(diagnostics[0]!.message.sv).toContain('ENOENT');
  });

  it('a file where a collection folder belongs is reported, not thrown', () => {
    const dir = copy();
    writeFileSync(path.join(dir, 'processors'), 'name: x\n');
    const { diagnostics } = loadContent(dir);
    expect(located(diagnostics)).toEqual([['error', 'file-unreadable', 'processors', 1, 1]]);
  });

  it('an unknown file type in a collection is a warning', () => {
    const dir = copy();
    writeFileSync(path.join(dir, 'subjects/anteckningar.txt'), 'hej\n');
    const { model, diagnostics } = loadContent(dir);
    expect(model).toBeDefined();
    expect(located(diagnostics)).toEqual([['warning', 'unknown-file-type', 'subjects/anteckningar.txt', 1, 1]]);
  });

  it('an empty file and a list instead of fields are both reported', () => {
    const dir = copy();
    writeFileSync(path.join(dir, 'subjects/tom.yaml'), '');
    writeFileSync(path.join(dir, 'subjects/lista.yaml'), '- a\n- b\n');
    const { diagnostics } = loadContent(dir);
    expect(located(diagnostics)).toEqual([
      ['error', 'not-a-mapping', 'subjects/lista.yaml', 1, 1],
      ['error', 'file-empty', 'subjects/tom.yaml', 1, 1],
    ]);
  });

  it('a YAML alias without its anchor is a syntax error, not a crash', () => {
    const dir = copy();
    writeFileSync(path.join(dir, 'subjects/alias.yaml'), 'name: *saknas\n');
    const { diagnostics } = loadContent(dir);
    expect(located(diagnostics)).toEqual([['error', 'yaml-syntax', 'subjects/alias.yaml', 1, 1]]);
    expect(diagnostics[0]!.message.en).toMatch(/alias/i);
  });
});
