/** The "Namn och kontaktuppgifter" cell: the company's address and e-mail, the DPO, the joint controllers. */
import { fold } from './values.ts';

type Data = Record<string, unknown>;

export interface ContactParse {
  entity: Data;
  dpo?: { name: string; contact?: string };
  joint: string[];
}

/** Reads the "Namn och kontaktuppgifter" cell as the register exports it (and similar hand-written ones). */
export function parseContact(text: string): ContactParse {
  const out: ContactParse = { entity: {}, joint: [] };
  for (const raw of text.split(/\n+/)) {
    const line = raw.trim();
    const m = /^([^:]+):\s*(.+)$/.exec(line);
    const label = m ? fold(m[1]!) : '';
    const value = m ? m[2]! : line;
    if (/^(dataskyddsombud|data protection officer|dso|dpo)$/.test(label)) {
      const [name, ...rest] = value.split(/,\s*/);
      out.dpo = { name: name!.trim(), ...(rest.length ? { contact: rest.join(', ').trim() } : {}) };
    } else if (/^(gemensamt personuppgiftsansvariga|joint controllers)$/.test(label)) {
      out.joint = value
        .split(/,\s*/)
        .map((s) => s.trim())
        .filter(Boolean);
    } else if (!m || /^(personuppgiftsansvarig|controller|personuppgiftsbitrade|processor)$/.test(label)) {
      const parts = value.split(/,\s*/);
      const addresses: Data[] = [];
      for (let i = 0; i < parts.length; i++) {
        const p = parts[i]!.trim();
        const postal = /^(\d{3} ?\d{2})\s+(.+)$/.exec(p);
        if (postal && i > 0 && !/@/.test(parts[i - 1]!)) {
          addresses.push({ street: parts[i - 1]!.trim(), postalCode: postal[1], city: postal[2] });
        } else if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(p)) out.entity.email = p;
        else if (/^\+?[0-9][0-9 -]{5,}$/.test(p) && i > 0) out.entity.phone = p;
      }
      if (addresses.length) out.entity.addresses = addresses;
    }
  }
  return out;
}
