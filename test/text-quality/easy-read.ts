/**
 * Reads a built lättläst page into its sections (intro, each activity with its
 * four answers, rights, complaint) and finds paragraphs said twice: a reader
 * of the easy-to-read page must never meet the same paragraph in two places.
 */
export interface EasySection {
  kind: string;
  id: string;
  answers: Map<string, string[]>;
  paragraphs: string[];
}

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
const blocks = (html: string) => [...html.matchAll(/<(p|li)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => text(m[2]!)).filter(Boolean);

export function easySections(html: string): EasySection[] {
  const out: EasySection[] = [];
  const intro = html.match(/<div data-easy="intro">([\s\S]*?)<\/div>/);
  if (intro) out.push({ kind: 'intro', id: 'intro', answers: new Map(), paragraphs: blocks(intro[1]!) });
  for (const m of html.matchAll(/<section data-easy="(\w+)"(?: data-activity="([^"]+)")?[^>]*>([\s\S]*?)<\/section>/g)) {
    const answers = new Map([...m[3]!.matchAll(/<div data-easy-answer="(\w+)">([\s\S]*?)<\/div>/g)].map((a) => [a[1]!, blocks(a[2]!)] as const));
    out.push({ kind: m[1]!, id: m[2] ?? m[1]!, answers, paragraphs: blocks(m[3]!) });
  }
  return out;
}

/**
 * Paragraphs (p or li) said in two sections, word for word, or prose (the
 * introduction, an activity's own text) as part of a longer paragraph (four
 * words or more). The generated answer to the same
 * question of two activities may repeat ("Sedan tar vi bort dem." twice reads
 * naturally, each under its own activity); anything else may not — least of
 * all the introduction repeated in an activity.
 */
export function sharedParagraphs(sections: EasySection[]): string[] {
  const placed = sections.flatMap((s) => {
    const question = new Map<string, string>();
    for (const [q, ps] of s.answers) for (const p of ps) question.set(p, q);
    return s.paragraphs.map((p) => ({ p, section: s.id, question: question.get(p) }));
  });
  const generated = (q?: string) => q !== undefined && q !== 'what';
  const problems = new Set<string>();
  for (const a of placed) {
    for (const b of placed) {
      if (a.section === b.section || (a.question === b.question && generated(a.question))) continue;
      const words = a.p.split(' ').length;
      if (a.p === b.p) problems.add(`"${a.p}" in ${[a.section, b.section].sort().join(', ')}`);
      // A name in a list (a recipient, a data category) may recur inside a sentence; prose may not.
      else if (!generated(a.question) && words >= 4 && b.p.toLowerCase().includes(a.p.toLowerCase())) problems.add(`"${a.p}" in ${a.section}, part of "${b.p}" in ${b.section}`);
    }
  }
  return [...problems];
}
