/**
 * Checks a DPO-editable Handlebars template (content/templates/*.hbs) as the
 * extract will use it: syntax, and only the helpers and variables the letter
 * provides — so a misspelt name is a located `check` error, not a failure of
 * every extract.
 */
import Handlebars from 'handlebars';

/** The variables of the extract cover letter (generators/extract/letter.ts fills exactly these). */
export const LETTER_VARIABLES = [
  'name',
  'company',
  'reference',
  'received',
  'answered',
  'deadline',
  'channel',
  'delivery',
  'extended',
  'extendedDeadline',
  'extensionReason',
  'freeCopies',
  'dpoName',
] as const;
export type LetterVariable = (typeof LETTER_VARIABLES)[number];

const BLOCK_HELPERS = new Set(['if', 'unless', 'with', 'each']);

export type TemplateProblem =
  | { code: 'template-syntax'; line: number; column: number; detail: string }
  | { code: 'template-unknown-helper'; line: number; column: number; name: string }
  | { code: 'template-unknown-variable'; line: number; column: number; name: string };

type Loc = { start: { line: number; column: number } };
type AnyNode = { type: string; loc?: Loc; [k: string]: unknown };

export function checkTemplateText(text: string, variables: readonly string[] = LETTER_VARIABLES): TemplateProblem[] {
  let ast: hbs.AST.Program;
  try {
    ast = Handlebars.parse(text);
  } catch (e) {
    const message = String((e as Error).message ?? e);
    const line = /on line (\d+)/.exec(message);
    // Handlebars' own words name its grammar tokens; keep only what a writer can act on.
    const mismatch = /(\S+) doesn't match (\S+)/.exec(message);
    const detail = /got 'EOF'/.test(message) ? 'unclosed' : mismatch ? `mismatch:${mismatch[1]}:${mismatch[2]}` : 'other';
    return [{ code: 'template-syntax', line: line ? Number(line[1]) : 1, column: 1, detail }];
  }
  const out: TemplateProblem[] = [];
  const known = new Set(variables);
  const at = (n: AnyNode) => ({ line: n.loc?.start.line ?? 1, column: (n.loc?.start.column ?? 0) + 1 });
  const checkPath = (p: AnyNode | undefined, owner: AnyNode) => {
    if (p?.type !== 'PathExpression') return;
    const original = String(p.original);
    if (original === 'this' || original === '.' || (p.data as boolean)) return; // {{this}}, {{@index}} inside #each
    const head = String((p.parts as string[])[0] ?? original);
    if (!known.has(head)) out.push({ code: 'template-unknown-variable', ...at(owner), name: original });
  };
  const visit = (n: AnyNode | undefined | null): void => {
    if (!n) return;
    switch (n.type) {
      case 'Program':
        for (const s of n.body as AnyNode[]) visit(s);
        return;
      case 'MustacheStatement':
      case 'SubExpression': {
        const params = (n.params as AnyNode[]) ?? [];
        const hash = ((n.hash as AnyNode | undefined)?.pairs as AnyNode[] | undefined) ?? [];
        if (params.length || hash.length) {
          // {{helper arg}}: no inline helpers are registered.
          out.push({ code: 'template-unknown-helper', ...at(n), name: String((n.path as AnyNode).original) });
        } else checkPath(n.path as AnyNode, n);
        for (const p of params) visit(p);
        return;
      }
      case 'BlockStatement': {
        const name = String((n.path as AnyNode).original);
        if (!BLOCK_HELPERS.has(name)) out.push({ code: 'template-unknown-helper', ...at(n), name });
        for (const p of (n.params as AnyNode[]) ?? []) {
          if (p.type === 'PathExpression') checkPath(p, n);
          else visit(p);
        }
        // Inside #each/#with the names refer to the item, not the letter: not checked.
        if (name === 'if' || name === 'unless') {
          visit(n.program as AnyNode);
          visit(n.inverse as AnyNode);
        }
        return;
      }
      case 'PartialStatement':
      case 'PartialBlockStatement':
      case 'DecoratorBlock':
      case 'Decorator':
        out.push({ code: 'template-unknown-helper', ...at(n), name: '>' });
        return;
      default:
        return;
    }
  };
  visit(ast as unknown as AnyNode);
  return out;
}
