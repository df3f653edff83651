/**
 * Parses a content file with the `yaml` library, keeping the document so any
 * field path can be mapped back to a line and column for diagnostics.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

export interface SourceFile {
  /** Path relative to the content directory, forward slashes. */
  file: string;
  doc: Document.Parsed;
  lines: LineCounter;
}

export interface YamlProblem {
  message: string;
  line: number;
  column: number;
}

export function parseSource(file: string, text: string): { source: SourceFile; errors: YamlProblem[]; data: unknown } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const errors: YamlProblem[] = doc.errors.map((e) => {
    const pos = lines.linePos(e.pos[0]);
    // The library's own message is precise but long; keep its first line.
    return { message: e.message.split('\n')[0]!, line: pos.line, column: pos.col };
  });
  let data: unknown;
  if (!errors.length) {
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (e) {
      // An alias without its anchor, or an alias bomb, only fails here.
      errors.push({ message: String((e as Error).message ?? e).split('\n')[0]!, line: 1, column: 1 });
    }
  }
  return { source: { file, doc, lines }, errors, data };
}

/** The position of the node at `path`; falls back to the deepest existing parent. */
export function locate(source: SourceFile, path: readonly PropertyKey[], opts: { key?: boolean } = {}): { line: number; column: number } {
  let node: unknown = source.doc.contents;
  let best: Node | null = (node as Node | null) ?? null;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) break;
      if (i === path.length - 1 && opts.key && pair.key) {
        best = pair.key as Node;
        break;
      }
      node = pair.value;
      best = (pair.value as Node | null) ?? (pair.key as Node);
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
      if (!node) break;
      best = node as Node;
    } else {
      break;
    }
  }
  const offset = best?.range?.[0] ?? 0;
  const pos = source.lines.linePos(offset);
  return { line: pos.line, column: pos.col };
}
