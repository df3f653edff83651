/**
 * The import graph of the project's own code, read with a real parser
 * (@babel/parser, TypeScript syntax): static imports, `import type`, re-exports
 * and dynamic `import()` alike; of an .astro file its front matter and scripts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from '@babel/parser';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export interface Import {
  /** Importing file, relative to the root, forward slashes. */
  from: string;
  /** Imported file, relative to the root (a relative specifier resolved), or the package name. */
  to: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return sourceFiles(rel);
    return /\.(ts|mts|mjs|astro)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [rel] : [];
  });
}

/** The code of a file: an .astro file's front matter and <script> bodies; the whole file otherwise. */
function code(file: string, text: string): string {
  if (!file.endsWith('.astro')) return text;
  const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  return [front, ...scripts].join('\n');
}

export function importsOf(file: string, text = readFileSync(path.join(ROOT, file), 'utf8')): Import[] {
  const specifiers: string[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    const n = node as { type?: string; source?: { value?: unknown }; callee?: { type?: string }; arguments?: { type?: string; value?: unknown }[] };
    if ((n.type === 'ImportDeclaration' || n.type === 'ExportNamedDeclaration' || n.type === 'ExportAllDeclaration') && typeof n.source?.value === 'string') specifiers.push(n.source.value);
    if (n.type === 'ImportExpression' && typeof n.source?.value === 'string') specifiers.push(n.source.value);
    if (n.type === 'CallExpression' && n.callee?.type === 'Import' && n.arguments?.[0]?.type === 'StringLiteral') specifiers.push(String(n.arguments[0].value));
    for (const [key, value] of Object.entries(n)) if (key !== 'loc' && key !== 'extra') visit(value);
  };
  visit(parse(code(file, text), { sourceType: 'module', plugins: ['typescript'], errorRecovery: true }).program);
  return specifiers.map((fileName) => ({
    from: file,
    to: fileName.startsWith('.') ? path.posix.normalize(path.posix.join(path.posix.dirname(file), fileName)) : fileName,
  }));
}

/** Every import of every source file under the given top-level folders. */
export function importGraph(dirs: readonly string[]): Import[] {
  return dirs.flatMap(sourceFiles).flatMap((f) => importsOf(f));
}
