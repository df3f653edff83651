import { COLLECTION_KINDS, type CollectionKind, type Todo } from '../../model/schemas/index.ts';
import type { Model } from '../../model/model.ts';
import { bi, type Finding, type Rule } from '../types.ts';

interface Marked {
  id: string;
  draft?: boolean;
  todo?: readonly Todo[];
}

/** The organisation file and every entry, as (kind, entry) pairs. */
function allEntries(model: Model): { kind: CollectionKind | 'organisation'; entry: Marked }[] {
  const out: { kind: CollectionKind | 'organisation'; entry: Marked }[] = [{ kind: 'organisation', entry: { ...(model.organisation as Omit<Marked, 'id'>), id: 'organisation' } }];
  for (const kind of COLLECTION_KINDS) {
    for (const entry of model.byId[kind].values()) out.push({ kind, entry: entry as unknown as Marked });
  }
  return out;
}

/** Where a todo note came from, for the message: "Behandlingar!D12: «Avtal/avtal»". */
function origin(t: Todo): { sv: string; en: string } {
  if (!t.source && t.original === undefined) return { sv: '', en: '' };
  const cell = t.original === undefined ? '' : ` «${t.original.length > 80 ? `${t.original.slice(0, 77)}…` : t.original}»`;
  const where = t.source ?? '';
  return { sv: ` (${where}${cell})`.replace('( ', '('), en: ` (${where}${cell})`.replace('( ', '(') };
}

/**
 * `init` and `import` write first versions: each open question is a `todo`
 * note and each unreviewed entry carries `draft: true`. Both stay visible as
 * warnings until the DPO answers and removes them.
 */
export const todoNotes: Rule = {
  id: 'hygiene/todo-notes',
  severity: 'warning',
  reference: 'GDPR art. 5.2, 30',
  title: bi('Öppna frågor och utkast', 'Open questions and drafts'),
  description: bi(
    'Listar varje todo-anteckning (en fråga som init eller import lämnat) och varje post markerad draft: true utan anteckningar.',
    'Lists every todo note (a question left by init or import) and every entry marked draft: true without notes.',
  ),
  why: bi(
    'En post som ingen har granskat kan vara fel. Registret och informationen ska stämma med verkligheten, och ni ska kunna visa det.',
    'An entry nobody has reviewed may be wrong. The record and the notice must match reality, and you must be able to show it.',
  ),
  fix: bi(
    'Besvara frågan i posten, ta bort todo-anteckningen och, när posten är granskad, raden draft: true.',
    'Answer the question in the entry, delete the todo note and, once the entry is reviewed, the line draft: true.',
  ),
  check({ model }) {
    const findings: Finding[] = [];
    for (const { kind, entry } of allEntries(model)) {
      const todos = entry.todo ?? [];
      todos.forEach((t, i) => {
        const o = origin(t);
        findings.push({
          kind,
          id: entry.id,
          path: ['todo', i],
          message: bi(`Att göra: ${t.question}${o.sv}`, `To do: ${t.question}${o.en}`),
        });
      });
      if (entry.draft && !todos.length) {
        findings.push({
          kind,
          id: entry.id,
          path: ['draft'],
          message: bi('Posten är ett utkast (draft: true) som ingen har granskat.', 'The entry is a draft (draft: true) nobody has reviewed.'),
          hint: bi('Granska posten och ta bort raden draft: true.', 'Review the entry and delete the line draft: true.'),
        });
      }
    }
    return findings;
  },
};
