// The PUBLIC privacy notice. `npm run dev` serves this site.
// The internal handbook is a separate build (astro.internal.config.mjs) so
// nothing internal-only can reach the public output.
import { defineConfig } from 'astro/config';
import { contentErrorPage } from './generators/site/dev-errors.ts';

export default defineConfig({
  srcDir: './src/sites/public',
  publicDir: './src/sites/public/static',
  cacheDir: './node_modules/.astro-public',
  outDir: './dist/public',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentErrorPage()],
  devToolbar: { enabled: false },
});
