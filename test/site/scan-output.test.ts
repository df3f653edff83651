/** Issue 20, item 3: the built public site is searched for a personnummer in every written form before it is published. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesWithPersonnummer } from '../../generators/site/scan-output.ts';

describe('last scan of the public output', () => {
  it('finds a personnummer split by tags, entities or a non-breaking hyphen, in HTML, JSON and CSV; ignores clean files and the search index', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gdpr-scan-'));
    mkdirSync(path.join(dir, 'en'));
    mkdirSync(path.join(dir, 'pagefind'));
    writeFileSync(path.join(dir, 'index.html'), '<p>Ring 08-123 456 78 eller skriv till oss. Org.nr 559123-4579.</p>');
    writeFileSync(path.join(dir, 'a.html'), '<p>Kim <b>19121212</b>&#8209;1212 bor här</p>');
    writeFileSync(path.join(dir, 'en', 'b.html'), '<td>121212&nbsp;1212</td>');
    writeFileSync(path.join(dir, 'privacy.json'), '{"note":"1212121212"}');
    writeFileSync(path.join(dir, 'c.csv'), 'x;191212121212\n');
    writeFileSync(path.join(dir, 'pagefind', 'x.json'), '"121212-1212"');
    expect(filesWithPersonnummer(dir)).toEqual(['a.html', 'c.csv', 'en/b.html', 'privacy.json']);
  });
});
