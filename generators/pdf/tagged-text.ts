/**
 * Text drawn into a structure element so that every glyph is tagged: the
 * text's marked content is added to the element only after it is drawn, so
 * the pieces a page break creates belong to it too (see structure.ts). E-mail
 * addresses and web addresses become Link elements with a link annotation
 * whose /Contents (the element's Alt, set in structure.ts) says where it goes.
 */
const LINK = /(?:https?:\/\/[^\s<>()]+|www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+[^\s<>()]*|[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})/gi;
const LINK_COLOUR = '#1d4f91';

export interface TextPart {
  text: string;
  /** A web or mailto address, or (`goTo`) a named destination in the document; `label` describes where it goes. */
  href?: string;
  goTo?: string;
  label?: string;
}

/** The text cut into plain parts and links (e-mail → mailto:, www → https://). */
export function linkParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(LINK)) {
    // Sentence punctuation after an address is not part of it.
    const value = m[0].replace(/[.,;:!?]+$/, '');
    const start = m.index;
    if (start > last) parts.push({ text: text.slice(last, start) });
    const email = value.includes('@') && !/^https?:/i.test(value);
    const href = email ? `mailto:${value}` : /^https?:/i.test(value) ? value : `https://${value}`;
    parts.push({ text: value, href, label: email ? `E-post: ${value}` : `Webb: ${value}` });
    last = start + value.length;
  }
  if (last < text.length || !parts.length) parts.push({ text: text.slice(last) });
  return parts;
}

type Tagged = PDFKit.PDFStructureElement & { dictionary: { data: { S: string } } };

export interface TaggedTextOptions extends PDFKit.Mixins.TextOptions {
  /** Turn e-mail and web addresses into links (default true). */
  links?: boolean;
  /** The whole text is one link to this named destination, described by `label` (e.g. "Go to … on page 12"). */
  linkTo?: { name: string; label: string };
}

/**
 * Draws `text` at (x, y) as content of `el` (already in the tree or added
 * later; not ended here). Options are pdfkit's text options.
 */
export function taggedText(doc0: PDFKit.PDFDocument, el0: PDFKit.PDFStructureElement, text: string, x: number | undefined, y: number | undefined, opts: TaggedTextOptions = {}): void {
  const doc = doc0;
  const el = el0 as Tagged;
  if (text.includes('\n')) {
    // Each line its own marked content, so lines (an address, a date and a reference) never run together when read.
    text.split('\n').forEach((line, i) => taggedText(doc, el, line, x, i === 0 ? y : undefined, opts));
    return;
  }
  const tag = el.dictionary.data.S;
  const { links = true, linkTo, ...options } = opts;
  const parts: TextPart[] = linkTo ? [{ text, goTo: linkTo.name, label: linkTo.label }] : links ? linkParts(text) : [{ text }];
  if (parts.length === 1 && !parts[0]!.href && !parts[0]!.goTo) {
    const content = doc.markStructureContent(tag);
    el.add(content);
    doc.text(text, x as number, y as number, options);
    doc.endMarkedContent();
    return;
  }
  const colour = doc._fillColor as [string, number] | undefined;
  parts.forEach((p, i) => {
    const o = { ...options, continued: i < parts.length - 1 } as PDFKit.Mixins.TextOptions;
    const at = (s: string, extra: object = {}) => (i === 0 ? doc.text(s, x as number, y as number, { ...o, ...extra }) : doc.text(s, { ...o, ...extra }));
    if (!p.href && !p.goTo) {
      const content = doc.markStructureContent(tag);
      el.add(content);
      at(p.text);
    } else {
      const link = doc.struct('Link', { alt: p.label! });
      el.add(link);
      const content = doc.markStructureContent('Link');
      link.add(content);
      const previous = doc._currentStructureElement;
      // pdfkit gives each line's link annotation this element as its structure parent.
      doc._currentStructureElement = link;
      doc.fillColor(LINK_COLOUR);
      at(p.text, p.goTo ? { goTo: p.goTo, underline: true } : { link: p.href, underline: true });
      if (colour) doc.fillColor(colour[0], colour[1]);
      else doc.fillColor('black');
      doc._currentStructureElement = previous;
      link.end();
    }
    // Also clears the link and underline options a continued text would carry to the next part.
    doc.endMarkedContent();
  });
}

/** A new element of `type` under `parent` holding `text`. */
export function taggedParagraph(
  doc: PDFKit.PDFDocument,
  parent: PDFKit.PDFStructureElement,
  type: string,
  text: string,
  x: number | undefined,
  y: number | undefined,
  opts: TaggedTextOptions = {},
): PDFKit.PDFStructureElement {
  const el = doc.struct(type);
  parent.add(el);
  taggedText(doc, el, text, x, y, { links: !/^H\d$/.test(type), ...opts });
  el.end();
  return el;
}
