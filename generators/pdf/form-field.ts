/**
 * Fillable AcroForm fields that stay accessible (PDF/UA, WCAG PDF12): each
 * widget carries its accessible name (/TU), is the object of an OBJR in a
 * `Form` structure element (so a screen reader meets it in reading order, and
 * /Tabs /S — set in structure.ts — makes Tab follow that order), and its box
 * is drawn as an artifact so a printed blank form shows where to write.
 * pdfkit writes a widget as soon as it is created, so the extra keys are
 * given to its annotate() call.
 */
type Annotate = (x: number, y: number, w: number, h: number, options: Record<string, unknown>) => PDFKit.PDFDocument;
type WithAnnotate = PDFKit.PDFDocument & { annotate: Annotate };

/** Every glyph a person may type, embedded so a viewer can show typed text in the document's own font. */
const TYPABLE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖÆØÜÉabcdefghijklmnopqrstuvwxyzåäöæøüéèáàíóúñç0123456789 .,:;-–_+@/()&\'"!?#%*=';

/** Starts the document's form; call once, with the body font selected. */
export function initFillableForm(doc: PDFKit.PDFDocument): void {
  doc.font('body');
  // pdfkit embeds only the glyphs drawn; the form's default font must also hold what a person types.
  doc._font!.encode(TYPABLE);
  doc.initForm();
}

/** Draws `draw` inside a `Form` element whose widget gets `extra` keys; returns the element. */
function tagged(doc: PDFKit.PDFDocument, parent: PDFKit.PDFStructureElement, extra: Record<string, unknown>, draw: () => void): PDFKit.PDFStructureElement {
  const form = doc.struct('Form');
  parent.add(form);
  const d = doc as WithAnnotate;
  const annotate = d.annotate;
  d.annotate = (x, y, w, h, options) => annotate.call(d, x, y, w, h, { ...options, ...extra, structParent: form });
  try {
    draw();
  } finally {
    d.annotate = annotate;
  }
  form.end();
  return form;
}

/** The box a printed form shows, as decoration (an artifact), not content. */
function box(doc: PDFKit.PDFDocument, x: number, y: number, w: number, h: number): void {
  doc.markContent('Artifact', { type: 'Layout' });
  doc.save().lineWidth(0.8).strokeColor('#555555').rect(x, y, w, h).stroke().restore();
  doc.endMarkedContent();
}

export interface FieldOptions {
  /** The field's name in the form data (unique, no dots). */
  name: string;
  /** The accessible name (/TU): what a screen reader says; the visible label's words. */
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
  multiline?: boolean;
}

/** A text field under `parent`. */
export function textField(doc: PDFKit.PDFDocument, parent: PDFKit.PDFStructureElement, o: FieldOptions): PDFKit.PDFStructureElement {
  box(doc, o.x, o.y, o.width, o.height);
  return tagged(doc, parent, { TU: new String(o.label) }, () => {
    doc.formText(o.name, o.x, o.y, o.width, o.height, { multiline: !!o.multiline, align: 'left' });
  });
}

/**
 * A check box under `parent`, unticked, with its own appearances (a drawn tick,
 * no font), so every viewer shows and prints its state.
 */
export function checkBox(doc: PDFKit.PDFDocument, parent: PDFKit.PDFStructureElement, o: Omit<FieldOptions, 'height' | 'multiline'>): PDFKit.PDFStructureElement {
  const s = o.width;
  box(doc, o.x, o.y, s, s);
  const appearance = (content: string) => {
    const ref = doc.ref({ Type: 'XObject', Subtype: 'Form', BBox: [0, 0, s, s], Resources: {} });
    ref.end(content);
    return ref;
  };
  const tick = `q 0 0 0 RG ${(s / 8).toFixed(2)} w 1 J 1 j ${(s * 0.2).toFixed(2)} ${(s * 0.5).toFixed(2)} m ${(s * 0.42).toFixed(2)} ${(s * 0.25).toFixed(2)} l ${(s * 0.8).toFixed(2)} ${(s * 0.78).toFixed(2)} l S Q`;
  const on = appearance(tick);
  const off = appearance('');
  return tagged(doc, parent, { TU: new String(o.label), V: 'Off', AS: 'Off', AP: { N: { Yes: on, Off: off } } }, () => {
    doc.formCheckbox(o.name, o.x, o.y, s, s, {});
  });
}
