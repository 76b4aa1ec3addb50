/**
 * title-case (info; on in newslint:ap): AP-style capitalisation of titles.
 * - A formal title directly before a name is capitalised: "foreign minister Sergey Lavrov" →
 *   "Foreign Minister Sergey Lavrov" (also "former president X" → "former President X").
 *   Skipped under newslint:guardian, which lower-cases titles everywhere.
 * - The same title after a name, set off by commas, or standing alone after "the" is lower case:
 *   "Sergey Lavrov, the Russian Foreign Minister," → "foreign minister"; "the President said" →
 *   "the president said".
 * - Job descriptions stay lower case even before a name: "Astronaut John Glenn" mid-sentence →
 *   "astronaut John Glenn".
 * Conservative: only titles of the formal-title lexicon (titles.ts); never in the headline,
 * subheadings, quotes or credit lines; royal and papal titles, "Speaker" and titles followed by
 * "of" ("the Bishop of Durham") are left alone, and so are a bare "minister" or "judge" before a
 * name ("former minister Kate Hoey", "X Factor judge Sharon Osbourne": descriptions, not formal
 * titles), offices named after "of/for the" ("the Office for the Deputy First Minister") and titles
 * of works ("romantic comedy The American President"). Safe fix: change the case.
 */
import { paragraphText } from '../draft';
import type { Analysis, ResolvedConfig, Rule, RuleFinding, Span } from '../types';
import { headArea, tokenize, atSentenceStart } from '../roles';
import { memo, type ParagraphCache } from '../cache';
import { partitionPoint } from '../lines';
import { FORMAL_TITLE_PHRASES, JOB_DESCRIPTIONS, PORTFOLIOS, formalTitleLength, isStopWord } from '../titles';

const SMALL = new Set(['of', 'the', 'and', 'for']);
const LEAVE_ALONE = new Set(['king', 'queen', 'pope', 'prince', 'princess', 'emperor', 'empress', 'speaker', 'sheikh', 'emir', 'sultan', 'crown prince', 'lord mayor', 'metropolitan', 'patriarch', 'reverend', 'bishop', 'archbishop', 'cardinal', 'rabbi', 'ayatollah', 'grand ayatollah']);
/** Single words that are also names and organisations' words ("Jim Justice", "the Justice Department"). */
const AMBIGUOUS = new Set(['justice']);
const AP_LIKE = new Set(['newslint:ap', 'newslint:reuters', 'newslint:nyt']);
/**
 * Titles left as written before a name when they stand bare: "former minister Kate Hoey", "Cabinet
 * minister Jack Cunningham" (a minister of no named office is a description), "X Factor judge
 * Sharon Osbourne", "said judge Claire Armistead" (prize and talent-show judges are jobs).
 */
function bareTitle(title: string, prev: string | null): boolean {
  if (title === 'judge') return true;
  if (title !== 'minister') return false;
  // "Arts minister Estelle Morris", "Home Office minister X" name the office: not bare.
  return !prev || !/^\p{Lu}/u.test(prev) || BEFORE_MODIFIERS.has(prev.toLowerCase()) || NOT_AN_OFFICE.has(prev.toLowerCase());
}
const NOT_AN_OFFICE = new Set(['cabinet', 'labour', 'ex-labour', 'tory', 'conservative', 'liberal', 'democrat', 'government', 'junior', 'senior', 'former', 'ex']);

