/** A web address as people read it: "www.example.se/kakor", without the scheme or a trailing slash. */
export function webAddress(url: string): string {
  return url.replace(/^https?:\/\//i, '').replace(/\/$/, '');
}
