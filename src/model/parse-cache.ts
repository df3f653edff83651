/**
 * Parsed content files, cached by a hash of their text, so that checking again
 * after an edit parses only the files that changed (issue 19: the DPO's edit
 * loop). Only what the loader needs is kept: the plain data of a file that
 * parsed without problems and where each of its nodes starts (for messages).
 *
 * One cache file per content directory under node_modules/.cache/gdpr-docs/;
 * it holds the files of the last load only, so it never grows. Written with a
 * rename, so a process reading it at the same time sees the old or the new one.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PositionNode } from './yaml-source.ts';

/** Bump when parseSource changes what a file's data is. */
const FORMAT = 2;

interface Stored {
  format: number;
  files: Record<string, { hash: string; json: string }>;
}

const hashOf = (text: string) => createHash('sha256').update(text).digest('base64url');

/** Data that survives JSON unchanged: plain objects and arrays, strings, finite numbers, booleans, null. */
function jsonSafe(value: unknown, depth = 0): boolean {
  if (depth > 64) return false;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every((v) => jsonSafe(v, depth + 1));
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.entries(value as object).every(([k, v]) => k !== '__proto__' && jsonSafe(v, depth + 1));
  }
  return false;
}

export class ParseCache {
  private readonly file: string | undefined;
  private readonly stored: Stored['files'];
  private readonly next: Stored['files'] = {};
  private changed = false;

  private constructor(file: string | undefined, stored: Stored['files']) {
    this.file = file;
    this.stored = stored;
  }

  /** The cache of a content directory; an unreadable or outdated cache is simply empty. */
  static open(root: string): ParseCache {
    const dir = cacheDir();
    if (!dir) return new ParseCache(undefined, {});
    const file = path.join(dir, `${createHash('sha256').update(path.resolve(root)).digest('hex').slice(0, 24)}.json`);
    let stored: Stored['files'] = {};
    try {
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as Stored;
      if (parsed.format === FORMAT && parsed.files && typeof parsed.files === 'object') stored = parsed.files;
    } catch {
      // No cache yet, or a damaged one: parse everything.
    }
    return new ParseCache(file, stored);
  }

  /** The data and node positions of `file` when its text is the one cached. */
  get(file: string, text: string): { data: Record<string, unknown>; positions: PositionNode | null } | undefined {
    const hit = Object.hasOwn(this.stored, file) ? this.stored[file] : undefined;
    if (!hit || hit.hash !== hashOf(text)) return undefined;
    this.next[file] = hit;
    // Parsed afresh each time: the loader may change what it gets, the cache must not change with it.
    return JSON.parse(hit.json) as { data: Record<string, unknown>; positions: PositionNode | null };
  }

  /** Remembers a file that parsed without problems (data that JSON cannot carry exactly is not cached). */
  set(file: string, text: string, data: Record<string, unknown>, positions: PositionNode | null): void {
    if (!jsonSafe(data)) return;
    this.next[file] = { hash: hashOf(text), json: JSON.stringify({ data, positions }) };
    this.changed = true;
  }

  /** Writes the files of this load (only when something changed). */
  save(): void {
    if (!this.file) return;
    if (!this.changed && Object.keys(this.next).length === Object.keys(this.stored).length) return;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      const tmp = `${this.file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify({ format: FORMAT, files: this.next } satisfies Stored));
      renameSync(tmp, this.file);
    } catch {
      // A read-only install still checks, only without the cache.
    }
  }
}

function cacheDir(): string | undefined {
  if (process.env.GDPR_DOCS_CACHE_DIR) return process.env.GDPR_DOCS_CACHE_DIR;
  const here = new URL('../../node_modules/.cache/gdpr-docs/parsed/', import.meta.url);
  return here.protocol === 'file:' ? fileURLToPath(here) : undefined;
}
