// The INTERNAL staff handbook (dist/internal/). Only this site loads
// internal-only entries and the MDX policy prose.
import { defineConfig } from 'astro/config';
import { contentErrorPage } from './generators/site/dev-errors.ts';
import mdx from '@astrojs/mdx';

export default defineConfig({
  srcDir: './src/sites/internal',
  publicDir: './src/sites/internal/static',
  cacheDir: './node_modules/.astro-internal',
  outDir: './dist/internal',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), contentErrorPage()],
  // The handbook is prose: no code to highlight, so Shiki (a WebAssembly regex engine and
  // grammars, loaded by every build) is left out. A code block renders as plain <pre><code>.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
});
