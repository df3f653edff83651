/** The sites' favicon: a small shield in the organisation's accent colour, inline (no extra file to serve). */
export function faviconHref(accent: string): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><path fill="${accent}" d="M16 2 4 7v8c0 7.5 5.1 13.4 12 15 6.9-1.6 12-7.5 12-15V7z"/><path fill="#fff" d="m14 21-5-5 2-2 3 3 7-7 2 2z"/></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}
