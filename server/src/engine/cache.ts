/**
 * A two-generation memo for paragraph-level analysis, so that an editor re-analysing a draft
 * after a keystroke recomputes only the paragraphs that changed.
 *
 * Stages compute paragraph-local facts as a pure function of the paragraph's text (offsets
 * relative to the paragraph start) and look them up with `cache.get(stage, paragraphText, fn)`.
 * After each whole-document analysis the owner calls `sweep()`: entries not used since the
 * previous sweep are dropped, so memory stays proportional to the document.
 *
 * One map per stage keyed by the paragraph text itself: no key string is built per lookup (a
 * long `stage + text` key costs a copy and a fresh hash of the whole paragraph every edit).
 */
export class ParagraphCache {
  private current = new Map<string, Map<string, unknown>>();
  private previous = new Map<string, Map<string, unknown>>();
  hits = 0;
  misses = 0;

  /** `counted`: false for a memo under every stage (the tokens), left out of `hits` and `misses`. */
  get<T>(stage: string, key: string, compute: () => T, counted = true): T {
    let cur = this.current.get(stage);
    if (cur === undefined) {
      cur = new Map();
      this.current.set(stage, cur);
    } else {
      const v = cur.get(key);
      if (v !== undefined || cur.has(key)) {
        if (counted) this.hits++;
        return v as T;
      }
    }
    const prev = this.previous.get(stage);
    if (prev !== undefined) {
      const v = prev.get(key);
      if (v !== undefined || prev.has(key)) {
        if (counted) this.hits++;
        cur.set(key, v);
        return v as T;
      }
    }
    if (counted) this.misses++;
    const v = compute();
    cur.set(key, v);
    return v;
  }

  sweep(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  get size(): number {
    let n = 0;
    for (const m of this.current.values()) n += m.size;
    for (const m of this.previous.values()) n += m.size;
    return n;
  }
}

/**
 * The editor's cache of one analysis, found from its draft: helpers that derive facts from a
 * finished analysis (and are called deep inside rules) memoise their paragraph-local part
 * without the cache being threaded through every caller. `analyze()` binds it.
 */
const bound = new WeakMap<object, ParagraphCache>();

export function bindCache(draft: object, cache: ParagraphCache | undefined): void {
  if (cache) bound.set(draft, cache);
}

export function cacheOf(draft: object): ParagraphCache | undefined {
  return bound.get(draft);
}

/** Memo that computes every time: used when no cache is supplied. */
export function memo<T>(cache: ParagraphCache | undefined, stage: string, key: string, compute: () => T): T {
  return cache ? cache.get(stage, key, compute) : compute();
}
