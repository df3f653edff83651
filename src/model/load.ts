/**
 * The one loader: reads a content directory, validates every file against
 * its zod schema, resolves every reference and returns the model together
 * with every diagnostic found — all of them, never just the first.
 */
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { COLLECTION_KINDS, COLLECTION_SCHEMAS, ID_PATTERN, OrganisationSchema, type CollectionKind, type Locale } from './schemas/index.ts';
import { makeDiagnostic, sortDiagnostics, hasErrors, type Diagnostic, type Location } from './diagnostics.ts';
import { parseSource, cachedSource, locate, type SourceFile } from './yaml-source.ts';
import { ParseCache } from './parse-cache.ts';
import { issuesToDiagnostics } from './zod-issues.ts';
import { walk } from './schema-walk.ts';
import { listForHint, suggest } from './suggest.ts';
import { findPersonnummer } from './validators/personnummer.ts';
import { contentFileProblem, contentPathProblem } from './validators/content-file.ts';
import { MODEL_KEYS, type ContentFile, type Entry, type Model, type ResolvedActivity } from './model.ts';
import { deepFreeze } from './freeze.ts';
import { recipientIds } from './purposes.ts';
import { decodeText } from './documents/text-file.ts';
import { checkHandbookText } from './documents/handbook.ts';
import { checkTemplateText } from './documents/templates.ts';
import { parseSnapshot } from './documents/snapshot.ts';

/** Folders of content/ that are not collections but are read by outputs. */
export const EXTRA_FOLDERS = ['handbook', 'templates', 'snapshots', 'assets'] as const;
const DATA_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

export interface LoadResult {
  /** Present when there are no errors (warnings allowed). */
  model?: Model;
  diagnostics: Diagnostic[];
}

export { resolveContentDir } from './content-dir.ts';

interface Parsed {
  kind: CollectionKind | 'organisation';
  id: string;
  source: SourceFile;
  data: Record<string, unknown>;
  /** What the schema returned for this very text before (parse-cache.ts), so it need not run again. */
  valid?: Record<string, unknown>;
}

// Paths below the root are cut rather than passed to path.relative (which resolves both against the working directory: slow for a thousand files).
const rel = (root: string, abs: string) => (abs.startsWith(root + path.sep) ? abs.slice(root.length + 1) : path.relative(root, abs)).split(path.sep).join('/');

function listFiles(root: string, dir: string, diagnostics: Diagnostic[]): string[] {
  try {
    return (
      readdirSync(dir, { withFileTypes: true })
        // Symlinks, and folders named like data files (x.yaml/), are listed too so a
        // read failure is reported instead of the entry silently vanishing.
        .filter((d) => !d.name.startsWith('.') && (d.isFile() || d.isSymbolicLink() || DATA_EXTENSIONS.has(path.extname(d.name))))
        .map((d) => path.join(dir, d.name))
        .sort()
    );
  } catch (e) {
    // E.g. a file where a folder is expected (ENOTDIR): a content mistake, not a crash.
    diagnostics.push(makeDiagnostic('file-unreadable', { detail: (e as NodeJS.ErrnoException).code ?? String(e) }, { file: rel(root, dir), line: 1, column: 1 }));
    return [];
  }
}

/** The text of a content file, or null with a located diagnostic (unreadable, not UTF-8, control characters). */
export function readContentText(root: string, abs: string, diagnostics: Diagnostic[]): string | null {
  const file = rel(root, abs);
  let bytes: Buffer;
  try {
    bytes = readFileSync(abs);
  } catch (e) {
    diagnostics.push(makeDiagnostic('file-unreadable', { detail: (e as NodeJS.ErrnoException).code ?? String(e) }, { file, line: 1, column: 1 }));
    return null;
  }
  const { text, problems } = decodeText(bytes);
  for (const p of problems) {
    const where = { file, line: p.line, column: p.column };
    if (p.kind === 'control-char') diagnostics.push(makeDiagnostic('control-character', { code: p.code }, where));
    else diagnostics.push(makeDiagnostic('text-encoding', { kind: p.kind }, where));
  }
  return problems.length ? null : text;
}

/**
 * A handbook chapter or template, checked as the build and the extract will read
 * it (compiled here so they never meet a mistake), and searched for personnummer.
 */
