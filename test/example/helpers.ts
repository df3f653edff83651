/** The bundled example (content/), a throwaway copy of it, and the check CLI run as a user runs it. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const EXAMPLE = path.join(ROOT, 'content');
const NODE = path.join(ROOT, 'node_modules/.bin/node');
/** Pinned: the rules depend on dates, and a test must never depend on the real clock. */
export const TODAY = '2026-11-23';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function check(args: string[]): CliResult {
  const { CONTENT_DIR: _drop, ...env } = process.env;
  const r = spawnSync(NODE, ['generators/cli/check.ts', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A throwaway copy of the whole example, to break on purpose. */
export function exampleCopy(): { dir: string; cleanup: () => void } {
  const base = mkdtempSync(path.join(tmpdir(), 'gdpr-example-'));
  const dir = path.join(base, 'content');
  cpSync(EXAMPLE, dir, { recursive: true });
  return { dir, cleanup: () => rmSync(base, { recursive: true, force: true }) };
}

/** Replaces exactly one occurrence of `from` in a file of the copy; fails loudly when the example changed. */
export function replaceOnce(dir: string, file: string, from: string | RegExp, to: string | ((match: string, ...groups: string[]) => string)): void {
  const abs = path.join(dir, file);
  const text = readFileSync(abs, 'utf8');
  const count = typeof from === 'string' ? text.split(from).length - 1 : (text.match(new RegExp(from.source, `${from.flags.replace('g', '')}g`)) ?? []).length;
  if (count !== 1) throw new Error(`expected exactly one ${String(from)} in ${file}, found ${count}`);
  writeFileSync(abs, typeof to === 'string' ? text.replace(from, to) : text.replace(from, to as (m: string, ...g: unknown[]) => string));
}

/** 1-based line of the first line of `file` (in the copy) containing `needle`. */
export function lineOf(dir: string, file: string, needle: string): number {
  const lines = readFileSync(path.join(dir, file), 'utf8').split('\n');
  const i = lines.findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`"${needle}" not found in ${file}`);
  return i + 1;
}
