/**
 * Data flows one way (docs/architecture.md): content → model (src/) → outputs
 * (generators/). The site's code never imports a generator; an output never
 * imports another output, only the shared PDF layer, shared helpers and src/.
 */
import { describe, expect, it } from 'vitest';
import { importGraph, importsOf, type Import } from './imports.ts';

/** Folders of generators/ that each make one kind of document. */
const OUTPUTS = ['policy', 'register', 'notice', 'extract', 'request-form'];
/** What every output may build on, besides its own folder, src/ and packages. */
const SHARED = ['generators/pdf/', 'generators/shared/'];

const generatorsFolder = (p: string) => (p.startsWith('generators/') ? p.split('/').slice(0, 2).join('/') + (p.split('/').length > 2 ? '/' : '') : undefined);

/** The imports that break the layering, as "from → to". */
function violations(imports: readonly Import[]): string[] {
  return imports
    .filter(({ from, to }) => {
      if (!to.startsWith('generators/')) return false;
      if (from.startsWith('src/')) return true;
      const own = generatorsFolder(from);
      if (own === undefined || to.startsWith(own)) return false;
      const output = OUTPUTS.find((o) => from.startsWith(`generators/${o}/`));
      if (output) return !SHARED.some((s) => to.startsWith(s));
      // The shared layers build on src/ and each other only, never on an output or a command.
      if (SHARED.some((s) => from.startsWith(s))) return !SHARED.some((s) => to.startsWith(s));
      return false;
    })
    .map(({ from, to }) => `${from} → ${to}`);
}

describe('layering', () => {
  it('src/ never imports generators/, and no output imports another output (or a command)', () => {
    const graph = importGraph(['src', 'generators']);
    // The graph is really read: outputs use the shared PDF layer and the model.
    expect(graph).toContainEqual({ from: 'generators/policy/index.ts', to: 'generators/pdf/layout.ts' });
    expect(graph.some(({ from, to }) => from.endsWith('.astro') && to.startsWith('src/'))).toBe(true);
    expect(violations(graph)).toEqual([]);
  });

  it('catches each kind of forbidden import: static, type-only, re-export, dynamic, and in .astro front matter', () => {
    const planted = [
      ...importsOf('generators/register/pdf.ts', "import { renderBlocks } from '../policy/pdf-layout.ts';"),
      ...importsOf('generators/notice/outline.ts', "import type { Block } from '../extract/blocks.ts';"),
      ...importsOf('generators/pdf/layout.ts', "export { x } from '../policy/sections.ts';"),
      ...importsOf('src/content.config.ts', "const m = await import('../generators/rules-doc.ts');"),
      ...importsOf('src/components/internal/Signatures.astro', "---\nimport { signatureBlock } from '../../../generators/policy/signatures.ts';\n---\n<p/>"),
      // Allowed: an output on the shared layers and src/; a command on an output.
      ...importsOf('generators/policy/index.ts', "import { createPdf } from '../pdf/document.ts';\nimport type { Model } from '../../src/model/model.ts';"),
      ...importsOf('generators/site/generated.ts', "import { writePolicyPdfs } from '../policy/index.ts';"),
    ];
    expect(violations(planted)).toEqual([
      'generators/register/pdf.ts → generators/policy/pdf-layout.ts',
      'generators/notice/outline.ts → generators/extract/blocks.ts',
      'generators/pdf/layout.ts → generators/policy/sections.ts',
      'src/content.config.ts → generators/rules-doc.ts',
      'src/components/internal/Signatures.astro → generators/policy/signatures.ts',
    ]);
  });
});