function checkDocument(root: string, abs: string, folder: 'handbook' | 'templates', diagnostics: Diagnostic[]): void {
  const file = rel(root, abs);
  // A chapter or template linked in from outside content/ would publish that file.
  try {
    const real = realpathSync(abs);
    const realRoot = realpathSync(root);
    if (!real.startsWith(realRoot + path.sep)) {
      diagnostics.push(makeDiagnostic('content-file', { problem: 'file-outside', value: file, type: 'text', maxBytes: 0 }, { file, line: 1, column: 1 }));
      return;
    }
  } catch {
    // A dangling link: readContentText reports it as unreadable.
  }
  const text = readContentText(root, abs, diagnostics);
  if (text === null) return;
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const hit = findPersonnummer(line)[0];
    if (hit) diagnostics.push(makeDiagnostic('personnummer-in-content', {}, { file, line: i + 1, column: hit.index + 1 }));
  });
  const problems = folder === 'handbook' ? checkHandbookText(file, text) : checkTemplateText(text);
  for (const p of problems) {
    const where = { file, line: p.line, column: p.column };
    switch (p.code) {
      case 'mdx-syntax':
      case 'mdx-front-matter':
      case 'template-syntax':
        diagnostics.push(makeDiagnostic(p.code, { detail: p.detail }, where));
        break;
      case 'mdx-code':
        diagnostics.push(makeDiagnostic('mdx-code', { what: p.what }, where));
        break;
      case 'mdx-unknown-component':
      case 'template-unknown-helper':
      case 'template-unknown-variable':
        diagnostics.push(makeDiagnostic(p.code, { name: p.name }, where));
        break;
    }
  }
}

function readParse(root: string, abs: string, diagnostics: Diagnostic[], cache?: ParseCache) {
  const file = rel(root, abs);
  const text = readContentText(root, abs, diagnostics);
  if (text === null) return null;
  const cached = cache?.get(file, text);
  if (cached) return { source: cachedSource(file, text, cached.positions), data: cached.data, ...(cached.valid ? { valid: cached.valid } : {}) };
  const { source, errors, data } = parseSource(file, text);
  for (const err of errors) {
    const where = { file, line: err.line, column: err.column };
    if (err.code === 'yaml-tag') diagnostics.push(makeDiagnostic('yaml-tag', { tag: err.message }, where));
    else if (err.code) diagnostics.push(makeDiagnostic(err.code, {}, where));
    else diagnostics.push(makeDiagnostic('yaml-syntax', { detail: err.message }, where));
  }
  if (errors.length) return null;
  if (data === null || data === undefined) {
    diagnostics.push(makeDiagnostic('file-empty', {}, { file, line: 1, column: 1 }));
    return null;
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    diagnostics.push(makeDiagnostic('not-a-mapping', {}, { file, line: 1, column: 1 }));
    return null;
  }
  cache?.set(file, text, data as Record<string, unknown>, source.positions);
  return { source, data: data as Record<string, unknown> };
}

export interface LoadOptions {
  /** Reuse files parsed by an earlier load of this directory whose text is unchanged (parse-cache.ts). */
  cache?: boolean;
}

