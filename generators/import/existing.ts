/**
 * What the target content folder already holds, read leniently (a folder
 * still being written may not load as a model): ids and names per kind, so
 * an import reuses "Hälsa" instead of writing a second file for it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { BundledLaw } from './laws.ts';
import { nameKey } from './values.ts';

export const IMPORT_KINDS = ['entities', 'people', 'subjects', 'data-categories', 'activities', 'recipients', 'processors', 'transfers', 'security-measures', 'laws'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export interface Existing {
  organisation?: { parent?: string; dpo?: string };
  ids: Map<ImportKind, Set<string>>;
  /** nameKey(name) → id. */
  names: Map<ImportKind, Map<string, string>>;
  orgnr: Map<string, string>;
  /** The folder's own statutes (laws/): citations of them are read like the bundled ones. */
  laws: BundledLaw[];
}

const nameOf = (data: Record<string, unknown>): string | undefined => {
  const n = data.legalName ?? data.name ?? data.title;
  if (typeof n === 'string') return n;
  if (n && typeof n === 'object' && typeof (n as { sv?: unknown }).sv === 'string') return (n as { sv: string }).sv;
  return undefined;
};

export function readExisting(dir: string): Existing {
  const out: Existing = { ids: new Map(), names: new Map(), orgnr: new Map(), laws: [] };
  for (const kind of IMPORT_KINDS) {
    out.ids.set(kind, new Set());
    out.names.set(kind, new Map());
  }
  if (!existsSync(dir)) return out;
  const org = ['organisation.yaml', 'organisation.yml'].map((f) => path.join(dir, f)).find(existsSync);
  if (org) {
    try {
      const data = parse(readFileSync(org, 'utf8')) as { parent?: unknown; dpo?: unknown } | null;
      out.organisation = {
        ...(typeof data?.parent === 'string' ? { parent: data.parent } : {}),
        ...(typeof data?.dpo === 'string' ? { dpo: data.dpo } : {}),
      };
    } catch {
      out.organisation = {};
    }
  }
  for (const kind of IMPORT_KINDS) {
    const folder = path.join(dir, kind);
    if (!existsSync(folder)) continue;
    for (const f of readdirSync(folder)) {
      const ext = path.extname(f);
      if (!['.yaml', '.yml', '.json'].includes(ext)) continue;
      const id = path.basename(f, ext);
      out.ids.get(kind)!.add(id);
      try {
        const data = parse(readFileSync(path.join(folder, f), 'utf8')) as Record<string, unknown> | null;
        const name = data ? nameOf(data) : undefined;
        if (name) out.names.get(kind)!.set(nameKey(name), id);
        if (kind === 'entities' && typeof data?.organisationsnummer === 'string') out.orgnr.set(data.organisationsnummer.replace('-', ''), id);
        if (kind === 'laws' && data && typeof data.sfs === 'string' && name) {
          out.laws.push({ id, sfs: data.sfs, ...(typeof data.shortName === 'string' ? { shortName: data.shortName } : {}), title: name, text: '' });
        }
      } catch {
        // A file that does not parse is the loader's to report; its id is still taken.
      }
    }
  }
  return out;
}
