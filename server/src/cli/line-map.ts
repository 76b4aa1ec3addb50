/**
 * Line numbers across a fix: `--changed-lines` and `--diff-base` know which lines of a draft were
 * changed (git's numbering of the text before `--fix`), and report findings of the fixed text.
 */

/** Lines of a text as editors count them (LF, CRLF or a lone CR ends a line). */
function linesOf(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * Pairs [i, j] of equal lines, a[i] === b[j], in a longest common subsequence of `a` and `b`
 * (Myers' O((N+M)D) diff; D, the lines a fix rewrites, is small), in ascending order.
 */
export function commonLines(a: string[], b: string[]): Array<[number, number]> {
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const n = a.length - pre - suf;
  const m = b.length - pre - suf;
  const A = (x: number) => a[pre + x];
  const B = (y: number) => b[pre + y];
  // v[k + off] = furthest x on diagonal k; trace[d] = v as it was before step d.
  const off = n + m + 1;
  const v = new Int32Array(2 * off + 1);
  const trace: Int32Array[] = [];
  let done = n === 0 && m === 0;
  for (let d = 0; !done; d++) {
    trace.push(v.slice(off - d - 1, off + d + 2));
    for (let k = -d; k <= d && !done; k += 2) {
      let x = k === -d || (k !== d && v[off + k - 1] < v[off + k + 1]) ? v[off + k + 1] : v[off + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && A(x) === B(y)) (x++, y++);
      v[off + k] = x;
      if (x >= n && y >= m) done = true;
    }
  }
  const middle: Array<[number, number]> = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0 && (x > 0 || y > 0); d--) {
    const t = trace[d];
    const at = (k: number) => t[k + d + 1];
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : at(prevK);
    const prevY = d === 0 ? 0 : prevX - prevK;
    while (x > prevX && y > prevY) middle.push([pre + --x, pre + --y]);
    x = prevX;
    y = prevY;
  }
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < pre; i++) pairs.push([i, i]);
  pairs.push(...middle.reverse());
  for (let i = suf; i > 0; i--) pairs.push([a.length - i, b.length - i]);
  return pairs;
}

/**
 * The 1-based lines of `after` (the draft with fixes applied) that stand for the changed `lines`
 * of `before`: a line the fix left as it was keeps its mark wherever it moved; lines the fix wrote
 * are changed when one of the lines they replace was.
 */
export function mapChangedLines(before: string, after: string, lines: ReadonlySet<number>): Set<number> {
  const a = linesOf(before);
  const b = linesOf(after);
  const out = new Set<number>();
  let ai = 0;
  let bi = 0;
  for (const [i, j] of [...commonLines(a, b), [a.length, b.length] as [number, number]]) {
    // a[ai..i) was rewritten as b[bi..j)
    let touched = false;
    for (let k = ai; k < i; k++) if (lines.has(k + 1)) touched = true;
    if (touched) for (let k = bi; k < j; k++) out.add(k + 1);
    if (i < a.length && lines.has(i + 1)) out.add(j + 1);
    ai = i + 1;
    bi = j + 1;
  }
  return out;
}
