/**
 * Dev server only (added by generators/site/dev-errors.ts): while the content
 * has errors, every page answers with the content error page instead of
 * Astro's error overlay, which shows the tool's own source and a stack.
 */
import { defineMiddleware } from 'astro:middleware';
import { resolveContentDir } from '../model/content-dir.ts';
import { loadCached } from './model.ts';
import { renderContentErrorPage } from './content-error-page.ts';

export const onRequest = defineMiddleware((_context, next) => {
  const dir = resolveContentDir();
  const { model, diagnostics } = loadCached(dir);
  if (model) return next();
  return new Response(renderContentErrorPage(diagnostics, dir), {
    status: 500,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
  });
});
