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
 *    The attribution is, for PolNeAR, the relation's gold Source and Cue pieces; for BBC and Brown
 *    (no gold), every quote the current engine credits through a cue whose speaker sits in the
 *    quote's sentence and is a person it names, he/she resolved to one, or a role ("a spokesman").
 *    A case is *isolated* when, after the deletion, the quote's paragraph and the previous
 *    paragraph (headlines and headings are not prose: none then) hold no other quote, no speaker
 *    named (a person mention outside quotes, he/she/him/his/her, a person's role after a/an/the
 *    within three words, a plural role such as "analysts"), no gold Source (PolNeAR) and no verb
 *    of speech outside quotes. Recall: cases whose quote is flagged.
 *    What a desk meets is a draft where the attribution was never written, and real copy rarely
 *    leaves a quote alone, so a case that is not isolated after the deletion is built further, and
 *    counted as isolated only when the result is (else the plain deletion is the case):
 *    - BBC layout: the BBC files lost the breaks between BBC's one- and two-sentence paragraphs
 *      (a "paragraph" there holds a dozen sentences and several speakers), so for BBC cases the
 *      sentences holding the quote become a paragraph again and so does the sentence before them;
 *      always, for every BBC case (no break inside a quote);
 *    - the quote's paragraph ends with the sentence that closes the quote (the sentences after it
 *      go: a paragraph that is just the quote);
 *    - the paragraph before loses the speaker's reporting clauses (`Lind said [that] the deal was
 *      dead.` → `The deal was dead.`, `…, Lind said.` / `…, said Lind.` / `…, according to
 *      Lind.` cut), the speaker being the case's person or he/she: a paraphrase the reporter
 *      never credited, as the quote.
 * 2. Gold quotes flagged (does the rule stay quiet on attributed copy?): PolNeAR gold direct
 *    quotes whose relation has a Source, overlapped by a finding; and the subset whose paragraph
 *    has no reporting-verb word outside quotes (the credit is elsewhere: harder).
 * 3. Speaker accuracy: recalled gold quotes with a Source whose speaker span overlaps a Source
 *    piece; those whose gold Source is he/she/they/it on their own.
 * 4. Pronoun resolution: a gold quote credited to a name the engine resolves, whose person is also
 *    named (outside quotes) in the sentence before or earlier in the same sentence, and whose given
 *    name the lexicon genders, has the name replaced by he/she; the case is right when the pronoun
 *    resolves to the same person. Other people may be named in between: that is the hard part.
 *    A name carrying an appositive or a bracket (", who …", ", a strategist", " (R-Fla.)") is
 *    skipped: a pronoun cannot take one, so the built sentence would be no one's copy.
 *
 * Corpus text is read at run time only.
 */
import type { Analysis, Quote } from '../../../server/out/engine/index.js';
import { analyze } from '../../../server/out/engine/index.js';
import { quoteAttribution } from '../../../server/out/engine/rules/quote-attribution.js';
import { defaultConfig } from '../../../server/out/engine/config.js';
import { PERSON_ROLE_NOUNS } from '../../../server/out/engine/attribution-lexicon.js';
import { SAYING_VERBS } from '../../../server/out/engine/lexicon/verbs.js';
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
  /** Why cases were not isolated, counted (training diagnostics). */
  why?: Map<string, number>;
  /** Isolated cases built by also cutting the speaker's reporting clause from the paragraph before. */
  clauseCut: number;
  /** Isolated cases built by also ending the quote's paragraph with the quote. */
  truncated: number;
}

export const emptyCounts = (): Counts => ({
  cases: 0, casesFlagged: 0, isolated: 0, isolatedFlagged: 0, gold: 0, goldFlagged: 0, noVerbGold: 0, noVerbFlagged: 0,
  withSource: 0, speakerRight: 0, pronounSource: 0, pronounSourceRight: 0, pronounCases: 0, pronounRight: 0, clauseCut: 0, truncated: 0,
});

function flags(analysis: Analysis): Range[] {
  return quoteAttribution.check({ analysis, options: { minWords: 4 }, config: defaultConfig() }).map((f) => [f.start, f.end] as Range);
}

const words = (s: string) => s.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu) ?? [];

/**
 * Verbs of saying, every form (the full cue lexicon also holds "think", "smile", "demand"…): a
 * paragraph holding one is not isolated. A form that is also a noun ("the report") counts too:
 * that only makes fewer cases isolated.
 */
const SAYING = 'say tell add ask write explain state insist argue claim warn reply note stress deny report admit allege announce comment confirm acknowledge suggest declare respond remark observe urge promise predict tweet concede recall complain caution maintain contend testify accuse criticise criticize describe';
const IRREGULAR = 'said says saying told telling wrote written writing denied denies replied replies according';
const SPEECH = new Set([
  ...IRREGULAR.split(' '),
  ...SAYING.split(' ').flatMap((v) => {
    const stem = v.endsWith('e') ? v.slice(0, -1) : v;
    return [v, /(?:s|sh|ch|x)$/.test(v) ? `${v}es` : `${v}s`, `${stem}ed`, `${stem}ing`];
  }),
]);

/** The paragraph's text outside quotes has a verb of speech (`all`: any reporting-verb word). */
function verbInParagraph(a: Analysis, p: number, all = true): boolean {
  const para = a.draft.paragraphs[p];
  if (!para) return false;
  let t = a.draft.prose.slice(para.start, para.end).split('');
  for (const q of a.quotes) if (q.paragraph === p) for (let i = q.start; i < q.end && i < para.end; i++) t[i - para.start] = ' ';
  const text = t.join('');
  return words(text).some((w) => (all ? SAYING_VERBS : SPEECH).has(w.toLowerCase())) || (!all && /\bpoint(?:s|ed|ing)?\s+out\b/i.test(text));
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
  return notIsolated(a, q, goldSources) === null;
}

const PERSON_PRONOUN = /^(?:he|she|him|his|her|hers|himself|herself)$/i;
const DETERMINER = /^(?:the|a|an)$/i;

/**
 * The paragraph's text outside quotes names someone the person index does not hold: he/she, a
 * person's role after a determiner within three words ("the veteran coach"), or people by a plural
 * role ("analysts", "officials").
 */
function unnamedSpeaker(a: Analysis, p: number): boolean {
  const para = a.draft.paragraphs[p];
  const t = a.draft.prose.slice(para.start, para.end).split('');
  for (const q of a.quotes) if (q.paragraph === p) for (let i = q.start; i < q.end && i < para.end; i++) t[i - para.start] = ' ';
  const ws = words(t.join('')).map((w) => w.toLowerCase());
  return ws.some((w, i) => {
    if (PERSON_PRONOUN.test(w)) return true;
    if (w.endsWith('s') && PERSON_ROLE_NOUNS.has(w.slice(0, -1))) return true;
    return PERSON_ROLE_NOUNS.has(w) && ws.slice(Math.max(0, i - 3), i).some((x) => DETERMINER.test(x));
  });
}

/** Why a case is not isolated (`quote`, `person`, `source`, `verb`, with `prev ` for the paragraph before), or null. */
function notIsolated(a: Analysis, q: Quote, goldSources: Range[]): string | null {
  const paras = [q.paragraph];
  const prev = a.draft.paragraphs[q.paragraph - 1];
  if (prev && prev.kind !== 'headline' && prev.kind !== 'heading') paras.push(prev.index);
  for (const p of paras) {
    const para = a.draft.paragraphs[p];
    const where = p === q.paragraph ? '' : 'prev ';
    if (a.quotes.some((x) => x !== q && x.paragraph === p)) return `${where}quote`;
    if (a.mentions.some((m) => m.paragraph === p && m.inQuote === null) || unnamedSpeaker(a, p)) return `${where}person`;
    if (goldSources.some((s) => overlaps(s, [para.start, para.end]))) return `${where}source`;
    if (verbInParagraph(a, p, false)) return `${where}verb`;
  }
  return null;
}

/** A replacement of [at) by `by` (a cut when `by` is empty). */
interface Edit {
  at: Range;
  by: string;
}

/** A range after edits (all in one text's coordinates, not overlapping), or null when an edit took part of it. */
function mapThrough(r: Range, edits: Edit[]): Range | null {
  let out: Range = r;
  for (const { at, by } of [...edits].sort((x, y) => y.at[0] - x.at[0])) {
    if (out[1] <= at[0]) continue;
    if (out[0] < at[1]) return null;
    const d = by.length - (at[1] - at[0]);
    out = [out[0] + d, out[1] + d];
  }
  return out;
}

function applyEdits(text: string, edits: Edit[]): string {
  let out = text;
  for (const { at, by } of [...edits].sort((x, y) => y.at[0] - x.at[0])) out = out.slice(0, at[0]) + by + out.slice(at[1]);
  return out;
}

/** Verbs of a reporting clause that can be cut from a sentence and leave its claim standing. */
const CLAUSE_VERB = 'said|says|added|adds|explained|explains|argued|argues|insisted|insists|warned|warns|noted|notes|stated|states|claimed|claims|wrote|writes';
const DAY = '(?:\\s+(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|last\\s+week))?';
const HEAD_CLAUSE = new RegExp(`^\\s+(?:${CLAUSE_VERB})${DAY}(?:\\s+that)?\\s+(?=[\\p{L}\\p{N}])`, 'u');
const WHO = "(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}|he|she)";
const TAIL_CLAUSES = [
  new RegExp(`,\\s+${WHO}\\s+(?:${CLAUSE_VERB})${DAY}\\s*[.!?]\\s*$`, 'u'),
  new RegExp(`,\\s+(?:${CLAUSE_VERB})\\s+${WHO}${DAY}\\s*[.!?]\\s*$`, 'u'),
  new RegExp(`,\\s+according\\s+to\\s+${WHO}\\s*[.!?]\\s*$`, 'u'),
];

/**
 * The reporting clauses of the paragraph before quote `q` whose subject is the speaker (a mention
 * `isSpeaker` accepts, or he/she), as cuts: `Lind said [that] the deal was dead.` → `The deal was
 * dead.`; `The deal was dead, Lind said.` / `…, said Lind.` / `…, according to Lind.` → `The deal
 * was dead.` Only sentences with no quote mark; the claim left must have three words or more.
 * Returns the new text and the cuts, or null when nothing was cut.
 */
export function cutReportingClauses(a: Analysis, q: Quote, isSpeaker: (personName: string) => boolean): { text: string; cuts: Range[] } | null {
  const para = a.draft.paragraphs[q.paragraph - 1];
  if (!para || para.kind === 'headline' || para.kind === 'heading') return null;
  const text = a.draft.text;
  const speakerAt = (s: number, e: number) =>
    /^(?:he|she)$/i.test(text.slice(s, e)) ||
    a.mentions.some((m) => m.inQuote === null && (m.honorific?.start ?? m.start) === s && m.end === e && isSpeaker(a.people[m.personId].name));
  const edits: { cut: Range; cap: number | null }[] = [];
  for (const si of para.sentences) {
    const sent = a.draft.sentences[si];
    const t = text.slice(sent.start, sent.end);
    if (/["“”]/.test(t)) continue;
    const lead = t.length - t.trimStart().length;
    const subj = /^(?:\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}/u.exec(t.slice(lead));
    let done = false;
    for (let n = subj ? subj[0].length : 0; subj && n > 0 && !done; n = subj[0].lastIndexOf(' ', n - 1)) {
      const head = HEAD_CLAUSE.exec(t.slice(lead + n));
      if (!head || !speakerAt(sent.start + lead, sent.start + lead + n)) continue;
      const rest = sent.start + lead + n + head[0].length;
      if (words(text.slice(rest, sent.end)).length < 3) break;
      edits.push({ cut: [sent.start + lead, rest], cap: rest });
      done = true;
    }
    if (done) continue;
    for (const re of TAIL_CLAUSES) {
      const tail = re.exec(t);
      if (!tail || words(t.slice(0, tail.index)).length < 3) continue;
      const whoStart = sent.start + tail.index + tail[0].lastIndexOf(tail[1]);
      if (!speakerAt(whoStart, whoStart + tail[1].length)) continue;
      edits.push({ cut: [sent.start + tail.index, sent.start + t.search(/[.!?]\s*$/)], cap: null });
      break;
    }
  }
  if (!edits.length) return null;
  let out = text;
  for (const { cut, cap } of [...edits].sort((x, y) => y.cut[0] - x.cut[0])) {
    const after = cap !== null ? out[cap].toUpperCase() + out.slice(cap + 1) : out.slice(cut[1]);
    out = out.slice(0, cut[0]) + after;
  }
  return { text: out, cuts: edits.map((e) => e.cut) };
}

/** Who is credited, for cutting a reporting clause with the same subject from the paragraph before. */
export interface Credit {
  name: string;
  surname: string;
}

function creditOf(a: Analysis, personId: number | null): Credit | null {
  if (personId === null) return null;
  const p = a.people[personId];
  return p ? { name: p.name, surname: p.surname } : null;
}

/** One built draft: its text, analysis, the case quote in it and the gold sources mapped into it. */
interface Built {
  text: string;
  a: Analysis;
  q: Quote;
  sources: Range[];
}

/** Apply cuts (and the text they give) to a built draft; null when the quote is lost. */
function rebuild(b: Built, text: string, edits: Edit[]): Built | null {
  const at = mapThrough([b.q.start, b.q.end], edits);
  if (!at) return null;
  const a = analyze(text, { format: 'plain' });
  const q = a.quotes.find((x) => x.start === at[0]);
  if (!q) return null;
  return { text, a, q, sources: b.sources.map((s) => mapThrough(s, edits)).filter((s): s is Range => s !== null) };
}

/** Cut the rest of the quote's paragraph after the sentence its closing mark ends: a paragraph that is just the quote. */
function truncateAfterQuote(b: Built): Built | null {
  const { a, q } = b;
  const para = a.draft.paragraphs[q.paragraph];
  const sent = a.draft.sentences.find((s) => s.start < q.end && q.end <= s.end);
  if (!sent || sent.paragraph !== q.paragraph) return null;
  let from = sent.end;
  while (from > q.end && /\s/.test(b.text[from - 1])) from--;
  let to = para.end;
  while (to > from && /\s/.test(b.text[to - 1])) to--;
  if (to <= from || !/[\p{L}\p{N}]/u.test(b.text.slice(from, to))) return null;
  return rebuild(b, b.text.slice(0, from) + b.text.slice(to), [{ at: [from, to], by: '' }]);
}

/**
 * BBC layout: the BBC files lost the breaks between BBC's short paragraphs (one or two sentences
 * each), so a case restores them around the quote: the sentences holding the quote become a
 * paragraph, and so does the sentence before them (the paragraph a reader meets before the quote).
 * No break goes inside a quote.
 */
function breakParagraphs(b: Built): Built | null {
  const { a, q, text } = b;
  const para = a.draft.paragraphs[q.paragraph];
  const si = para.sentences.find((i) => a.draft.sentences[i].start <= q.start && q.start < a.draft.sentences[i].end);
  const se = para.sentences.find((i) => a.draft.sentences[i].start < q.end && q.end <= a.draft.sentences[i].end);
  if (si === undefined || se === undefined) return null;
  const inQuote = (o: number) => a.quotes.some((x) => x.start < o && o < x.end);
  const edits: Edit[] = [];
  const breakAt = (o: number) => {
    let s = o;
    let e = o;
    while (s > para.start && /[ \t]/.test(text[s - 1])) s--;
    while (e < para.end && /[ \t]/.test(text[e])) e++;
    if (s > para.start && e < para.end && !inQuote(o) && /\S/.test(text.slice(para.start, s)) && /\S/.test(text.slice(e, para.end))) edits.push({ at: [s, e], by: '\n\n' });
  };
  if (si > para.sentences[0]) breakAt(a.draft.sentences[si - 1].start);
  breakAt(a.draft.sentences[si].start);
  breakAt(a.draft.sentences[se].end);
  if (!edits.length) return b;
  return rebuild(b, applyEdits(text, edits), edits);
}

/** Cut the speaker's reporting clauses from the paragraph before the quote (see cutReportingClauses). */
function cutCreditBefore(b: Built, credit: Credit): Built | null {
  const surname = credit.surname.toLowerCase();
  const cut = cutReportingClauses(b.a, b.q, (name) => name === credit.name || name.toLowerCase().split(/\s+/).pop() === surname);
  return cut && rebuild(b, cut.text, cut.cuts.map((at) => ({ at, by: '' })));
}

/**
 * Build one case: delete the quote's attribution; when the result is not isolated, try the two
 * repairs a draft without the attribution would also have (each kept only when it makes the case
 * isolated): the quote's paragraph ends with the quote (the sentences after it go), and the paragraph
 * before does not credit the speaker in a reporting clause.
 */
function buildCase(c: Counts, base: Analysis, q: Quote, attr: Range, sources: Range[], credit: Credit | null, layout: boolean): { b: Built; why: string | null } | null {
  const k = deleteAttribution(base, q, attr);
  if (!k) return null;
  const a = analyze(k.text, { format: 'plain' });
  const nq = a.quotes.find((x) => x.start === k.quoteStart);
  if (!nq) return null;
  let first: Built | null = { text: k.text, a, q: nq, sources: sources.map((s) => mapRange(s, k.cut)).filter((s): s is Range => s !== null) };
  if (layout) first = breakParagraphs(first);
  if (!first) return null;
  const why = notIsolated(first.a, first.q, first.sources);
  if (why === null) return { b: first, why };
  let b: Built | null = first;
  let w: string | null = why;
  if (!w.startsWith('prev ')) {
    b = truncateAfterQuote(b);
    w = b && notIsolated(b.a, b.q, b.sources);
  }
  if (b && w?.startsWith('prev ') && credit) {
    b = cutCreditBefore(b, credit);
    w = b && notIsolated(b.a, b.q, b.sources);
  }
  // A repaired draft is a case of its own only when it is isolated; else the plain deletion stands.
  if (!b || w !== null) return { b: first, why };
  if (!why.startsWith('prev ')) c.truncated++;
  if (b.a.draft.paragraphs[b.q.paragraph - 1] && first.text.slice(0, first.q.start) !== b.text.slice(0, b.q.start)) c.clauseCut++;
  return { b, why: null };
}

function runCase(c: Counts, base: Analysis, q: Quote, attr: Range, sources: Range[], credit: Credit | null, layout = false): void {
  if (q.kind !== 'direct' || words(base.draft.text.slice(q.content.start, q.content.end)).length < 4) return;
  const built = buildCase(c, base, q, attr, sources, credit, layout);
  if (!built) return;
  const { b, why } = built;
  if (c.why && why) c.why.set(why, (c.why.get(why) ?? 0) + 1);
  const hit = flags(b.a).some((f) => overlaps(f, [b.q.start, b.q.end]));
  c.cases++;
  if (hit) c.casesFlagged++;
  if (why === null) {
    c.isolated++;
    if (hit) c.isolatedFlagged++;
    else if (c.misses && c.misses.length < 60) c.misses.push(`isolated not flagged (${b.q.attributedBy}: ${b.q.speaker?.text ?? '-'} / ${b.q.cue?.text ?? '-'}): ${excerpt(b.text, b.q.start, b.q.end, 200, 40, 80)}`);
  }
}

/** Replace a named speaker by he/she and check the pronoun resolves to the same person. */
function runPronounCase(c: Counts, base: Analysis, q: Quote, seen: Set<number>): void {
  const sp = q.speaker;
  if (!sp || sp.personId === null || PRONOUN_SOURCE.test(sp.text) || seen.has(sp.start)) return;
  // The pieces of a split quote share one speaker: one case.
  seen.add(sp.start);
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
  // Nor may an appositive or a bracket follow it: "said he, deputy campaign manager" and "he (R-Fla.) said" are no one's copy.
  if (/^\s*(?:\(|,\s*(?:who|whose|a|an|the|his|her|\p{Ll}+\s+(?:of|for|at))\b)/u.test(base.draft.text.slice(sp.end, sp.end + 60))) return;
  const t2 = text.slice(0, sp.start) + pro + text.slice(sp.end);
  const shift = pro.length - (sp.end - sp.start);
  const a = analyze(t2, { format: 'plain' });
  const nq = a.quotes.find((x) => x.start === (q.start < sp.start ? q.start : q.start + shift));
  c.pronounCases++;
  if (nq?.speaker?.name === person.name) c.pronounRight++;
  else if (c.pronounMisses && c.pronounMisses.length < 80) c.pronounMisses.push(`pronoun for ${person.name} went to ${nq?.speaker?.name ?? '-'}: ${excerpt(t2, sp.start, sp.start + pro.length, 250, 20)}`);
}

/** The person a gold Source names (a mention inside it), or null. */
function sourcePerson(a: Analysis, pieces: Range[]): number | null {
  const m = a.mentions.find((x) => x.inQuote === null && pieces.some((p) => overlaps([x.start, x.end], p)));
  return m ? m.personId : null;
}

/** Every measure on PolNeAR articles (gold Source/Cue). */
export function measurePolnear(arts: PolnearArticle[], c: Counts): void {
  for (const art of arts) {
    const text = art.text;
    const a = analyze(text, { format: 'plain' });
    const fl = flags(a);
    const allSources: Range[] = art.relations.flatMap((r) => r.source?.pieces ?? []);
    const seen = new Set<string>();
    const pronounSeen = new Set<number>();
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
        if (right) runPronounCase(c, a, q, pronounSeen);
        if (r.content.pieces.length === 1 && r.cue) {
          const pieces = [...r.source.pieces, ...r.cue.pieces];
          const attr: Range = [Math.min(...pieces.map((p) => p[0])), Math.max(...pieces.map((p) => p[1]))];
          runCase(c, a, q, attr, allSources, creditOf(a, sourcePerson(a, r.source.pieces)));
        }
      }
    }
  }
}

/** A speaker the engine credits that a case can be built on: a person, he/she resolved to one, or a role ("a spokesman"). */
function creditedSpeaker(sp: Quote['speaker']): boolean {
  if (!sp) return false;
  if (sp.personId !== null) return true;
  return /^(?:a|an|the)\s+\p{Ll}/u.test(sp.text) && sp.text.split(/\s+/).length <= 5;
}

/**
 * Deleted-attribution cases on copy with no gold (BBC, Brown): every quote the engine credits
 * through a cue whose speaker (a person, he/she resolved to one, or a role) sits in the quote's sentence.
 */
export function measureCopyCases(arts: { text: string }[], c: Counts, layout = false): void {
  for (const art of arts) {
    const a = analyze(art.text, { format: 'plain' });
    for (const q of a.quotes) {
      const sp = q.speaker;
      if (q.attributedBy !== 'cue' || !q.cue || !sp || !creditedSpeaker(sp)) continue;
      if (q.sentence !== a.draft.sentences.findIndex((s) => s.start <= sp.start && sp.start < s.end)) continue;
      const attr: Range = [Math.min(sp.start, q.cue.start), Math.max(sp.end, q.cue.end)];
      runCase(c, a, q, attr, [], creditOf(a, sp.personId), layout);
    }
  }
}
