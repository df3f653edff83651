/**
 * What `npm run dev` shows instead of a page while the content has errors:
 * each error's file, line and column, what is wrong and how to fix it, in
 * Swedish and English. Only the DPO's own files are named, never the tool's
 * source or a stack (issue 15, item 7).
 */
import type { Diagnostic } from '../model/diagnostics.ts';
import { contentErrorPage as sv } from '../i18n/sv/content-error-page.ts';
import { contentErrorPage as en } from '../i18n/en/content-error-page.ts';

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export function renderContentErrorPage(diagnostics: readonly Diagnostic[], contentDir: string): string {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const item = (d: Diagnostic) => {
    const where = `${d.file}:${d.line}:${d.column}${d.path ? ` (${d.path})` : ''}`;
    return [
      '<li>',
      `<p><code>${escapeHtml(where)}</code></p>`,
      `<p>${escapeHtml(d.message.sv)}</p>`,
      `<p><strong>${sv.fix}:</strong> ${escapeHtml(d.hint.sv)}</p>`,
      `<p lang="en">${escapeHtml(d.message.en)} <strong>${en.fix}:</strong> ${escapeHtml(d.hint.en)}</p>`,
      '</li>',
    ].join('');
  };
  return [
    '<!doctype html>',
    '<html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${sv.title} / ${en.title}</title>`,
    '<style>body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.5}li{margin-bottom:1.25rem}code{font-size:1.05em;background:#f3f3f3;padding:0 .25em}</style>',
    '</head><body><main>',
    `<h1>${sv.title} <span lang="en">/ ${en.title}</span></h1>`,
    `<p>${escapeHtml(sv.intro(errors.length, contentDir))}</p>`,
    `<p lang="en">${escapeHtml(en.intro(errors.length, contentDir))}</p>`,
    `<ol>${errors.map(item).join('')}</ol>`,
    '</main></body></html>',
  ].join('\n');
}
