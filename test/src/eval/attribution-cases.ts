/**
 * Both sides of quote attribution on real copy, per split (see corpus.ts for the frozen split).
 *
 * 1. Deleted attribution (does the rule fire when it should?). A case is one direct quote of
 *    four words or more whose attribution sits in the quote's own sentence in one of two shapes,
 *    deleted while the rest of the article stays as published:
 *    - tail: `"…," Smith said on Tuesday.` → `"…."` (the words from the closing mark to the end of
 *      the sentence go; a comma closing the quote becomes a full stop);
 *    - head: `On Tuesday, Smith said: "…"` → `"…"` (the sentence's words before the opening mark go).
 *    Other shapes (a credit in the middle of a split quote, `Smith said that "…"`) are skipped.
 *    The attribution is, for PolNeAR, the relation's gold Source and Cue pieces; for BBC (no
 *    gold), a quote that the current engine credits through a cue with a speaker that is a
 *    person it names (not a pronoun), the speaker and cue both in the quote's sentence.
 *    A case is *isolated* when, after the deletion, the quote's paragraph and the previous
 *    paragraph (headlines and headings are not prose: none then) hold no other quote, no person
 *    mention (names and pronouns, outside quotes), no gold Source (PolNeAR) and no word of the
 *    reporting-verb lexicon outside quotes. Recall: cases whose quote is flagged.
 * 2. Gold quotes flagged (does the rule stay quiet on attributed copy?): PolNeAR gold direct
 *    quotes whose relation has a Source, overlapped by a finding; and the subset whose paragraph
 *    has no reporting-verb word outside quotes (the credit is elsewhere: harder).
 * 3. Speaker accuracy: recalled gold quotes with a Source whose speaker span overlaps a Source
 *    piece; those whose gold Source is he/she/they/it on their own.
 * 4. Pronoun resolution: a gold quote credited to a name the engine resolves, whose person is also
 *    named (outside quotes) in the sentence before or earlier in the same sentence, and whose given
 *    name the lexicon genders, has the name replaced by he/she; the case is right when the pronoun
 *    resolves to the same person. Other people may be named in between: that is the hard part.
 *
 * Corpus text is read at run time only.
 */
import type { Analysis, Quote } from '../../../server/out/engine/index.js';
import { analyze } from '../../../server/out/engine/index.js';
import { quoteAttribution } from '../../../server/out/engine/rules/quote-attribution.js';
import { defaultConfig } from '../../../server/out/engine/config.js';
import { REPORTING_VERBS } from '../../../server/out/engine/attribution-lexicon.js';
import { nameGender } from '../../../server/out/engine/names.js';
import { excerpt } from './report';
import type { BbcArticle, PolnearArticle } from './corpus';

type Range = [number, number];
const overlaps = (a: Range, b: Range) => a[0] < b[1] && b[0] < a[1];
const PRONOUN_SOURCE = /^(?:he|she|they|it)$/i;

export interface Counts {
  cases: number;
  casesFlagged: number;
  isolated: number;
  isolatedFlagged: number;
  gold: number;
  goldFlagged: number;
  noVerbGold: number;
  noVerbFlagged: number;
  withSource: number;
  speakerRight: number;
  pronounSource: number;
  pronounSourceRight: number;
  pronounCases: number;
  pronounRight: number;
  /** Examples for a person tuning on the training split (never filled for validation). */
  misses?: string[];
  pronounMisses?: string[];
}

export const emptyCounts = (): Counts => ({
  cases: 0, casesFlagged: 0, isolated: 0, isolatedFlagged: 0, gold: 0, goldFlagged: 0, noVerbGold: 0, noVerbFlagged: 0,
  withSource: 0, speakerRight: 0, pronounSource: 0, pronounSourceRight: 0, pronounCases: 0, pronounRight: 0,
});

function flags(analysis: Analysis): Range[] {
  return quoteAttribution.check({ analysis, options: { minWords: 4 }, config: defaultConfig() }).map((f) => [f.start, f.end] as Range);
}

const words = (s: string) => s.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu) ?? [];

/** The common verbs of speech, for isolation (the full lexicon holds "post", "report", "note"…). */
const SPEECH = new Set('say says said saying tell tells told telling add adds added adding ask asks asked asking according write writes wrote explain explains explained state states stated insist insists insisted argue argues argued claim claims claimed warn warns warned reply replies replied'.split(' '));

/** The paragraph's text outside quotes has a verb of speech (`all`: any reporting-verb word). */
function verbInParagraph(a: Analysis, p: number, all = true): boolean {
  const para = a.draft.paragraphs[p];
  if (!para) return false;
  let t = a.draft.prose.slice(para.start, para.end).split('');
  for (const q of a.quotes) if (q.paragraph === p) for (let i = q.start; i < q.end && i < para.end; i++) t[i - para.start] = ' ';
  return words(t.join('')).some((w) => (all ? REPORTING_VERBS : SPEECH).has(w.toLowerCase()));
}