export function loadContent(contentDir: string, options: LoadOptions = {}): LoadResult {
  const root = path.resolve(contentDir);
  const diagnostics: Diagnostic[] = [];
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    return { diagnostics: [makeDiagnostic('content-dir-missing', { dir: contentDir }, { file: '.', line: 1, column: 1 })] };
  }

  const cache = options.cache ? ParseCache.open(root) : undefined;
  // 1. Discover files; unknown folders and file types are reported, not silently skipped.
  const known = new Set<string>([...COLLECTION_KINDS, ...EXTRA_FOLDERS]);
  const parsed: Parsed[] = [];
  const handbook: ContentFile[] = [];
  const templates: ContentFile[] = [];
  const sources = new Map<string, SourceFile>(); // "kind/id" -> source
  // Every id with a file, even one that fails to parse: its referrers are not dangling.
  const found = new Map<CollectionKind, string[]>(COLLECTION_KINDS.map((k) => [k, []]));

  for (const dirent of readdirSync(root, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (dirent.name.startsWith('.')) continue;
    if (dirent.isDirectory() && !known.has(dirent.name)) {
      diagnostics.push(makeDiagnostic('unknown-folder', { folder: dirent.name, suggestion: suggest(dirent.name, [...known]) }, { file: dirent.name, line: 1, column: 1 }, 'warning'));
    }
  }

  const orgPath = ['organisation.yaml', 'organisation.yml', 'organisation.json'].map((f) => path.join(root, f)).find(existsSync);
  let organisationParsed: Parsed | null = null;
  if (!orgPath) {
    diagnostics.push(makeDiagnostic('missing-organisation', {}, { file: 'organisation.yaml', line: 1, column: 1 }));
  } else {
    const r = readParse(root, orgPath, diagnostics, cache);
    if (r) organisationParsed = { kind: 'organisation', id: 'organisation', ...r };
  }

  for (const kind of COLLECTION_KINDS) {
    const dir = path.join(root, kind);
    if (!existsSync(dir)) continue;
    const seen = new Map<string, string>();
    for (const abs of listFiles(root, dir, diagnostics)) {
      const file = rel(root, abs);
      const ext = path.extname(abs);
      if (!DATA_EXTENSIONS.has(ext)) {
        diagnostics.push(makeDiagnostic('unknown-file-type', { ext }, { file, line: 1, column: 1 }, 'warning'));
        continue;
      }
      const id = path.basename(abs, ext);
      if (!ID_PATTERN.test(id)) {
        diagnostics.push(makeDiagnostic('id-format', { id }, { file, line: 1, column: 1 }));
        continue;
      }
      if (seen.has(id)) {
        diagnostics.push(makeDiagnostic('duplicate-id', { id, other: seen.get(id)! }, { file, line: 1, column: 1 }));
        continue;
      }
      seen.set(id, file);
      found.get(kind)!.push(id);
      const r = readParse(root, abs, diagnostics, cache);
      if (r) parsed.push({ kind, id, ...r });
    }
  }
  for (const [folder, list, ext] of [
    ['handbook', handbook, '.mdx'],
    ['templates', templates, '.hbs'],
  ] as const) {
    const dir = path.join(root, folder);
    if (!existsSync(dir)) continue;
    for (const abs of listFiles(root, dir, diagnostics)) {
      if (abs.endsWith(ext) || (folder === 'handbook' && abs.endsWith('.md'))) {
        const file = rel(root, abs);
        list.push({ file, absolute: abs });
        checkDocument(root, abs, folder, diagnostics);
      }
    }
  }

  // 2. Validate each file against its schema.
  const valid = new Map<CollectionKind, Map<string, Record<string, unknown>>>();
  for (const kind of COLLECTION_KINDS) valid.set(kind, new Map());
  let organisation: Record<string, unknown> | null = null;
  const validated: Parsed[] = [];

  const check = (p: Parsed, schema: z.ZodType) => {
    sources.set(`${p.kind}/${p.id}`, p.source);
    if (p.valid) return p.valid;
    const result = schema.safeParse(p.data);
    if (!result.success) {
      diagnostics.push(...issuesToDiagnostics(result.error.issues, p.source, p.data, schema));
      return null;
    }
    cache?.setValid(p.source.file, result.data as Record<string, unknown>);
    return result.data as Record<string, unknown>;
  };
  if (organisationParsed) organisation = check(organisationParsed, OrganisationSchema);
  for (const p of parsed) {
    const data = check(p, COLLECTION_SCHEMAS[p.kind as CollectionKind]);
    if (data) {
      valid.get(p.kind as CollectionKind)!.set(p.id, data);
      validated.push({ ...p, data });
    }
  }
  cache?.save();

  // 3. Resolve references, check duplicate purpose ids, translations and stray personnummer.
  // Ids of every file found (valid, invalid or unparseable), so a broken target is not also reported as dangling.
  const existing = found;
  const existingSets = new Map([...existing].map(([k, v]) => [k, new Set(v)]));

  const locales = ((organisation?.locales as Locale[] | undefined) ?? ['sv']).filter((l) => l !== 'sv');
  const walkEntry = (p: Parsed, schema: z.ZodType, data: Record<string, unknown>, isValid: boolean) => {
    const at = (pathIn: (string | number)[]) => ({ file: p.source.file, path: pathIn, ...locate(p.source, pathIn) });
    walk(schema, data, {
      ref: ({ path: refPath, kind, id }) => {
        if (!existingSets.get(kind)!.has(id)) {
          const ids = existing.get(kind)!;
          diagnostics.push(makeDiagnostic('unknown-reference', { kind, id, suggestion: suggest(id, ids), valid: listForHint(ids) }, at(refPath)));
        }
      },
      file: ({ path: filePath, value, rule }) => {
        // A path the schema already rejected is reported there; only check files it accepted.
        if (contentPathProblem(value, rule.type)) return;
        const problem = contentFileProblem(root, value, rule);
        if (problem) diagnostics.push(makeDiagnostic('content-file', { problem, value, type: rule.type, maxBytes: rule.maxBytes }, at(filePath)));
        else if (rule.type === 'json') {
          // Only snapshots are JSON file references; read them back as the change pages will.
          const text = readContentText(root, path.resolve(root, value), diagnostics);
          for (const bad of text === null ? [] : parseSnapshot(text).problems) {
            diagnostics.push(
              makeDiagnostic(
                'snapshot-invalid',
                { kind: bad.kind, at: bad.kind === 'shape' ? bad.at : '', value, referrer: p.source.file },
                { file: rel(root, path.resolve(root, value)), line: bad.line, column: bad.column },
              ),
            );
          }
        }
      },
      text: ({ path: textPath, value }) => {
        if (!isValid) return;
        for (const locale of locales) {
          if (typeof value === 'string' || !value[locale as 'en']) {
            diagnostics.push(makeDiagnostic('missing-translation', { locale }, at(textPath), 'warning'));
          }
        }
      },
      string: (strPath, value) => {
        if (findPersonnummer(value).length) diagnostics.push(makeDiagnostic('personnummer-in-content', {}, at(strPath)));
      },
    });
  };
  if (organisationParsed) walkEntry(organisationParsed, OrganisationSchema, organisation ?? organisationParsed.data, !!organisation);
  const validIds = new Set(validated.map((p) => `${p.kind}/${p.id}`));
  // Raw data of invalid entries is walked too: every dangling reference is reported at once.
  for (const p of parsed) {
    const isValid = validIds.has(`${p.kind}/${p.id}`);
    walkEntry(p, COLLECTION_SCHEMAS[p.kind as CollectionKind], isValid ? valid.get(p.kind as CollectionKind)!.get(p.id)! : p.data, isValid);
  }
  for (const p of validated) {
    // A delegation that ends before it starts (checked here: Astro's collections cannot take refined object schemas).
    if (p.kind === 'delegations' && typeof p.data.until === 'string' && p.data.until < (p.data.since as string)) {
      diagnostics.push(makeDiagnostic('invalid-format', { format: 'until-before-since', value: p.data.until }, { file: p.source.file, path: ['until'], ...locate(p.source, ['until']) }));
    }
    if (p.kind === 'activities') {
      const seenPurpose = new Map<string, number>();
      (p.data.purposes as { id: string }[]).forEach((purpose, i) => {
        if (seenPurpose.has(purpose.id)) {
          const pathIn = ['purposes', i, 'id'];
          diagnostics.push(makeDiagnostic('duplicate-id', { id: purpose.id, other: `purposes[${seenPurpose.get(purpose.id)}]` }, { file: p.source.file, path: pathIn, ...locate(p.source, pathIn) }));
        } else seenPurpose.set(purpose.id, i);
      });
    }
  }

  if (organisation) diagnostics.push(...handbookTranslations(handbook, (organisation.locales as Locale[] | undefined) ?? ['sv']));

  const sorted = sortDiagnostics(diagnostics);
  if (hasErrors(sorted) || !organisation || !organisationParsed) return { diagnostics: sorted };

  // 4. Build the immutable model.
  const model = buildModel(root, organisation, valid, sources, handbook, templates);
  return { model, diagnostics: sorted };
}

