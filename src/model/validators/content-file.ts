/**
 * Files named by content fields (a logo, a snapshot). Whatever such a field
 * names is read and may be copied into `dist/`, so it must stay inside the
 * content folder, exist, be a regular file of the expected type and size.
 */
import { closeSync, lstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

export type ContentFileType = 'image' | 'json' | 'text';

export interface ContentFileRule {
  type: ContentFileType;
  /** Largest accepted size in bytes. */
  maxBytes: number;
}

export const FILE_EXTENSIONS: Record<ContentFileType, readonly string[]> = {
  image: ['.png', '.jpg', '.jpeg', '.webp', '.svg'],
  json: ['.json'],
  text: ['.mdx', '.md', '.hbs'],
};

export type PathProblem = 'file-absolute' | 'file-outside' | 'file-extension';
export type FileProblem = 'file-missing' | 'file-not-regular' | 'file-too-large' | 'file-wrong-type' | 'file-outside' | 'file-svg-script';

/** Problems visible in the string alone (checked by the schema). */
export function contentPathProblem(value: string, type: ContentFileType): PathProblem | null {
  if (path.isAbsolute(value) || path.win32.isAbsolute(value) || /^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('~')) return 'file-absolute';
  const normal = path.posix.normalize(value.replace(/\\/g, '/'));
  if (normal === '..' || normal.startsWith('../') || normal === '.' || value.includes('\0')) return 'file-outside';
  if (!FILE_EXTENSIONS[type].includes(path.extname(normal).toLowerCase())) return 'file-extension';
  return null;
}

const MAGIC: Record<string, (head: Buffer) => boolean> = {
  '.png': (h) => h.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  '.jpg': (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff,
  '.jpeg': (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff,
  '.webp': (h) => h.subarray(0, 4).toString('latin1') === 'RIFF' && h.subarray(8, 12).toString('latin1') === 'WEBP',
  '.svg': (h) => /<svg[\s>]/i.test(h.toString('utf8')),
  '.json': (h) => /^\s*[{[]/.test(h.toString('utf8').replace(/^\uFEFF/, '')),
};

/** An SVG is a document: scripts or event handlers in it would run on the public site's origin. */
const SVG_ACTIVE = /<script|<foreignObject|<iframe|<embed|<object|\son[a-z]+\s*=|javascript:|<!ENTITY|<!DOCTYPE[^>]*\[/i;
/**
 * References to anything outside the file (another site, another file, a
 * style sheet) would make the logo fetch it from every visitor's browser.
 * Only references inside the file (#id) and embedded images are allowed.
 */
const SVG_EXTERNAL = /\b(?:xlink:)?href\s*=\s*["']\s*(?!#|data:image\/(?:png|jpeg|gif|webp);)|url\(\s*["']?\s*(?!#|data:image\/(?:png|jpeg|gif|webp);)|@import|<\?xml-stylesheet/i;

/**
 * Checks the file itself. `root` is the content folder (absolute); `value`
 * already passed `contentPathProblem`. Symbolic links are followed and must
 * also end inside the content folder.
 */
export function contentFileProblem(root: string, value: string, rule: ContentFileRule): FileProblem | null {
  const abs = path.resolve(root, value);
  try {
    lstatSync(abs);
  } catch {
    return 'file-missing';
  }
  let real: string;
  try {
    real = realpathSync(abs);
  } catch {
    return 'file-missing'; // a dangling symbolic link
  }
  const realRoot = realpathSync(root);
  if (real !== realRoot && !real.startsWith(realRoot + path.sep)) return 'file-outside';
  const stat = statSync(real);
  if (!stat.isFile()) return 'file-not-regular';
  if (stat.size > rule.maxBytes) return 'file-too-large';
  const ext = path.extname(real).toLowerCase() || path.extname(abs).toLowerCase();
  const whole = ext === '.svg';
  const head = Buffer.alloc(whole ? stat.size : Math.min(stat.size, 512));
  const fd = openSync(real, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  const magic = MAGIC[path.extname(abs).toLowerCase()];
  if (!magic?.(head)) return 'file-wrong-type';
  if (whole && (SVG_ACTIVE.test(head.toString('utf8')) || SVG_EXTERNAL.test(head.toString('utf8')))) return 'file-svg-script';
  return null;
}