/** A deleted-attribution case: the new text and where the quote now starts. */
interface Case {
  text: string;
  quoteStart: number;
  /** Deleted range [a, b) in the original text. */
  cut: Range;
}

/** Delete the attribution `attr` of quote `q` (its sentence in `a`), or null for other shapes. */
export function deleteAttribution(a: Analysis, q: Quote, attr: Range): Case | null {
  const text = a.draft.text;
  const sent = a.draft.sentences.find((s) => s.start <= attr[0] && attr[0] < s.end);
  if (!sent || !(sent.start <= q.start && q.start < sent.end) || !q.close) return null;
  const others = a.quotes.filter((x) => x !== q && x.close !== null && overlaps([x.start, x.end], [sent.start, sent.end]));
  if (attr[0] >= q.end && /^[\s,]*$/.test(text.slice(q.end, attr[0]))) {
    let e = sent.end;
    while (e > attr[1] && /\s/.test(text[e - 1])) e--;
    if (others.some((x) => x.start >= q.end && x.start < e)) return null;
    const inner = text.slice(q.content.start, q.close.start).trimEnd();
    const last = inner.slice(-1);
    let body = text.slice(0, q.end);
    if (last === ',') {
      const at = q.content.start + inner.length - 1;
      body = text.slice(0, at) + '.' + text.slice(at + 1, q.end);
    }
    // Keep the sentence's full stop only when the quote does not end with one of its own.
    const keepStop = !/[.,!?…]$/.test(inner) && /[.!?]/.test(text[e - 1] ?? '');
    return { text: body + (keepStop ? text[e - 1] : '') + text.slice(e), quoteStart: q.start, cut: [q.end, e] };
  }
  if (attr[1] <= q.start && /^[\s,:]*$/.test(text.slice(attr[1], q.start))) {
    if (others.some((x) => x.end <= q.start && x.start >= sent.start)) return null;
    let s = sent.start;
    while (s < q.start && /\s/.test(text[s])) s++;
    if (q.start - s > 200) return null;
    return { text: text.slice(0, s) + text.slice(q.start), quoteStart: s, cut: [s, q.start] };
  }
  return null;
}

/** A range of the original text after the cut, or null when the cut took it. */
function mapRange(r: Range, cut: Range): Range | null {
  if (r[1] <= cut[0]) return r;
  if (r[0] >= cut[1]) return [r[0] - (cut[1] - cut[0]), r[1] - (cut[1] - cut[0])];
  return null;
}

/** No speaker, other quote or reporting verb in the quote's paragraph and the previous prose one. */
function isolated(a: Analysis, q: Quote, goldSources: Range[]): boolean {
  const paras = [q.paragraph];
  const prev = a.draft.paragraphs[q.paragraph - 1];
  if (prev && prev.kind !== 'headline' && prev.kind !== 'heading') paras.push(prev.index);
  for (const p of paras) {
    const para = a.draft.paragraphs[p];
    if (a.quotes.some((x) => x !== q && x.paragraph === p)) return false;
    if (a.mentions.some((m) => m.paragraph === p && m.inQuote === null)) return false;
    if (goldSources.some((s) => overlaps(s, [para.start, para.end]))) return false;
    if (verbInParagraph(a, p, false)) return false;
  }
  return true;
}

function runCase(c: Counts, base: Analysis, q: Quote, attr: Range, sources: Range[]): void {
  if (q.kind !== 'direct' || words(base.draft.text.slice(q.content.start, q.content.end)).length < 4) return;
  const k = deleteAttribution(base, q, attr);
  if (!k) return;
  const a = analyze(k.text, { format: 'plain' });
  const nq = a.quotes.find((x) => x.start === k.quoteStart);
  if (!nq) return;
  const mapped = sources.map((s) => mapRange(s, k.cut)).filter((s): s is Range => s !== null);
  const iso = isolated(a, nq, mapped);
  const hit = flags(a).some((f) => overlaps(f, [nq.start, nq.end]));
  c.cases++;
  if (hit) c.casesFlagged++;
  if (iso) {
    c.isolated++;
    if (hit) c.isolatedFlagged++;
    else if (c.misses && c.misses.length < 60) c.misses.push(`isolated not flagged (${nq.attributedBy}: ${nq.speaker?.text ?? '-'} / ${nq.cue?.text ?? '-'}): ${excerpt(k.text, nq.start, nq.end, 200, 40, 80)}`);
  }
}

