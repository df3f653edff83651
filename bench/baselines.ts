/**
 * Baselines measured in the same run as our numbers, so results are ratios
 * that survive a noisy machine: a bare Astro site with the same number of
 * plain pages, and raw pdfkit writing comparable text with the same font.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Writes a bare Astro 7 project with `pages` plain pages of some text each. */
export function writeBareAstro(dir: string, pages: number): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'src/pages'), { recursive: true });
  writeFileSync(path.join(dir, 'astro.config.mjs'), "export default { outDir: './dist', telemetry: false };\n");
  const para = 'Vi behandlar personuppgifter för att kunna ge stöd och service. '.repeat(20);
  for (let i = 0; i < pages; i++) {
    writeFileSync(
      path.join(dir, 'src/pages', `page-${i}.astro`),
      `---\nconst title = 'Sida ${i}';\n---\n<html lang="sv"><head><meta charset="utf-8"><title>{title}</title></head>` +
        `<body><main><h1>{title}</h1><p>${para}</p><p>${para}</p></main></body></html>\n`,
    );
  }
}
