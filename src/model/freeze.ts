/** Freezes plain objects and arrays recursively; Maps stay as they are but are typed read-only. */
export function deepFreeze<T>(value: T, seen = new WeakSet<object>()): T {
  if (value === null || typeof value !== 'object' || seen.has(value as object)) return value;
  seen.add(value as object);
  if (value instanceof Map) {
    for (const v of value.values()) deepFreeze(v, seen);
    return value;
  }
  for (const v of Object.values(value as object)) deepFreeze(v, seen);
  return Object.freeze(value);
}
