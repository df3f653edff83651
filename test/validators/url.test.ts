import { describe, expect, it } from 'vitest';
import { isSafeLink } from '../../src/model/validators/url.ts';
import { LinkSchema, UrlSchema } from '../../src/model/schemas/shared.ts';

describe('safe links (issue 20, item 2)', () => {
  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(document.cookie)',
    'java\tscript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'http://www.example.se',
    'file:///etc/passwd',
    'https://',
    'https://user:secret@example.se',
    '//example.se/path',
    'www.example.se',
  ])('a web-address field refuses %j', (value) => {
    expect(isSafeLink(value)).toBe(false);
    expect(UrlSchema.safeParse(value).success).toBe(false);
  });

  it('accepts https addresses', () => {
    expect(UrlSchema.safeParse('https://www.imy.se/privatperson/').success).toBe(true);
    expect(UrlSchema.safeParse('https://exempel.se/a?b=c#d').success).toBe(true);
  });

  it('a contact link also takes mailto: and tel:, nothing else', () => {
    expect(LinkSchema.safeParse('mailto:dataskydd@exempel.se').success).toBe(true);
    expect(LinkSchema.safeParse('tel:+46812345678').success).toBe(true);
    expect(LinkSchema.safeParse('https://exempel.se').success).toBe(true);
    expect(LinkSchema.safeParse('mailto:javascript:alert(1)').success).toBe(false);
    expect(LinkSchema.safeParse('tel:javascript:alert(1)').success).toBe(false);
    expect(LinkSchema.safeParse('javascript:alert(1)').success).toBe(false);
    expect(UrlSchema.safeParse('mailto:dataskydd@exempel.se').success).toBe(false);
  });
});
