/**
 * Makes pdfkit's structure tree complete. pdfkit writes a structure element
 * as soon as it has a parent and is ended, so marked content that continues
 * on the next page (a paragraph, list item or cell broken by a page break)
 * gets a new MCID that is neither in the element's /K nor in the ParentTree:
 * screen readers skip it. Here every element is written only when the
 * document ends, with all its marked-content pieces, and every piece gets
 * its ParentTree entry. Also: one `Document` element as the root, pages
 * with annotations ordered by structure (/Tabs /S), and links to named
 * destinations (`goTo`) tagged like web links.
 */
type Dict = { data: Record<string, unknown> };
type Content = { refs: { pageRef: Dict; mcid: number }[] };
type AnnotRef = { annotationRef: Dict; [PAGE]?: Dict };
type Element = PDFKit.PDFStructureElement & {
  dictionary: Dict;
  _children: unknown[];
  _ended: boolean;
  _flush: () => void;
  _flushChild: (child: unknown) => void;
  _addContentToParentTree: (c: Content) => void;
  add: (child: unknown) => Element;
};
type Internal = PDFKit.PDFDocument & { [ROOT]?: PDFKit.PDFStructureElement };

const PAGE = Symbol('page of annotation');
const ROOT = Symbol('document root');
const isContent = (c: unknown): c is Content => typeof c === 'object' && c !== null && Array.isArray((c as Content).refs);
const isAnnot = (c: unknown): c is AnnotRef => typeof c === 'object' && c !== null && 'annotationRef' in c;

export function completeStructure(doc0: PDFKit.PDFDocument): void {
  const doc = doc0 as Internal;
  const elements: Element[] = [];
  let finishing = false;
  const struct = doc.struct.bind(doc);
  doc.struct = ((...args: Parameters<typeof doc.struct>) => {
    const el = struct(...args) as Element;
    const flush = el._flush.bind(el);
    el._flush = () => {
      if (finishing) flush();
    };
    const add = el.add.bind(el);
    el.add = (child: unknown) => {
      // A link annotation is on the page being drawn now, not on the page current when the element is written.
      if (isAnnot(child)) {
        child[PAGE] = doc.page.dictionary;
        (doc.page.dictionary.data as Record<string, unknown>).Tabs = 'S';
        // The annotation is written right after this: give it the element's description as /Contents.
        const alt = el.dictionary.data.Alt;
        if (alt) child.annotationRef.data.Contents = alt;
      }
      return add(child);
    };
    const flushChild = el._flushChild.bind(el);
    el._flushChild = (child: unknown) => {
      if (isAnnot(child) && child[PAGE]) {
        (el.dictionary.data.K as unknown[]).push({ Type: 'OBJR', Obj: child.annotationRef, Pg: child[PAGE] });
      } else flushChild(child);
    };
    elements.push(el);
    return el;
  }) as typeof doc.struct;
  // pdfkit gives a web link drawn inside a Link element that element as structure parent, but not a link
  // to a named destination (text option `goTo`): do the same for it, so it gets its OBJR and /Contents.
  const goTo = doc.goTo.bind(doc);
  doc.goTo = (x, y, w, h, name, options = {}) => {
    const current = doc._currentStructureElement as Element | undefined;
    return goTo(x, y, w, h, name, current?.dictionary.data.S === 'Link' && !options.structParent ? { ...options, structParent: current } : options);
  };
  const endMarkings = doc.endMarkings.bind(doc);
  doc.endMarkings = () => {
    finishing = true;
    for (const el of elements) {
      // Every piece of marked content, continuations included, points back to its element.
      for (const c of el._children) if (isContent(c)) el._addContentToParentTree(c);
      if (!el._ended) el.end();
    }
    for (let i = elements.length - 1; i >= 0; i--) elements[i]!._flush();
    endMarkings();
  };
}

/** The document's single `Document` structure element, every other element's ancestor. */
export function documentRoot(doc0: PDFKit.PDFDocument): PDFKit.PDFStructureElement {
  const doc = doc0 as Internal;
  if (!doc[ROOT]) {
    doc[ROOT] = doc.struct('Document');
    doc.addStructure(doc[ROOT]);
  }
  return doc[ROOT];
}