/** A handbook chapter's language and policy section, from its front matter or its name ("x.en.mdx"). */
function chapterInfo(f: ContentFile): { lang: string; section?: string; base: string } {
  let text = '';
  try {
    text = readFileSync(f.absolute, 'utf8');
  } catch {
    // Unreadable chapters are reported when they are rendered.
  }
  const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const field = (k: string) => new RegExp(`^${k}:\\s*["']?([\\w-]+)`, 'm').exec(fm)?.[1];
  const base = path.basename(f.file).replace(/\.mdx?$/, '');
  return { lang: field('lang') ?? (/[.-]en$/.test(base) ? 'en' : 'sv'), section: field('policySection') ?? field('section'), base: base.replace(/[.-]en$/, '') };
}

/** Each Swedish handbook chapter needs a version in every other published language (a located warning, not an error). */
function handbookTranslations(handbook: readonly ContentFile[], locales: readonly Locale[]): Diagnostic[] {
  const infos = handbook.map((f) => ({ f, ...chapterInfo(f) }));
  const out: Diagnostic[] = [];
  for (const locale of locales.filter((l) => l !== 'sv')) {
    for (const c of infos.filter((i) => i.lang === 'sv')) {
      const has = infos.some((o) => o.lang === locale && (o.base === c.base || (c.section && o.section === c.section)));
      if (!has) out.push(makeDiagnostic('handbook-translation-missing', { locale, expected: `handbook/${c.base}.${locale}.mdx` }, { file: c.f.file, line: 1, column: 1 }, 'warning'));
    }
  }
  return out;
}

