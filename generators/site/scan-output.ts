/**
 * A last look at what is about to be published: every text file of a built
 * site (HTML, JSON, CSV, XML, text) is searched for a personnummer, tags and
 * entities removed first. Content is checked at the source already; this
 * catches a number assembled by a page or a component.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { findPersonnummer } from '../../src/model/validators/personnummer.ts';

const TEXT = new Set(['.html', '.json', '.jsonld', '.csv', '.xml', '.txt', '.svg', '.js']);

/** Files (relative to `dir`) that contain a valid personnummer in any written form. */
export function filesWithPersonnummer(dir: string): string[] {
  const hits: string[] = [];
  const visit = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const abs = path.join(d, e.name);
      if (e.isDirectory()) {
        // Pagefind's index is compressed; its text comes from the HTML searched here.
        if (e.name !== 'pagefind') visit(abs);
      } else if (TEXT.has(path.extname(e.name).toLowerCase())) {
        const text = readFileSync(abs, 'utf8')
          // Inline tags can split a number ("<b>191212</b>-1212"): drop them; block tags separate words.
          .replace(/<\/?(?:b|i|em|strong|span|a|mark|small|abbr|bdi|bdo|code|kbd|q|s|sub|sup|u|wbr)(?:\s[^>]*)?>/gi, '')
          .replace(/<[^>]*>/g, ' ')
          .replace(/&nbsp;|&#160;|&#xa0;/gi, ' ')
          .replace(/&#8209;|&#x2011;|\u2011|&ndash;|\u2013/gi, '-');
        if (findPersonnummer(text).length) hits.push(path.relative(dir, abs).split(path.sep).join('/'));
      }
    }
  };
  visit(dir);
  return hits.sort();
}
