/**
 * One content entry as the YAML file a person will edit: the schema pointer
 * for editors first, then the fields in the order given, long lines kept
 * whole. Also finds the line of each todo note for reports.
 */
import { stringify } from 'yaml';

export function entryYaml(kind: string, data: Record<string, unknown>): string {
  const schema = kind === 'organisation' ? '../schemas/organisation.schema.json' : `../../schemas/${kind}.schema.json`;
  return `# yaml-language-server: $schema=${schema}\n${stringify(data, { lineWidth: 0, minContentWidth: 0 })}`;
}

/**
 * The 1-based line of each todo note in an entry written by entryYaml (a
 * top-level `todo:` list of `- question:` items). Scanning the lines is
 * enough for text we wrote ourselves, and an import writes thousands.
 */
export function todoLines(data: { todo?: readonly { question: string }[] }, text: string): { line: number; question: string }[] {
  const todos = data.todo ?? [];
  if (!todos.length) return [];
  const lines = text.split('\n');
  const start = lines.indexOf('todo:');
  const out: { line: number; question: string }[] = [];
  for (let i = start + 1; i < lines.length && out.length < todos.length; i++) {
    if (lines[i]!.startsWith('  - ')) out.push({ line: i + 1, question: todos[out.length]!.question });
    else if (!lines[i]!.startsWith('    ')) break;
  }
  return out;
}
