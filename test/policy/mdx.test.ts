/** Handbook MDX read by a real MDX parser for the policy PDF: what regexes got wrong. */
import { describe, expect, it } from 'vitest';
import { mdxToBlocks } from '../../generators/policy/mdx.ts';

describe('mdxToBlocks (MDX parser)', () => {
  it('flattens nested emphasis, emphasis with inner underscores and code, links with emphasis inside', () => {
    const { blocks } = mdxToBlocks('Detta är **mycket *viktigt* att veta** för `snake_case_namn` och [en *länk*](https://imy.se) med_understreck_i_ord.\n');
    expect(blocks).toEqual([{ kind: 'p', text: 'Detta är mycket viktigt att veta för snake_case_namn och en länk med_understreck_i_ord.' }]);
  });

  it('keeps the text of a JSX element whose props span lines and hold > and braces', () => {
    const { blocks } = mdxToBlocks('<Callout\n  title="Om a > b"\n  data={{ x: "}", y: [1, 2] }}\n>\n  Texten *inuti* rutan.\n</Callout>\n\nEfter rutan.\n');
    expect(blocks).toEqual([
      { kind: 'p', text: 'Texten inuti rutan.' },
      { kind: 'p', text: 'Efter rutan.' },
    ]);
  });

  it('drops {} expressions, nested braces included, and a multi-line data component with its lead-in', () => {
    const { blocks } = mdxToBlocks(
      'Summan är {values.reduce((a, b) => { return a + b; }, 0)} kronor.\n\nDelegationerna ser ut så här:\n\n<Delegations\n  entity="exempel-ab"\n  filter={{ scope: "all" }}\n/>\n\n{/* en kommentar */}\n\nSista stycket.\n',
    );
    expect(blocks).toEqual([
      { kind: 'p', text: 'Summan är kronor.' },
      { kind: 'p', text: 'Sista stycket.' },
    ]);
  });

  it('reads nested lists and continued items; drops code blocks and ESM spanning lines', () => {
    const { frontmatter, blocks } = mdxToBlocks(
      "---\nsection: rights\nlang: en\n---\nimport {\n  A,\n  B,\n} from './x';\n\n## Steps\n\n- first item\n  continues here\n  - nested **item**\n- second\n\n```ts\nconst x = '# not a heading';\n```\n",
    );
    expect(frontmatter).toEqual({ section: 'rights', lang: 'en' });
    expect(blocks).toEqual([
      { kind: 'h3', text: 'Steps' },
      { kind: 'list', items: ['first item continues here', 'nested item', 'second'] },
    ]);
  });
});
