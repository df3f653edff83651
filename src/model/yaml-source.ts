/**
 * Parses a content file with the `yaml` library, keeping the document so any
 * field path can be mapped back to a line and column for diagnostics.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';

export interface SourceFile {
  /** Path relative to the content directory, forward slashes. */
  file: string;
  doc: Document.Parsed;
  lines: LineCounter;
}

export interface YamlProblem {
  /** A problem with its own explanation; plain syntax errors have none and show the library's words. */
  code?: 'yaml-tag' | 'yaml-multiple-documents' | 'yaml-too-deep';
  message: string;
  line: number;
  column: number;
}

export function parseSource(file: string, text: string): { source: SourceFile; errors: YamlProblem[]; data: unknown } {
  const lines = new LineCounter();
  /** Offset of the tag written before the node starting at `at`. */
  const source = (at: number) => {
    const i = text.lastIndexOf('!', at);
    return i >= 0 ? i : at;
  };
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const errors: YamlProblem[] = [];
  for (const e of doc.errors) {
    const pos = lines.linePos(e.pos[0]);
    const message = e.message.split('\n')[0]!;
    // The library's words name its own API or a JavaScript limit; say what the writer did instead.
    if (/multiple documents/.test(message)) errors.push({ code: 'yaml-multiple-documents', message, line: pos.line, column: pos.col });
    else if (/call stack/i.test(message)) {
      if (!errors.some((x) => x.code === 'yaml-too-deep')) errors.push({ code: 'yaml-too-deep', message, line: pos.line, column: pos.col });
    }
    // The library's own message is precise but long; keep its first line.
    else errors.push({ message, line: pos.line, column: pos.col });
  }
  // Tags (!!python/object, !custom, even !!str) are never needed in content and an unknown
  // one is silently dropped by the library: refuse them all.
  if (!errors.length) {
    visit(doc, (_key, node) => {
      const tagged = node as { tag?: string; range?: [number, number, number] } | null;
      if (tagged?.tag && tagged.range) {
        const text = source(tagged.range[0]);
        const pos = lines.linePos(text);
        errors.push({ code: 'yaml-tag', message: tagged.tag, line: pos.line, column: pos.col });
      }
    });
  }
  let data: unknown;
  if (!errors.length) {
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (e) {
      if (e instanceof RangeError) {
        errors.push({ code: 'yaml-too-deep', message: e.message, line: 1, column: 1 });
        return { source: { file, doc, lines }, errors, data };
      }
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
