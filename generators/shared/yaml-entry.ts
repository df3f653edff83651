/**
 * One content entry as the YAML file a person will edit: the schema pointer
 * for editors first, then the fields in the order given, long lines kept
 * whole. Also finds the line of each todo note for reports.
 */
import { stringify } from 'yaml';
import { locate, parseSource } from '../../src/model/yaml-source.ts';

export function entryYaml(kind: string, data: Record<string, unknown>): string {
  const schema = kind === 'organisation' ? '../schemas/organisation.schema.json' : `../../schemas/${kind}.schema.json`;
  return `# yaml-language-server: $schema=${schema}\n${stringify(data, { lineWidth: 0, minContentWidth: 0 })}`;
}

/** The 1-based line of each todo note in a written entry. */
export function todoLines(file: string, text: string): { line: number; question: string }[] {
  const { source, data } = parseSource(file, text);
  const todos = (data as { todo?: { question: string }[] } | null)?.todo ?? [];
  return todos.map((t, i) => ({ line: locate(source, ['todo', i]).line, question: t.question }));
}
