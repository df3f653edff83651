/** A register extract between composing the answer and drawing it, so the wording is testable without a PDF. */
import type { Block } from '../pdf/blocks.ts';

export interface Letterhead {
  lines: string[];
  /** Date and reference, printed at the right. */
  meta: [string, string][];
  recipient: string[];
}

export interface ExtractDocument {
  title: string;
  lang: 'sv' | 'en';
  date: string;
  author: string;
  letterhead: Letterhead;
  blocks: Block[];
}
