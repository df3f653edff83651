/** The text `import` prints: the mapping used, what was written, and every cell to review with file:line. */
import { columnLetters } from './problems.ts';
import type { ImportReport } from './index.ts';
import type { Locale } from '../../src/model/schemas/index.ts';

const KIND_LABEL: Record<string, { sv: string; en: string }> = {
  activities: { sv: 'behandlingar', en: 'activities' },
  subjects: { sv: 'grupper av registrerade', en: 'groups of people' },
  'data-categories': { sv: 'kategorier av personuppgifter', en: 'data categories' },
  recipients: { sv: 'mottagare', en: 'recipients' },
  processors: { sv: 'biträden', en: 'processors' },
  transfers: { sv: 'överföringar', en: 'transfers' },
  'security-measures': { sv: 'säkerhetsåtgärder', en: 'security measures' },
  entities: { sv: 'bolag', en: 'companies' },
  people: { sv: 'personer', en: 'people' },
  laws: { sv: 'lagar', en: 'laws' },
  organisation: { sv: 'organisation', en: 'organisation' },
};

const SKIP: Record<string, { sv: string; en: string }> = {
  empty: { sv: 'tomt blad', en: 'empty sheet' },
  'no-headings': {
    sv: 'inget register (inga rubriker som Ändamål, Rättslig grund eller Kategorier av registrerade); ange dem med --map om bladet ska läsas',
    en: 'not a register (no headings such as Purpose, Legal basis or Categories of data subjects); name them with --map if the sheet should be read',
  },
  'not-selected': { sv: 'inte valt i mappningsfilen', en: 'not selected in the mapping file' },
};

export function formatReport(r: ImportReport, lang: Locale, contentDir: string): string {
  const sv = lang === 'sv';
  const out: string[] = [];
  out.push(sv ? 'Kolumner som användes:' : 'Columns used:');
  for (const l of r.layouts) {
    const kind = KIND_LABEL[l.kind === 'security' ? 'security-measures' : l.kind]![lang];
    out.push(`  ${l.sheet} (${sv ? 'rubrikrad' : 'heading row'} ${l.headerRow}; ${kind})`);
    for (const c of l.columns) {
      const target =
        c.field === 'ignore'
          ? sv
            ? '(hoppas över)'
            : '(ignored)'
          : c.field
            ? `${c.field}${c.by === 'mapping' ? (sv ? ' (mappningsfil)' : ' (mapping file)') : ''}`
            : sv
              ? '— okänd: blir todo-anteckningar'
              : '— unknown: becomes todo notes';
      out.push(`    ${columnLetters(c.column).padEnd(3)} ${c.heading.padEnd(40)} → ${target}`);
    }
  }
  for (const s of r.skipped) out.push(`  ${s.sheet}: ${sv ? 'läses inte' : 'not read'} — ${SKIP[s.reason]![lang]}`);
  out.push('');
  const counts = new Map<string, number>();
  for (const w of r.written) counts.set(w.kind, (counts.get(w.kind) ?? 0) + 1);
  out.push(sv ? `Rader lästa: ${r.rowsRead}` : `Rows read: ${r.rowsRead}`);
  out.push(
    (sv ? `Poster skrivna till ${contentDir}: ` : `Entries written to ${contentDir}: `) + ([...counts].map(([k, n]) => `${n} ${KIND_LABEL[k]?.[lang] ?? k}`).join(', ') || (sv ? 'inga' : 'none')),
  );
  if (r.notes.length) {
    out.push('', sv ? 'Celler som lästes på särskilt sätt:' : 'Cells read in a special way:');
    for (const n of r.notes) out.push(`  ${n.ref}: ${n.note[lang]}`);
  }
  out.push('', sv ? `Att granska (${r.todos.length} todo-anteckningar):` : `To review (${r.todos.length} todo notes):`);
  for (const t of r.todos) out.push(`  ${t.file}:${t.line}  ${t.question}`);
  out.push('', sv ? 'Alla poster är markerade draft: true. Kör npm run check för att se vad som återstår.' : 'Every entry is marked draft: true. Run npm run check to see what remains.');
  return out.join('\n') + '\n';
}
