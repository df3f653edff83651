/**
 * The check itself, trusted only after it fails: each kind of finding is
 * planted once in a small output of the kind it comes from (HTML, PDF lines,
 * CSV, Markdown, layout blocks) and must be reported with file, place and text.
 */
import { describe, expect, it } from 'vitest';
import { checkDoc, type Finding, type FindingKind } from './checks.ts';
import { blocksDoc, csvDoc, htmlItems, markdownDoc, type TextDoc } from './extract.ts';

const html = (body: string, lang = 'sv') => htmlItems('page.html', `<!doctype html><html lang="${lang}"><head><title>x</title></head><body><main>${body}</main></body></html>`);
const pdfLines = (lines: string[], lang: 'sv' | 'en' = 'sv'): TextDoc => ({
  file: 'doc.pdf',
  lang,
  lines,
  items: lines.map((text, i) => ({ kind: 'text', text, lang, place: `page 1, line ${i + 1}`, block: true })),
});
const kinds = (fs: Finding[]) => fs.map((f) => f.kind);
const only = (doc: TextDoc, kind: FindingKind, ids?: Set<string>) => {
  const found = checkDoc(doc, ids ? { ids } : {});
  expect(kinds(found)).toContain(kind);
  return found.find((f) => f.kind === kind)!;
};

describe('text-quality check: each kind fails once on purpose', () => {
  it('punctuation: ".,", "..", " ,", ". från", "( ", "()"', () => {
    for (const text of ['så länge lagen kräver det., räknat från', 'det slutar.. Sedan', 'namn , adress', 'till din personalakt. från att du anställs', 'se ( bilaga)', 'lagen ()']) {
      const f = only(html(`<p>${text}</p>`), 'punctuation');
      expect(f.file).toBe('page.html');
      expect(f.place).toBe('body > main > p');
    }
    // Allowed: an ellipsis, an abbreviation before a comma.
    expect(checkDoc(html('<p>Letterbird Inc., Nordmoln AB och så vidare...</p>'))).toEqual([]);
  });

  it('a sentence repeated back to back, also after "Nej,"', () => {
    const f = only(html('<p>Nej, det är frivilligt. Det är frivilligt. Utan e-post kan vi inte svara.</p>'), 'repeated-sentence');
    expect(f.text).toBe('Nej, det är frivilligt. Det är frivilligt.');
    only(html('<p>Vi sparar uppgifterna. Vi sparar uppgifterna.</p>'), 'repeated-sentence');
  });

  it('a parenthesised SFS number repeated', () => {
    const f = only(html('<p>Discrimination Act (2008:567) (2008:567)</p>', 'en'), 'repeated-sfs');
    expect(f.text).toBe('(2008:567) (2008:567)');
  });

  it('undefined, null, NaN, [object, template braces', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a template placeholder left in output is what the check must find.
    for (const text of ['Sparas i undefined år', 'Mottagare: null', 'inom NaN dagar', 'Värde: [object Object]', 'Hej {{name}}', 'inom ${d}']) {
      only(csvDoc('register.csv', `"${text}";ok\n`, 'sv'), 'placeholder');
    }
  });

  it('raw content ids in prose', () => {
    const f = only(markdownDoc('changelog.md', '- Tillagd: 2 år från kontrollen (registerkontroll-lss); raderas', 'sv'), 'raw-id', new Set(['registerkontroll-lss']));
    expect(f.place).toBe('line 1');
    expect(f.text).toContain('registerkontroll-lss');
    // In a path or a URL an id is not prose.
    expect(checkDoc(html('<p>Se /behandlingar/registerkontroll-lss/ och www.exempel.se</p>'), { ids: new Set(['registerkontroll-lss']) })).toEqual([]);
  });

  it('number–noun disagreement, Swedish and English', () => {
    only(html('<li>Rapport till dataskyddsombudet inom 1 timmar</li>'), 'number-agreement');
    only(html('<li>inom 3 dag</li>'), 'number-agreement');
    only(html('<li>within 1 hours</li>', 'en'), 'number-agreement');
    only(html('<li>every 2 month</li>', 'en'), 'number-agreement');
    expect(checkDoc(html('<li>inom 1 timme, 2 timmar, 1 år, 3 dagar, 1 månad</li>'))).toEqual([]);
  });

  it('a heading with no content before the next heading of the same or higher level', () => {
    const f = only(html('<h2>Kort om varje grupp</h2><h2>Mer</h2><p>Text.</p>'), 'empty-heading');
    expect(f.text).toBe('Kort om varje grupp');
    only(blocksDoc('policy (blocks)', [{ kind: 'h2', text: 'Roller' }], 'sv'), 'empty-heading');
    // A sub-heading with content is content.
    expect(checkDoc(html('<h2>Gallring</h2><h3>Akt</h3><p>Två år.</p>'))).toEqual([]);
  });

  it('a label followed by nothing or by an empty list', () => {
    only(
      blocksDoc(
        'policy (blocks)',
        [
          { kind: 'h2', text: 'Rutin' },
          { kind: 'p', text: 'Tidsfrister:' },
          { kind: 'h2', text: 'Nästa' },
          { kind: 'p', text: 'Text.' },
        ],
        'sv',
      ),
      'empty-label',
    );
    only(html('<section><p>Så här ser de gällande delegeringarna ut:</p></section><p>Annat.</p>'), 'empty-label');
    only(html('<p>Mottagare:</p><ul></ul>'), 'empty-label');
    expect(checkDoc(html('<p>Tidsfrister:</p><ul><li>inom 72 timmar</li></ul>'))).toEqual([]);
  });

  it('Swedish text in an English output, English in a Swedish one', () => {
    const f = only(html('<p>Det är frivilligt att lämna uppgifter och vi sparar dem inte.</p>', 'en'), 'wrong-language');
    expect(f.text).toContain('frivilligt');
    only(html('<p>The data are kept for two years and then we delete them.</p>'), 'wrong-language');
    // A Swedish fallback marked lang="sv" inside an English page is not English text.
    expect(checkDoc(html('<p><span lang="sv">Det är frivilligt att lämna uppgifter och vi sparar dem inte.</span></p>', 'en'))).toEqual([]);
  });

  it('in PDFs: a word broken across lines without a hyphen', () => {
    const f = only(pdfLines(['Organisationsnummer och namn', 'Ditt organisations', 'nummer står här']), 'pdf-split-word');
    expect(f.place).toBe('line 2–3');
  });

  it('in PDFs: an organisationsnummer split across lines', () => {
    only(pdfLines(['Exempel AB, org.nr 556677-', '8899, Storgatan 1']), 'pdf-split-orgnr');
  });

  it('in PDFs: "23 c §" split across lines', () => {
    only(pdfLines(['enligt LSS 23 c', '§ ska akten gallras']), 'pdf-split-section');
    only(pdfLines(['PDL 3 kap. 17', '§ och mer']), 'pdf-split-section');
  });
});
