const caches = new WeakMap<object, Map<string, unknown>>();

/**
 * Builds a value once per owner and key: regexes compiled from a lexicon are made on first use and
 * reused for every document after, instead of once per match.
 */
export function memo<T>(owner: object, key: string, build: () => T): T {
  let cache = caches.get(owner);
  if (!cache) {
    cache = new Map();
    caches.set(owner, cache);
  }
  if (!cache.has(key)) cache.set(key, build());
  return cache.get(key) as T;
}
