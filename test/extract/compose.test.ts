import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { loadModelOrThrow } from '../../src/model/load.ts';
import { checkRequestText } from '../../generators/extract/input.ts';
import { composeExtract } from '../../generators/extract/compose.ts';

const FIX = path.resolve(import.meta.dirname, '../fixtures/extract');
const model = loadModelOrThrow(path.join(FIX, 'content'));
const request = checkRequestText(readFileSync(path.join(FIX, 'requests/ref-a.yaml'), 'utf8'), 'ref-a.yaml', model);

describe('extract: categories of an activity', () => {
  it('lists the categories held on the person first, then the rest of the activity in its order', () => {
    expect(request.problems).toEqual([]);
    // The activity processes [name, address, personnummer, health]; the request holds name, address and health.
    const lists = (lang: 'sv' | 'en') =>
      composeExtract({ model, request: request.request!, activities: request.activities!, lang }).blocks.flatMap((b) =>
        b.kind === 'list' && b.items.includes(lang === 'sv' ? 'Personnummer' : 'Personal identity number') ? [b.items] : [],
      );
    expect(lists('sv')).toEqual([['Namn', 'Adress', 'Hälsouppgifter', 'Personnummer']]);
    expect(lists('en')).toEqual([['Name', 'Address', 'Health data', 'Personal identity number']]);
  });
});
