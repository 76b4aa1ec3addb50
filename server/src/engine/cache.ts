/**
 * A two-generation memo for paragraph-level analysis, so that an editor re-analysing a draft
 * after a keystroke recomputes only the paragraphs that changed.
 *
 * Stages compute paragraph-local facts as a pure function of the paragraph's text (offsets
 * relative to the paragraph start) and look them up with `cache.get(stage, paragraphText, fn)`.
 * After each whole-document analysis the owner calls `sweep()`: entries not used since the
 * previous sweep are dropped, so memory stays proportional to the document.
 */
export class ParagraphCache {
  private current = new Map<string, unknown>();
  private previous = new Map<string, unknown>();
  hits = 0;
  misses = 0;

  get<T>(stage: string, key: string, compute: () => T): T {
    const k = stage + '\u0000' + key;
    if (this.current.has(k)) {
      this.hits++;
      return this.current.get(k) as T;
    }
    if (this.previous.has(k)) {
      this.hits++;
      const v = this.previous.get(k) as T;
      this.current.set(k, v);
      return v;
    }
    this.misses++;
    const v = compute();
    this.current.set(k, v);
    return v;
  }

  sweep(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  get size(): number {
    return this.current.size + this.previous.size;
  }
}

/** Memo that computes every time: used when no cache is supplied. */
export function memo<T>(cache: ParagraphCache | undefined, stage: string, key: string, compute: () => T): T {
  return cache ? cache.get(stage, key, compute) : compute();
}
