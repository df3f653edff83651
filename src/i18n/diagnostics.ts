/**
 * Diagnostic texts, per locale, as data: one entry per code giving the
 * message (what is wrong) and the hint (how to fix it).
 */
import { sv } from './sv/diagnostics.ts';
import { en } from './en/diagnostics.ts';
import type { ContentFileType, FileProblem } from '../model/validators/content-file.ts';

export interface DiagnosticParamMap {
  'yaml-syntax': { detail: string };
  'file-unreadable': { detail: string };
  'file-empty': Record<string, never>;
  'not-a-mapping': Record<string, never>;
  'invalid-type': { expected: string; received: string };
  required: { field: string };
  'missing-swedish': Record<string, never>;
  'missing-translation': { locale: string };
  'handbook-translation-missing': { locale: string; expected: string };
  'unknown-key': { key: string; suggestion?: string; allowed: string };
  'invalid-value': { value: string; allowed: string; suggestion?: string };
  'invalid-format': { format: string; value: string };
  'too-small': { minimum: number; what: 'array' | 'string' | 'number' };
  'too-big': { maximum: number };
  'unknown-reference': { kind: string; id: string; suggestion?: string; valid: string };
  'duplicate-id': { id: string; other: string };
  'id-format': { id: string };
  'unknown-folder': { folder: string; suggestion?: string };
  'unknown-file-type': { ext: string };
  'missing-organisation': Record<string, never>;
  'content-dir-missing': { dir: string };
  'personnummer-in-content': Record<string, never>;
  'invalid-value-generic': { detail: string };
  'legal-basis-list': { value: string };
  'legal-basis-missing': Record<string, never>;
  'request-channel': Record<string, never>;
  'legal-basis-both': Record<string, never>;
  'text-encoding': { kind: 'utf16' | 'binary' | 'not-utf8' };
  'control-character': { code: string };
  'yaml-tag': { tag: string };
  'yaml-multiple-documents': Record<string, never>;
  'yaml-too-deep': Record<string, never>;
  'mdx-syntax': { detail: string };
  'mdx-front-matter': { detail: string };
  'mdx-code': { what: 'esm' | 'expression' | 'attribute' };
  'mdx-unknown-component': { name: string };
  'template-syntax': { detail: string };
  'template-unknown-helper': { name: string };
  'template-unknown-variable': { name: string };
  'snapshot-invalid': { kind: 'json' | 'shape'; at: string; value: string; referrer: string };
  'content-file': { problem: FileProblem; value: string; type: ContentFileType; maxBytes: number };
  'dpv-unknown-term': { term: string; suggestion?: string };
  'dpv-sunset-term': { term: string; replacement: string };
  'dpv-wrong-kind': { term: string; expected: string };
}
export type DiagnosticCode = keyof DiagnosticParamMap;
export type DiagnosticParams<C extends DiagnosticCode> = DiagnosticParamMap[C];

export interface DiagnosticText {
  message: string;
  hint: string;
}
export type DiagnosticCatalog = { [C in DiagnosticCode]: (p: DiagnosticParamMap[C]) => DiagnosticText };

export function renderDiagnostic<C extends DiagnosticCode>(code: C, params: DiagnosticParams<C>) {
  const fsv = sv[code] as (p: DiagnosticParams<C>) => DiagnosticText;
  const fen = en[code] as (p: DiagnosticParams<C>) => DiagnosticText;
  const a = fsv(params);
  const b = fen(params);
  return { message: { sv: a.message, en: b.message }, hint: { sv: a.hint, en: b.hint } };
}
