/** A tiny document model between composing the answer and drawing it, so the wording is testable without a PDF. */
export type Block =
  | { kind: 'h1' | 'h2' | 'h3' | 'h4' | 'p' | 'small'; text: string }
  | { kind: 'list'; items: string[] }
  /** A table with column headers (TH scope Column). */
  | { kind: 'table'; columns: string[]; rows: string[][] }
  /** Label/value rows: the label is a row header (TH scope Row). */
  | { kind: 'pairs'; rows: [string, string][] };

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
