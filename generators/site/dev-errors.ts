/** Astro integration: under `astro dev` only, pages show content errors as a readable page (src/site-data/content-error-middleware.ts). */
import type { AstroIntegration } from 'astro';

export function contentErrorPage(): AstroIntegration {
  return {
    name: 'gdpr-docs-content-error-page',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        // A build refuses content with errors before Astro starts; its pages never need this.
        if (command !== 'dev') return;
        addMiddleware({ entrypoint: new URL('../../src/site-data/content-error-middleware.ts', import.meta.url), order: 'pre' });
      },
    },
  };
}
