/**
 * Which links content may publish. A URL field becomes an `href` on public
 * pages and in PDFs, so only schemes that cannot run code are accepted:
 * `https:` everywhere, `mailto:`/`tel:` only where a field means a contact.
 */
export type LinkScheme = 'https' | 'mailto' | 'tel';

// Control characters and spaces never belong in a link; browsers strip some of them,
// which is how "java\tscript:" slips past naive checks.
const UNSAFE_CHARS = /[\u0000-\u0020\u007f-\u009f]/;

/** True when `value` is an absolute URL with one of the allowed schemes (and a host for https). */
export function isSafeLink(value: string, schemes: readonly LinkScheme[] = ['https']): boolean {
  if (UNSAFE_CHARS.test(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  const scheme = url.protocol.slice(0, -1) as LinkScheme;
  if (!schemes.includes(scheme)) return false;
  if (scheme === 'https') return url.hostname.length > 0 && !url.username && !url.password;
  if (scheme === 'mailto') return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(decodeURIComponent(url.pathname));
  return /^\+?[0-9][0-9-]{4,}$/.test(url.pathname); // tel:
}
