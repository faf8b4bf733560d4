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
  // One lookup on a hit (the common case), a second only for a value that is undefined.
  const hit = cache.get(key);
  if (hit !== undefined || cache.has(key)) return hit as T;
  const built = build();
  cache.set(key, built);
  return built;
}
