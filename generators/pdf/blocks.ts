/**
 * The one document model every PDF is drawn from (policy, register, notice,
 * register extracts): composing a document yields blocks, so its wording is
 * testable without a PDF; `layout.ts` draws them.
 */
export type Block =
  /** `level`: the structure level (H1–H6) when it differs from the look (e.g. a policy section looks like h1 but is H2 under the title). */
  | { kind: 'h1' | 'h2' | 'h3' | 'h4'; text: string; id?: string; level?: number }
  /** `caption`: the title of the table or list that follows, kept with its start. */
  | { kind: 'p'; text: string; style?: 'italic' | 'bold' | 'small' | 'caption' }
  | { kind: 'list'; items: string[] }
  /** Column headers are TH scope Column; without widths the columns share the width equally. */
  | { kind: 'table'; columns: { label: string; width?: number }[]; rows: string[][]; fontSize?: number }
  /** Label/value rows: the label is a row header (TH scope Row). */
  | { kind: 'fields'; rows: [label: string, value: string][] }
  /** A table of contents: each row's last cell becomes the page of the heading with that id (known only at the end). */
  | { kind: 'contents'; columns: { label: string; width: number }[]; rows: [text: string, headingId: string][]; fontSize?: number }
  | { kind: 'pagebreak' }
  | { kind: 'space'; height: number };
