/**
 * Rule tests start from one valid fixture (test/fixtures/rules/base), copy it
 * to a temp dir and change one YAML file — so each failing case is one small
 * mutation and its expected line is read from the mutated file itself.
 */
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseDocument, type Document } from 'yaml';
import { loadContent } from '../../src/model/load.ts';
import { runRules } from '../../src/rules/index.ts';
import type { Diagnostic } from '../../src/model/diagnostics.ts';

export const BASE = path.resolve(import.meta.dirname, '../fixtures/rules/base');
export const TODAY = '2026-09-01';

export type Mutations = Record<string, ((doc: Document.Parsed) => void) | string | null>;

export interface RunResult {
  diagnostics: Diagnostic[];
  of(rule: string): Diagnostic[];
  /** 1-based line of the `nth` line containing `needle` in a (mutated) content file. */
  lineOf(file: string, needle: string, nth?: number): number;
}

export function runWith(mutations: Mutations = {}, today = TODAY): RunResult {
  const dir = mkdtempSync(path.join(tmpdir(), 'rules-'));
  try {
    cpSync(BASE, dir, { recursive: true });
    for (const [file, change] of Object.entries(mutations)) {
      const abs = path.join(dir, file);
      if (change === null) rmSync(abs);
      else if (typeof change === 'string') {
        mkdirSync(path.dirname(abs), { recursive: true });
        writeFileSync(abs, change);
      } else {
        const doc = parseDocument(readFileSync(abs, 'utf8'));
        change(doc);
        writeFileSync(abs, doc.toString({ flowCollectionPadding: false }));
      }
    }
    const loaded = loadContent(dir);
    if (!loaded.model) {
      const errors = loaded.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line} ${d.path} ${d.message.en}`);
      throw new Error(`fixture does not load:\n${errors.join('\n')}`);
    }
    const diagnostics = runRules(loaded.model, { today });
    const texts = new Map<string, string[]>();
    for (const file of Object.keys(mutations)) {
      if (mutations[file] !== null) texts.set(file, readFileSync(path.join(dir, file), 'utf8').split('\n'));
    }
    return {
      diagnostics,
      of: (rule) => diagnostics.filter((d) => d.rule === rule),
      lineOf(file, needle, nth = 1) {
        const lines = texts.get(file) ?? readFileSync(path.join(BASE, file), 'utf8').split('\n');
        let seen = 0;
        for (let i = 0; i < lines.length; i++) if (lines[i]!.includes(needle) && ++seen === nth) return i + 1;
        throw new Error(`"${needle}" not found in ${file}`);
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