function byOrderThenId(a: { id: string; order?: number }, b: { id: string; order?: number }) {
  return (a.order ?? 0) - (b.order ?? 0) || a.id.localeCompare(b.id, 'en');
}

function buildModel(
  root: string,
  organisation: Record<string, unknown>,
  valid: Map<CollectionKind, Map<string, Record<string, unknown>>>,
  sources: Map<string, SourceFile>,
  handbook: ContentFile[],
  templates: ContentFile[],
): Model {
  const byId = {} as Record<CollectionKind, Map<string, Entry<CollectionKind>>>;
  const arrays = {} as Record<string, unknown[]>;
  for (const kind of COLLECTION_KINDS) {
    const map = new Map<string, Entry<CollectionKind>>();
    const entries = [...valid.get(kind)!.entries()]
      .map(([id, data]) => ({ ...data, id, file: sources.get(`${kind}/${id}`)!.file }) as unknown as Entry<CollectionKind> & { order?: number })
      .sort(byOrderThenId);
    for (const e of entries) map.set(e.id, e);
    byId[kind] = map;
    arrays[MODEL_KEYS[kind]] = entries;
  }
  const get = <K extends CollectionKind>(kind: K, ids: readonly string[]) => ids.map((id) => byId[kind].get(id) as unknown as Entry<K>);
  const activities = (arrays.activities as Entry<'activities'>[]).map((a): ResolvedActivity => {
    const refs = {
      controllers: get('entities', a.controllers),
      subjects: get('subjects', a.subjects),
      dataCategories: get('data-categories', a.dataCategories),
      recipients: get('recipients', recipientIds(a.recipients)),
      processors: get('processors', a.processors),
      transfers: get('transfers', a.transfers),
      securityMeasures: get('security-measures', a.securityMeasures),
      ...(a.responsible ? { responsible: byId.people.get(a.responsible) as Entry<'people'> } : {}),
    };
    return { ...a, refs };
  });
  arrays.activities = activities;
  (byId as Record<string, Map<string, unknown>>).activities = new Map(activities.map((a) => [a.id, a]));

  const orgSource = [...sources.entries()].find(([k]) => k === 'organisation/organisation')?.[1];
  const locate = (kind: CollectionKind | 'organisation', id: string, pathIn: readonly (string | number)[] = []): Location => {
    const source = sources.get(`${kind}/${id}`);
    if (!source) return { file: kind === 'organisation' ? 'organisation.yaml' : `${kind}/${id}.yaml`, line: 1, column: 1 };
    return { file: source.file, ...locate_(source, pathIn) };
  };
  const model = {
    contentDir: root,
    organisation: { ...organisation, file: orgSource?.file ?? 'organisation.yaml' },
    locales: organisation.locales as Locale[],
    byId,
    ...arrays,
    handbook,
    templates,
    locate,
  } as unknown as Model;
  return deepFreeze(model);
}

const locate_ = locate;

/** Loads or throws one readable error listing every problem (for Astro pages and generators). */
export function loadModelOrThrow(contentDir: string): Model {
  const { model, diagnostics } = loadContent(contentDir);
  if (!model) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    const lines = errors.map((d) => `${d.file}:${d.line}:${d.column} ${d.path ? `[${d.path}] ` : ''}${d.message.sv} — ${d.hint.sv}`);
    const err = new Error(`Innehållet i ${contentDir} har ${errors.length} fel / content has ${errors.length} error${errors.length === 1 ? '' : 's'}:\n${lines.join('\n')}`);
    err.name = 'ContentError';
    throw err;
  }
  return model;
}
