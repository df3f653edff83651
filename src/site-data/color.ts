/** WCAG contrast helpers: the accent colour from content is darkened until text on white passes AA. */
const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const parse = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
export const luminance = (hex: string) => {
  const [r, g, b] = parse(hex).map(channel) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
export const contrast = (a: string, b: string) => {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
};
const toHex = (rgb: number[]) =>
  '#' +
  rgb
    .map((v) =>
      Math.max(0, Math.min(255, Math.round(v)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('');

/** The accent, darkened in steps until it reaches `min` contrast against white (and the light tint page background). */
export function accessibleAccent(hex: string, min = 5): string {
  let rgb = parse(hex);
  let out = hex.toLowerCase();
  for (let i = 0; i < 40 && (contrast(out, '#ffffff') < min || contrast(out, '#f5f7f7') < 4.5); i++) {
    rgb = rgb.map((v) => v * 0.9) as [number, number, number];
    out = toHex(rgb);
  }
  return out;
}
