/** Orders that a register split over several sheets implies: of activities, and of an activity's controllers. */

/**
 * One order of activities that keeps each sheet's order: a register split per
 * company lists each company's activities in the same overall order.
 */
export function mergeOrder(sequences: string[][]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const seq of sequences) {
    // Keys of this sheet already placed by an earlier sheet: each new key goes before the next of them.
    const nextKnown: (string | undefined)[] = new Array(seq.length);
    let next: string | undefined;
    for (let i = seq.length - 1; i >= 0; i--) {
      nextKnown[i] = next;
      if (seen.has(seq[i]!)) next = seq[i];
    }
    seq.forEach((key, i) => {
      if (seen.has(key)) return;
      seen.add(key);
      const before = nextKnown[i];
      const prev = i > 0 ? seq[i - 1] : undefined;
      if (before !== undefined) out.splice(out.indexOf(before), 0, key);
      else if (prev === undefined || out.at(-1) === prev) out.push(key);
      else out.splice(out.indexOf(prev) + 1, 0, key);
    });
  }
  return out;
}

/**
 * Orders the activity's controllers. Each sheet's contact cell lists the
 * other controllers in the activity's order, so the order is the one that,
 * minus each sheet's own company, gives every sheet's list.
 */
export function controllerOrder(ids: string[], views: { controller: string; joint: string[] }[]): string[] {
  const full = views.find((v) => v.joint.length === ids.length - 1 && !v.joint.includes(v.controller));
  if (!full) return ids;
  for (let k = 0; k <= full.joint.length; k++) {
    const order = [...full.joint.slice(0, k), full.controller, ...full.joint.slice(k)];
    if (views.every((v) => order.filter((x) => x !== v.controller).join('\n') === v.joint.join('\n'))) return order;
  }
  return ids;
}
