/** The staff handbook is Swedish; English MDX (front matter lang: en, or "x.en.mdx") feeds only the English policy PDF. */
export function isSwedishHandbook(entry: { id: string; data: unknown }): boolean {
  const lang = (entry.data as { lang?: string } | undefined)?.lang;
  return lang ? lang === 'sv' : !/(^|[.-])en$/.test(entry.id);
}