/** Replace a named speaker by he/she and check the pronoun resolves to the same person. */
function runPronounCase(c: Counts, base: Analysis, q: Quote): void {
  const sp = q.speaker;
  if (!sp || sp.personId === null || PRONOUN_SOURCE.test(sp.text)) return;
  const person = base.people[sp.personId];
  const given = person.name.split(/\s+/)[0];
  const g = person.name.includes(' ') ? nameGender(given) : null;
  if (!g) return;
  const sent = base.draft.sentences.find((s) => s.start <= sp.start && sp.start < s.end);
  // A writer uses a pronoun for someone just named: in the sentence before, or earlier in this one.
  const si = base.draft.sentences.indexOf(sent!);
  if (!sent || !base.mentions.some((m) => m.personId === person.id && m.end <= sp.start && m.sentence >= si - 1 && m.inQuote === null && m.kind !== 'pronoun')) return;
  const text = base.draft.text;
  const opens = !/[\p{L}\p{N}"“]/u.test(text.slice(sent.start, sp.start));
  const pro = (g === 'male' ? 'he' : 'she').replace(/^./, (x) => (opens ? x.toUpperCase() : x));
  // The name must be the whole speaker phrase (no title before it).
  if (!/^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u.test(sp.text)) return;
  const t2 = text.slice(0, sp.start) + pro + text.slice(sp.end);
  const shift = pro.length - (sp.end - sp.start);
  const a = analyze(t2, { format: 'plain' });
  const nq = a.quotes.find((x) => x.start === (q.start < sp.start ? q.start : q.start + shift));
  c.pronounCases++;
  if (nq?.speaker?.name === person.name) c.pronounRight++;
  else if (c.pronounMisses && c.pronounMisses.length < 80) c.pronounMisses.push(`pronoun for ${person.name} went to ${nq?.speaker?.name ?? '-'}: ${excerpt(t2, sp.start, sp.start + pro.length, 250, 20)}`);
}

/** Every measure on PolNeAR articles (gold Source/Cue). */
export function measurePolnear(arts: PolnearArticle[], c: Counts): void {
  for (const art of arts) {
    const text = art.text;
    const a = analyze(text, { format: 'plain' });
    const fl = flags(a);
    const allSources: Range[] = art.relations.flatMap((r) => r.source?.pieces ?? []);
    const seen = new Set<string>();
    for (const r of art.relations) {
      if (!r.content) continue;
      for (const piece of r.content.pieces) {
        let s = piece[0];
        while (s < piece[1] && /\s/.test(text[s])) s++;
        if (text[s] !== '"' && text[s] !== '“') continue;
        const key = `${s}:${piece[1]}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const q = a.quotes.find((x) => (x.kind === 'direct' || x.kind === 'partial') && overlaps([x.start, x.end], [s, piece[1]]));
        if (r.source) {
          c.gold++;
          const hit = fl.some((f) => overlaps(f, [s, piece[1]]));
          if (hit) c.goldFlagged++;
          if (hit && c.misses && q) c.misses.push(`gold flagged (${verbInParagraph(a, q.paragraph) ? 'verb' : 'no verb'}), source ${r.source.text}: ${excerpt(text, q.start, q.end, 250, 60, 80)}`);
          if (q && !verbInParagraph(a, q.paragraph)) {
            c.noVerbGold++;
            if (hit) c.noVerbFlagged++;
          }
        }
        if (!q || !r.source) continue;
        const right = !!q.speaker && r.source.pieces.some((p) => overlaps([q.speaker!.start, q.speaker!.end], p));
        c.withSource++;
        if (right) c.speakerRight++;
        if (PRONOUN_SOURCE.test(r.source.text.trim())) {
          c.pronounSource++;
          if (right) c.pronounSourceRight++;
        }
        if (right) runPronounCase(c, a, q);
        if (r.content.pieces.length === 1 && r.cue) {
          const pieces = [...r.source.pieces, ...r.cue.pieces];
          const attr: Range = [Math.min(...pieces.map((p) => p[0])), Math.max(...pieces.map((p) => p[1]))];
          runCase(c, a, q, attr, allSources);
        }
      }
    }
  }
}

/** Deleted-attribution cases on BBC articles (the engine's own named credits, see above). */
export function measureBbcCases(arts: BbcArticle[], c: Counts): void {
  for (const art of arts) {
    const a = analyze(art.text, { format: 'plain' });
    for (const q of a.quotes) {
      const sp = q.speaker;
      if (q.attributedBy !== 'cue' || !q.cue || !sp || sp.personId === null || PRONOUN_SOURCE.test(sp.text)) continue;
      if (q.sentence !== a.draft.sentences.findIndex((s) => s.start <= sp.start && sp.start < s.end)) continue;
      const attr: Range = [Math.min(sp.start, q.cue.start), Math.max(sp.end, q.cue.end)];
      runCase(c, a, q, attr, []);
    }
  }
}
