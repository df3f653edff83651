/**
 * Parsed content files, cached by a hash of their text, so that checking again
 * after an edit parses only the files that changed (issue 19: the DPO's edit
 * loop). Only what the loader needs is kept: the plain data of a file that
 * parsed without problems, where each of its nodes starts (for messages) and,
 * once the file passed its schema, the data the schema gave back — so an
 * unchanged file is not validated again either.
 *
 * The validated data depends on the schemas' code as well as on the text, so
 * it is only reused while the code of src/model/ and the zod version are the
 * ones it was made with (`codeVersion`). Each entry carries a digest of what
 * it holds: an entry that was damaged on disk is ignored and the file is
 * parsed and validated afresh, so a cache can make a check faster, never
 * different.
 *
 * One cache file per content directory under node_modules/.cache/gdpr-docs/;
 * it holds the files of the last load only, so it never grows. Written with a
 * rename, so a process reading it at the same time sees the old or the new one.
 */
import { createHash, hash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PositionNode } from './yaml-source.ts';

/** Bump when parseSource changes what a file's data is, or the layout below changes. */
const FORMAT = 3;

export interface StoredEntry {
  /** Hash of the file's text. */
  hash: string;
  /** JSON of the parsed data and of the node positions. */
  data: string;
  positions: string;
  /** JSON of the data the schema returned; `true` when it is the parsed data unchanged. */
  valid?: string | true;
  /** Digest of all of the above, checked before the entry is used. */
  sum?: string;
}

interface Stored {
  format: number;
  /** The code the validated data was made with (codeVersion()). */
  code?: string;
  files: Record<string, StoredEntry>;
}

export interface CachedFile {
  data: Record<string, unknown>;
  positions: PositionNode | null;
  /** The schema's output for this text, when this code validated it before (then `data` is that same object). */
  valid?: Record<string, unknown>;
}

const hashOf = (text: string) => hash('sha256', text, 'base64url');
/** Exported for the tests, which damage entries on purpose. */
export const entryDigest = (e: StoredEntry) => hash('sha1', `${e.hash}\0${e.data}\0${e.positions}\0${e.valid === true ? '=' : (e.valid ?? '')}`, 'base64url');

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
  /** This code's version; undefined when it cannot be told (then validated data is neither used nor kept). */
  private readonly code: string | undefined;
  /** Whether the stored validated data was made by this code. */
  private readonly validUsable: boolean;
  private changed = false;

  private constructor(file: string | undefined, stored: Stored['files'], code: string | undefined, storedCode: string | undefined) {
    this.file = file;
    this.stored = stored;
    this.code = code;
    this.validUsable = code !== undefined && code === storedCode;
    // Written again when the code changed, so the next load finds validated data made by this code.
    if (code !== undefined && code !== storedCode) this.changed = true;
  }

  /** The cache of a content directory; an unreadable or outdated cache is simply empty. */
  static open(root: string): ParseCache {
    const dir = cacheDir();
    if (!dir) return new ParseCache(undefined, {}, undefined, undefined);
    const file = path.join(dir, `${createHash('sha256').update(path.resolve(root)).digest('hex').slice(0, 24)}.json`);
    let stored: Stored['files'] = {};
    let storedCode: string | undefined;
    try {
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as Stored;
      if (parsed.format === FORMAT && parsed.files && typeof parsed.files === 'object') {
        stored = parsed.files;
        storedCode = typeof parsed.code === 'string' ? parsed.code : undefined;
      }
    } catch {
      // No cache yet, or a damaged one: parse everything.
    }
    return new ParseCache(file, stored, codeVersion(), storedCode);
  }

  /** The data and node positions of `file` (and its validated data, when known) if its text is the one cached. */
  get(file: string, text: string): CachedFile | undefined {
    const hit = Object.hasOwn(this.stored, file) ? this.stored[file] : undefined;
    if (!hit || typeof hit !== 'object' || hit.hash !== hashOf(text) || hit.sum !== entryDigest(hit)) return undefined;
    try {
      // Parsed afresh each time: the loader may change what it gets, the cache must not change with it.
      const positions = JSON.parse(hit.positions) as PositionNode | null;
      const useValid = this.validUsable && hit.valid !== undefined;
      // The parsed data only matters for a file that fails its schema; with its validated data known it is not read.
      const data = JSON.parse(useValid && hit.valid !== true ? hit.valid! : hit.data) as Record<string, unknown>;
      if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
      this.next[file] = this.validUsable ? hit : { hash: hit.hash, data: hit.data, positions: hit.positions };
      return { data, positions, ...(useValid ? { valid: data } : {}) };
    } catch {
      return undefined; // a damaged entry: parse the file again
    }
  }

  /** Remembers a file that parsed without problems (data that JSON cannot carry exactly is not cached). */
  set(file: string, text: string, data: Record<string, unknown>, positions: PositionNode | null): void {
    if (!jsonSafe(data)) return;
    this.next[file] = { hash: hashOf(text), data: JSON.stringify(data), positions: JSON.stringify(positions) };
    this.changed = true;
  }

  /** Remembers what the schema gave back for a file remembered by get or set, once it passed. */
  setValid(file: string, valid: Record<string, unknown>): void {
    const entry = Object.hasOwn(this.next, file) ? this.next[file] : undefined;
    if (!entry || this.code === undefined || entry.valid !== undefined || !jsonSafe(valid)) return;
    const json = JSON.stringify(valid);
    entry.valid = json === entry.data ? true : json;
    entry.sum = undefined;
    this.changed = true;
  }

  /** Writes the files of this load (only when something changed). */
  save(): void {
    if (!this.file) return;
    if (!this.changed && Object.keys(this.next).length === Object.keys(this.stored).length) return;
    try {
      // Entries served whole from the cache keep their digest; new and changed ones get theirs.
      for (const entry of Object.values(this.next)) entry.sum ??= entryDigest(entry);
      mkdirSync(path.dirname(this.file), { recursive: true });
      const tmp = `${this.file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify({ format: FORMAT, code: this.code, files: this.next } satisfies Stored));
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

/**
 * A digest of the code that decides what validation returns: every module of
 * src/model/ (schemas, validators, vocabularies, the loader) and zod's version.
 * Worked out at every open (a few milliseconds), not once per process: the dev
 * server keeps running while the schemas are edited. Undefined when the
 * sources cannot be read (e.g. a bundled copy): then no validated data is kept.
 */
export function codeVersion(): string | undefined {
  try {
    const modelDir = fileURLToPath(new URL('.', import.meta.url));
    const digest = createHash('sha256');
    const files = readdirSync(modelDir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .sort();
    if (!files.includes('parse-cache.ts')) return undefined;
    for (const f of files)
      digest
        .update(`${f}\0`)
        .update(readFileSync(path.join(modelDir, f)))
        .update('\0');
    digest.update(readFileSync(fileURLToPath(new URL('../../node_modules/zod/package.json', import.meta.url))));
    return digest.digest('base64url');
  } catch {
    return undefined;
  }
}
