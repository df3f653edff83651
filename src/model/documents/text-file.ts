/**
 * Reads a content file as text, refusing what would otherwise be published
 * garbled or invisible: bytes that are not UTF-8 (a Latin-1 or UTF-16 file
 * read as UTF-8 turns "Hälsa" into "H�lsa") and control characters (NUL,
 * ESC, …) that reach HTML and PDF unseen. Problems come with line and column.
 */
export type TextProblem =
  | { kind: 'utf16'; line: 1; column: 1 }
  | { kind: 'binary'; line: 1; column: 1 }
  | { kind: 'not-utf8'; line: number; column: number }
  | { kind: 'control-char'; line: number; column: number; code: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Position (1-based line and column) of a character offset. */
function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

// Tab, line feed and carriage return are text; every other C0 and C1 control character is not.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

export function decodeText(bytes: Uint8Array): { text: string; problems: TextProblem[] } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { text: '', problems: [{ kind: 'utf16', line: 1, column: 1 }] };
  }
  // Known binary signatures (images, PDF, ZIP/XLSX/DOCX, gzip) are named as such, not as bad text.
  const head = Buffer.from(bytes.subarray(0, 8));
  if (/^(\x89PNG|%PDF|PK\x03\x04|\x1f\x8b|GIF8|\xff\xd8\xff)/.test(head.toString('latin1'))) {
    return { text: '', problems: [{ kind: 'binary', line: 1, column: 1 }] };
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    // Decode leniently to find the first replacement character's position.
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const at = lenient.indexOf('\ufffd');
    return { text: '', problems: [{ kind: 'not-utf8', ...position(lenient, Math.max(0, at)) }] };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // a UTF-8 byte order mark is harmless
  const problems: TextProblem[] = [];
  const re = new RegExp(CONTROL.source, 'g');
  for (const m of text.matchAll(re)) {
    if (problems.length >= 20) break; // one file full of NULs needs one fix, not thousands of lines
    const code = `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    problems.push({ kind: 'control-char', ...position(text, m.index), code });
  }
  // NUL bytes mean a binary or UTF-16 file without byte order mark: one message says it.
  if (problems.length && text.includes('\u0000') && text.split('\u0000').length > 4) {
    return { text: '', problems: [{ kind: 'binary', line: 1, column: 1 }] };
  }
  return { text, problems };
}
