/**
 * Parses a content file with the `yaml` library, keeping the document so any
 * field path can be mapped back to a line and column for diagnostics.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Node } from 'yaml';

export interface SourceFile {
  /** Path relative to the content directory, forward slashes. */
  file: string;
  /** Where each node of the document starts: enough to place any message (see `locate`). */
  positions: PositionNode | null;
  /** Offsets where each line starts. */
  lineStarts: number[];
}

/**
 * A node's start offset and, for a mapping or sequence, its children: the
 * document reduced to what `locate` reads, small enough to cache with the data
 * (parse-cache.ts) so an unchanged file is never parsed again.
 */
export interface PositionNode {
  o: number;
  /** Mapping: [key as text, key offset, value] per pair with a scalar key, in order. */
  m?: [string, number, PositionNode | null][];
  /** Sequence items. */
  s?: (PositionNode | null)[];
}

function positionsOf(node: unknown): PositionNode | null {
  if (!node) return null;
  const o = (node as Node).range?.[0] ?? 0;
  if (isMap(node)) {
    const m: [string, number, PositionNode | null][] = [];
    for (const p of node.items) {
      if (isPair(p) && isScalar(p.key)) m.push([String(p.key.value), p.key.range?.[0] ?? 0, positionsOf(p.value)]);
    }
    return { o, m };
  }
  if (isSeq(node)) return { o, s: node.items.map((item) => positionsOf(item)) };
  return { o };
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Line and column (1-based) of an offset, as the yaml library's LineCounter counts them. */
function linePos(lineStarts: readonly number[], offset: number): { line: number; col: number } {
  let low = 0;
  let high = lineStarts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (lineStarts[mid]! < offset) low = mid + 1;
    else high = mid;
  }
  if (lineStarts[low] === offset) return { line: low + 1, col: 1 };
  if (low === 0) return { line: 0, col: offset };
  return { line: low, col: offset - lineStarts[low - 1]! + 1 };
}

/** A source whose positions came from the parse cache. */
export function cachedSource(file: string, text: string, positions: PositionNode | null): SourceFile {
  return { file, positions, lineStarts: lineStartsOf(text) };
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
        return { source: { file, positions: null, lineStarts: lineStartsOf(text) }, errors, data };
      }
      // An alias without its anchor, or an alias bomb, only fails here.
      errors.push({ message: String((e as Error).message ?? e).split('\n')[0]!, line: 1, column: 1 });
    }
  }
  return { source: { file, positions: errors.length ? null : positionsOf(doc.contents), lineStarts: lineStartsOf(text) }, errors, data };
}

/** The position of the node at `path`; falls back to the deepest existing parent. */
export function locate(source: SourceFile, path: readonly PropertyKey[], opts: { key?: boolean } = {}): { line: number; column: number } {
  let node: PositionNode | null | undefined = source.positions;
  let offset = node?.o ?? 0;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    if (node?.m) {
      const pair: [string, number, PositionNode | null] | undefined = node.m.find(([key]) => key === String(segment));
      if (!pair) break;
      if (i === path.length - 1 && opts.key) {
        offset = pair[1];
        break;
      }
      node = pair[2];
      offset = node ? node.o : pair[1];
    } else if (node?.s && typeof segment === 'number') {
      node = node.s[segment];
      if (!node) break;
      offset = node.o;
    } else {
      break;
    }
  }
  const pos = linePos(source.lineStarts, offset);
  return { line: pos.line, column: pos.col };
}
