/**
 * The statutes the project ships (content/laws/ of the bundled example): the
 * vocabulary `import` maps citations onto and `init` copies into a new
 * content folder. Read once, as text, so a copy is byte for byte the same.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const BUNDLED_LAWS_DIR = fileURLToPath(new URL('../../content/laws/', import.meta.url));

export interface BundledLaw {
  id: string;
  sfs: string;
  shortName?: string;
  title: string;
  /** The file as shipped. */
  text: string;
}

let cache: BundledLaw[] | undefined;

export function bundledLaws(): BundledLaw[] {
  if (cache) return cache;
  cache = readdirSync(BUNDLED_LAWS_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const text = readFileSync(path.join(BUNDLED_LAWS_DIR, f), 'utf8');
      const data = parse(text) as { sfs: string; shortName?: string; title: string | { sv: string } };
      return {
        id: path.basename(f, '.yaml'),
        sfs: String(data.sfs),
        ...(data.shortName ? { shortName: data.shortName } : {}),
        title: typeof data.title === 'string' ? data.title : data.title.sv,
        text,
      };
    });
  return cache;
}

/** Names people write for the bundled laws besides their short names and titles. */
const ALIASES: Record<string, string[]> = {
  socialtjanstlagen: ['socialtjanstlagen', 'sol'],
  patientdatalagen: ['patientdatalagen', 'pdl'],
  hsl: ['halso- och sjukvardslagen', 'hsl'],
  bokforingslagen: ['bokforingslagen', 'bfl'],
  gdpr: ['dataskyddsforordningen', 'gdpr'],
  dataskyddslagen: ['dataskyddslagen'],
  las: ['anstallningsskyddslagen', 'lagen om anstallningsskydd', 'las'],
  'offentlighets-och-sekretesslagen': ['offentlighets- och sekretesslagen', 'osl'],
  patientsakerhetslagen: ['patientsakerhetslagen', 'psl'],
  skatteforfarandelagen: ['skatteforfarandelagen', 'sfl'],
  sjuklonelagen: ['sjuklonelagen'],
  diskrimineringslagen: ['diskrimineringslagen'],
  lss: ['lss', 'lagen om stod och service'],
  'registerkontroll-lss': ['registerkontrollagen'],
  'lagen-om-elektronisk-kommunikation': ['lagen om elektronisk kommunikation', 'lek'],
};

/** Lower case without accents, one character for one: positions in the original stay valid. */
const light = (s: string) => s.normalize('NFC').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().normalize('NFC');

const keyCache = new Map<BundledLaw, string[]>();

function keys(law: BundledLaw): string[] {
  const cached = keyCache.get(law);
  if (cached) return cached;
  const own = [law.id.replace(/-/g, ' '), law.shortName, law.title, `${law.title} (${law.sfs})`, `sfs ${law.sfs}`, law.sfs, ...(ALIASES[law.id] ?? [])];
  const list = [...new Set(own.filter((k): k is string => !!k).map(light))].sort((a, b) => b.length - a.length);
  keyCache.set(law, list);
  return list;
}

export interface Citation {
  law: string;
  section?: string;
}

/** "LSS 23 c §", "patientdatalagen 3 kap. 17 §", "SFS 2008:355", "23 c § LSS" → a citation of a bundled law. */
export function matchLaw(text: string, laws: readonly BundledLaw[] = bundledLaws()): Citation | undefined {
  // No-break spaces come from exported citations ("23\u00a0c\u00a0§"); content writes plain spaces.
  const t = text
    .normalize('NFC')
    .replace(/\u00a0/g, ' ')
    .trim()
    .replace(/[.,;]$/, '');
  const tryAt = (s: string): Citation | undefined => {
    const f = light(s);
    for (const law of laws) {
      for (const k of keys(law)) {
        if (f === k) return { law: law.id };
        if (f.startsWith(`${k} `)) {
          const rest = s
            .slice(k.length)
            .trim()
            .replace(/^\((?:\d{4}:\d+|\(EU\)[^)]*)\)\s*/, '');
          if (!rest) return { law: law.id };
          if (/§|kap\.|\bart\.?/i.test(rest)) return { law: law.id, section: rest };
        }
      }
    }
    return undefined;
  };
  const direct = tryAt(t);
  if (direct) return direct;
  // "artikel 33 i GDPR", the citation style of src/format/law.ts for EU regulations.
  const article = /^(?:artikel|article|art\.?)\s+(\S+)\s+(?:i|of)\s+(.+)$/i.exec(t);
  if (article) {
    const c = tryAt(article[2]!);
    if (c && !c.section) return { law: c.law, section: `art. ${article[1]}` };
  }
  const before = /^(.*§)\s+(.+)$/.exec(t);
  if (before) {
    const c = tryAt(before[2]!);
    if (c && !c.section) return { law: c.law, section: before[1]!.trim() };
  }
  return undefined;
}