function prevWordOf(prose: string, pos: number): string | null {
  const w = /([\p{L}'’-]+)[ \t]+$/u.exec(prose.slice(Math.max(0, pos - 30), pos));
  return w ? w[1] : null;
}
const BEFORE_MODIFIERS = new Set(['former', 'then', 'late', 'ex', 'then-', 'ex-', 'outgoing', 'incoming']);

function lastProfile(config: ResolvedConfig): string {
  const ps = (config.profiles ?? []).filter((p) => p.startsWith('newslint:'));
  return ps.length ? ps[ps.length - 1] : 'newslint:ap';
}

function capitalise(phrase: string): string {
  return phrase.replace(/[\p{L}]+/gu, (w, off: number) => {
    if (off > 0 && SMALL.has(w.toLowerCase())) return w;
    if (off > 0 && phrase[off - 1] === '-') return w; // "President-elect"
    return w.charAt(0).toUpperCase() + w.slice(1);
  });
}

function lowerCase(phrase: string): string {
  return phrase.replace(/[\p{L}]+/gu, (w) => (w.length > 1 && w === w.toUpperCase() ? w : w.charAt(0).toLowerCase() + w.slice(1)));
}

const isCapWord = (t: string) => /^[\p{Lu}]/u.test(t);
const isCapPhrase = (ws: string[]) => ws.every((w) => SMALL.has(w.toLowerCase()) || isCapWord(w));

export const titleCase: Rule = {
  id: 'title-case',
  description: 'Formal titles are capitalised before a name and lower case elsewhere.',
  defaultSeverity: 'info',
  fixable: true,
  defaultOptions: { standalone: true },
  check({ analysis, options, config, cache }) {
    const { draft, mentions } = analysis;
    const text = draft.text;
    const findings: RuleFinding[] = [];
    const seen = new Set<string>();
    const push = (span: Span, message: string, replacement: string) => {
      const k = `${span.start}:${span.end}`;
      if (seen.has(k) || replacement === text.slice(span.start, span.end)) return;
      seen.add(k);
      findings.push({ ...span, message, fix: { edits: [{ ...span, text: replacement }] } });
    };
    const inHead = headArea(draft);
    // AP, Reuters and the NYT capitalise formal titles before names; the BBC and the Guardian
    // write "Russian president Vladimir Putin", so the rule stays silent under their profiles.
    if (!AP_LIKE.has(lastProfile(config))) return [];
    const capitaliseBefore = true;
    const roles = analysis.roles;
    const quoteSpans = analysis.quotes.filter((q) => q.kind !== 'scare').map((q) => ({ start: q.start, end: q.end }));
    const inQuote = (pos: number) => quoteSpans.some((q) => q.start <= pos && pos < q.end);

    for (const m of mentions) {
      if (m.kind === 'pronoun' || m.inQuote !== null || inHead(m.paragraph)) continue;
      if (draft.paragraphs[m.paragraph]?.kind === 'blockquote') continue;
      const mr = roles[m.index];
      if (!mr || mr.credit || !mr.role) continue;
      const r = mr.role;
      const toks = spanWords(draft, r.span);
      if (toks.length === 0) continue;
      if (r.kind === 'before') {
        if (m.honorific && r.span.end === m.honorific.end) continue; // "Sen." abbreviation
        const words = toks.map((t) => t.t);
        const L = formalTitleLength(words);
        const phrase = toks.slice(toks.length - L);
        if (L > 0 && !LEAVE_ALONE.has(words.slice(-L).join(' ').toLowerCase()) && !bareTitle(words.slice(-L).join(' ').toLowerCase(), words[words.length - L - 1] ?? prevWordOf(draft.prose, r.span.start))) {
          const pw = words.slice(-L);
          const mods = words.slice(0, words.length - L);
          const determiner = r.removal && r.removal.start < r.span.start;
          // "Vibe magazine president Kenard Gibbs": a compound with a lower-case noun is a job.
          const prevWord = /([\p{L}'’-]+)\s+$/u.exec(draft.prose.slice(Math.max(0, r.span.start - 30), r.span.start));
          if (prevWord && /^\p{Ll}/u.test(prevWord[1]) && !BEFORE_MODIFIERS.has(prevWord[1].toLowerCase()) && !isStopWord(prevWord[1])) continue;
          const modsOk = mods.every((w) => isCapWord(w) || BEFORE_MODIFIERS.has(w.toLowerCase()));
          if (capitaliseBefore && !isCapPhrase(pw) && modsOk && !determiner) {
            const span = { start: phrase[0].s, end: phrase[phrase.length - 1].e };
            const now = text.slice(span.start, span.end);
            const fixed = capitalise(now);
            push(span, `Capitalise the formal title before a name: "${fixed}"`, fixed);
            continue;
          }
        }
        const head = toks[toks.length - 1];
        const hw = head.t.toLowerCase();
        if (JOB_DESCRIPTIONS.has(hw) && isCapWord(head.t) && head.t !== head.t.toUpperCase() && !atSentenceStart(draft, head.s)) {
          const fixed = lowerCase(head.t);
          push({ start: head.s, end: head.e }, `Job descriptions stay lower case: "${fixed}"`, fixed);
        }
        continue;
      }
      if (r.kind === 'appositive') {
        checkAfter(analysis, toks, push);
      }
    }
    if (options.standalone !== false) standalone(analysis, inHead, inQuote, push, cache);
    return findings;
  },
};

type Tok = ReturnType<typeof tokenize>[number];

/**
 * The words of `span` (draft offsets), read from the tokens of the paragraph holding it (the
 * same tokens the role finder read); the whole prose only for a span across paragraphs.
 */
function spanWords(draft: Analysis['draft'], span: Span): Tok[] {
  const ps = draft.paragraphs;
  const p = ps[partitionPoint(ps.length, (k) => ps[k].end <= span.start)];
  if (!p || p.start > span.start || p.end < span.end) return tokenize(draft.prose, span.start, span.end).filter((t) => t.word);
  const base = p.start;
  const toks = tokenize(draft.prose.slice(p.start, p.end), span.start - base, span.end - base);
  return toks.filter((t) => t.word).map((t) => ({ ...t, s: t.s + base, e: t.e + base }));
}

/** ", the Russian Foreign Minister," → "foreign minister". */
function checkAfter(analysis: Analysis, toks: Tok[], push: (span: Span, message: string, replacement: string) => void): void {
  const text = analysis.draft.text;
  const words = toks.map((t) => t.t);
  for (let e = toks.length - 1; e >= 0; e--) {
    const L = formalTitleLength(words.slice(0, e + 1));
    if (L === 0) continue;
    const pw = words.slice(e - L + 1, e + 1);
    if (!isCapPhrase(pw) || LEAVE_ALONE.has(pw.join(' ').toLowerCase()) || AMBIGUOUS.has(pw.join(' ').toLowerCase())) continue;
    const next = toks[e + 1];
    if (next && (isCapWord(next.t) || next.t.toLowerCase() === 'of')) continue;
    const prev = e - L >= 0 ? words[e - L] : null;
    if (prev && !(/^(?:the|a|an|his|her|its|their|former|then|now|acting|deputy|new|late)$/i.test(prev) || /['’]s$/.test(prev) || isCapWord(prev))) continue;
    const span = { start: toks[e - L + 1].s, end: toks[e].e };
    const fixed = lowerCase(text.slice(span.start, span.end));
    push(span, `Lower-case the title after a name: "${fixed}"`, fixed);
    return;
  }
}

let STANDALONE: RegExp | null = null;
function standaloneRe(): RegExp {
  if (STANDALONE) return STANDALONE;
  const cap = (p: string) => p.split(' ').map((w) => (SMALL.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1))).join(' ');
  const phrases = FORMAL_TITLE_PHRASES.filter((p) => !LEAVE_ALONE.has(p) && !AMBIGUOUS.has(p) && p !== 'secretary' && !p.includes(' of ')).map(cap);
  const portfolios = [...PORTFOLIOS].map(cap).join('|');
  const alt = [`(?:(?:${portfolios}) )+(?:Minister|Secretary)`, ...phrases.sort((a, b) => b.length - a.length).map((p) => p.replace(/[.]/g, '\\$&'))].join('|');
  STANDALONE = new RegExp(`\\b[Tt]he ((?:(?:former|then|late|[A-Z][\\p{L}.]*) ){0,2}?)(${alt})\\b(?!['’-])(?! of\\b)(?!\\s+[\\p{Lu}])`, 'gu');
  return STANDALONE;
}

/** Standalone titles of one paragraph's prose: [start, length] pairs relative to it. */
function standaloneTitles(seg: string, re: RegExp): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!/[Tt]he /.test(seg)) return out;
  re.lastIndex = 0;
  for (let m; (m = re.exec(seg)); ) {
    const mods = m[1].trim().split(/\s+/).filter((w) => w);
    if (mods.some((w) => formalTitleLength([w]) > 0 || /^(?:governor|lord|lady|high)$/i.test(w))) continue; // "the Governor General", "the Lord Chancellor"
    if (/\b(?:of|for)\s+$/i.test(seg.slice(Math.max(0, m.index - 5), m.index))) continue; // "the Office of (for) the Deputy Prime Minister"
    // A capital "The" inside a sentence opens the title of a work: "romantic comedy The American President".
    if (seg[m.index] === 'T' && /[^.!?:;"“”'‘’\s]\s+$/.test(seg.slice(Math.max(0, m.index - 3), m.index))) continue;
    out.push([m.index + m[0].length - m[2].length, m[2].length]);
  }
  return out;
}

/** "the President said" → "the president said". */
function standalone(
  analysis: Analysis,
  inHead: (p: number) => boolean,
  inQuote: (pos: number) => boolean,
  push: (span: Span, message: string, replacement: string) => void,
  cache: ParagraphCache | undefined,
): void {
  const { draft } = analysis;
  const re = standaloneRe();
  for (const p of draft.paragraphs) {
    if (inHead(p.index) || p.kind === 'blockquote') continue;
    const seg = paragraphText(draft, p);
    for (const [relStart, len] of memo(cache, 'title-case-standalone', seg, () => standaloneTitles(seg, re))) {
      const start = p.start + relStart;
      if (inQuote(start)) continue;
      const span = { start, end: start + len };
      const fixed = lowerCase(draft.text.slice(span.start, span.end));
      push(span, `Lower-case a title used without a name: "${fixed}"`, fixed);
    }
  }
}
