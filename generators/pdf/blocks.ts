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
  /**
   * A table of contents: each row is its cells and, last, the id of a heading, which becomes a last cell with the
   * heading's page (known only at the end), worded by `page` ("se sidan {page}"; default the number alone). With
   * `link` ("Gå till {text}, sidan {page}"), each row's first cell is a link to the heading (a named destination)
   * and `link` is its description.
   */
  | { kind: 'contents'; columns: { label: string; width: number }[]; rows: [text: string, ...cells: string[]][]; fontSize?: number; page?: string; link?: string }
  | { kind: 'pagebreak' }
  | { kind: 'space'; height: number };
