/**
 * Document structure: what each paragraph is in the story's furniture (`Paragraph.role`), decided
 * once per draft from the paragraph's shape and read by every stage, and whether the first line
 * of a draft is a headline at all.
 *
 * Shapes, not names: a byline is "By" and capitalised words, or a short "Name, Outlet" line near
 * the top; a dateline is a short line of capitalised words, digits and date words; a credit names
 * who took a photo or did the reporting ("Photo: …", "Reporting by …", "With files from …", a
 * bracketed "(Agency)" alone, "… contributed to this report"); a caption opens with a caption
 * label or ends in a bracketed photo credit; a promo line opens with a navigation label (WATCH:,
 * READ MORE:, RELATED:) or says "click here"; a signature is a dash and a name under a quote or
 * letter, a tweet's "(@handle)" line, or a "Name, Place" line below the top; the deck is the
 * paragraph under the headline set apart by emphasis, by a headline ending in ":" or ";", or by a
 * byline right after it. Everything else is 'story'.
 *
 * Pure and cheap: the shape of a paragraph is memoised per paragraph text; only the position
 * rules (byline near the top, deck under the headline) look at neighbours.
 */
import type { Paragraph, ParagraphRole } from './types';
import { piecesOf } from './tokens';

/** A role read from the paragraph's text alone; 'name-line' is a byline near the top, a signature below. */
export type ParagraphShape = ParagraphRole | 'name-line';

/** Words in a byline or name line besides capitalised ones: particles and joiners. */
const NAME_LINE_WORD = /^(?:[\p{Lu}\p{N}][\p{L}\p{M}\p{N}'’.&@-]*|and|&|of|the|de|del|der|den|van|von|da|di|du|la|le|in|for|at|bin|al|el|y|\||\/|[—–-]|[\w.+-]+@[\w.-]+)$/u;

/** Words of a date or time in a dateline or timestamp line. */
const DATE_WORD = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|updated|published|posted|modified|last|am|pm|a\.m|p\.m|gmt|bst|utc|et|est|edt|pt|pst|pdt|\d{4}|\d{1,2}(?:st|nd|rd|th)?|\d{1,2}[:.]\d{2})$/i;

/** Navigation and promotion labels that open a line (web furniture, not copy). */
const PROMO_LABEL = /^(?:watch|watch live|read more|read|more|more on this(?: story)?|related(?: stories| content| coverage| links?)?|see also|also read|also see|listen|video|photos|gallery|sign up|subscribe|newsletter|top stories|recommended|trending|must read|advertisement|sponsored|share this(?: article)?|you may also like)\b\s*(?:[:|»›>]|[—–-]\s|$)/i;

/** Labels that open a caption. */
const CAPTION_LABEL = /^(?:image|photo|picture) caption\b|^(?:caption|pictured|above|below|top|left|right|inset|main picture|main image)\s*[:|]/i;

/** Credit lines: photo, video and reporting credits, agency and copyright notices. */
const CREDIT_OPEN = /^(?:(?:photo|photograph|picture|image|video|graphic|illustration|footage)s?\s*(?:by\b|:|credit\b|copyright\b|source\b)|(?:additional |extra )?(?:reporting|writing|editing|edited|compiled|produced|research|interviews?|written) by\b|(?:additional |extra )?reporting from\b|with (?:files|reporting|contributions?|additional reporting) from\b|credits?\s*:|source\s*:|copyright\b|©|all rights reserved\b)/i;
/** "Ann Lee contributed to this report." */
const CONTRIBUTED = /\bcontributed (?:reporting|research|to this (?:report|story|article))\b/i;
/** A bracketed credit that ends a caption: "(AP Photo/Ann Lee)", "(Getty Images)", "(Photo: Reuters)". */
const BRACKET_CREDIT = /\((?:[^()]*\/\s*\p{Lu}[^()]*|[^()]*\b(?:[Pp]hoto|[Pp]hotograph|[Ii]mages?|[Pp]ool|[Hh]andout|[Ff]ile|[Cc]ourtesy|[Cc]redit)\b[^()]*)\)\s*\.?$/u;

const TERMINAL = /[.!?…]["'”’)\]]*$/;

/** The line's words: the pieces between spaces, commas and semicolons. */
function words(line: string): string[] {
  return piecesOf(line, ',;');
}

/** Only capitalised words and particles: a name or an outlet, not a clause. */
function nameWords(ws: string[]): boolean {
  return ws.length > 0 && ws.every((w) => NAME_LINE_WORD.test(w.replace(/[.:]+$/, '') || w));
}

/** "By Ann Lee", "BY ANN LEE AND JO KIM, Herald Staff", "By Ann Lee | Reuters". */
function byline(t: string): boolean {
  const m = /^by\s+(.*)$/is.exec(t);
  if (!m || !/^[\p{Lu}]/u.test(m[1])) return false;
  const ws = words(m[1]);
  return ws.length <= 14 && nameWords(ws);
}

/** "LONDON, March 3", "Updated: 10:32 GMT, Monday 3 March 2016": capitalised words, digits and a date word. */
function dateline(t: string): boolean {
  const ws = words(t.replace(/[():]/g, ' '));
  if (ws.length === 0 || ws.length > 14) return false;
  const bare = ws.map((w) => w.replace(/[.]+$/, ''));
  if (!bare.some((w) => DATE_WORD.test(w))) return false;
  return bare.every((w) => DATE_WORD.test(w) || NAME_LINE_WORD.test(w) || /^[\d/.-]+$/.test(w));
}

/**
 * A line under a quote or a tweet, or a writer's sign-off: "— Ann Lee", "— Ann Lee (@annlee)
 * March 3, 2016", "pic.twitter.com/…", "Follow Ann Lee on Twitter", "On Twitter follow Ann Lee at …".
 */
function signatureShape(t: string): boolean {
  if (/\(@\w+\)|pic\.twitter\.com\//i.test(t)) return true;
  if (/^(?:on (?:twitter|facebook|instagram),? )?(?:follow|contact|email|e-mail|reach)\s+[\p{Lu}@]/iu.test(t) && words(t).length <= 30 && /\b(?:twitter|facebook|instagram|@|https?:|at\s+\S+@)/i.test(t)) return true;
  const m = /^[—―–-]\s*(.+)$/s.exec(t);
  if (!m) return false;
  const ws = words(m[1]);
  return ws.length <= 12 && !TERMINAL.test(m[1].replace(/\b\p{Lu}\.$/u, '')) && /^[\p{Lu}]/u.test(m[1]);
}

/** "Ann Lee, BBC News", "Ann Lee | Reuters", "Ann Lee": a name line (byline at the top, signature below). */
function nameLine(t: string): boolean {
  if (TERMINAL.test(t.replace(/\b\p{Lu}\.$/u, ''))) return false;
  const ws = words(t);
  if (ws.length < 2 || ws.length > 10 || !nameWords(ws)) return false;
  // A name and an outlet or place after a separator, or a name alone (two to four words).
  return /^[^,|—–]+(?:\s*[,|]\s*|\s+[—–-]\s+)[^,|—–]+$/.test(t) || ws.length <= 4;
}

/** The role a paragraph's text gives it, position aside. `t` is the paragraph's prose, trimmed. */
export function paragraphShape(t: string): ParagraphShape {
  const line = t.replace(/^[\s*_>(\[]+(?=\S)/, (s) => (s.includes('(') || s.includes('[') ? s.replace(/[^([]/g, '') : ''));
  const open = line.replace(/^[([]\s*/, '');
  const n = words(line).length;
  if (CREDIT_OPEN.test(open)) return 'credit';
  if (CAPTION_LABEL.test(open)) return 'caption';
  if (PROMO_LABEL.test(open) || n <= 40 && /\bclick here\b/i.test(line)) return 'promo';
  if (byline(open)) return 'byline';
  if (n <= 30 && CONTRIBUTED.test(line)) return 'credit';
  // "(Reuters)", "(AP) —": a bracketed agency alone.
  if (/^\([\p{Lu}][^()]{0,40}\)\s*[—–-]?\s*\.?$/u.test(line)) return 'credit';
  if (signatureShape(line)) return 'signature';
  if (dateline(line)) return 'dateline';
  if (n <= 60 && !/^[([]/.test(line) && BRACKET_CREDIT.test(line)) return 'caption';
  if (nameLine(line)) return 'name-line';
  return 'story';
}

/**
 * Set `role` on every body paragraph and list item of a draft from its shape (`shapes[i]`, by
 * `paragraphShape`, memoised with the paragraph's sentences) and its position. `text` is the
 * original (emphasis marks around a deck are blanked in prose). Headlines, headings and block
 * quotes stay 'story'.
 */
export function classifyParagraphs(paragraphs: Paragraph[], shapes: ParagraphShape[], text: string): void {
  const head = paragraphs.findIndex((p) => p.kind === 'headline');
  // Story paragraphs so far, and the first one's index.
  let storyParas = 0;
  let firstStory = -1;
  for (const p of paragraphs) {
    if (p.kind !== 'body' && p.kind !== 'list-item') continue;
    const shape = shapes[p.index];
    // A name line above the copy (or under a deck) is a byline; below, a signature (letters, vox pops).
    const top = storyParas === 0 || storyParas === 1 && firstStory === head + 1;
    p.role = shape !== 'name-line' ? shape : top ? 'byline' : 'signature';
    if (p.role === 'story' && storyParas++ === 0) firstStory = p.index;
  }
  const deck = deckParagraph(paragraphs, text, head);
  if (deck >= 0) paragraphs[deck].role = 'deck';
}

/**
 * The deck (standfirst): the paragraph right under the headline when it is set apart by emphasis
 * (`*…*`, `_…_`), when the headline ends in ";" or ":" and the deck runs on the next line, or when
 * a byline follows it. -1 when there is none.
 */
function deckParagraph(ps: Paragraph[], text: string, head: number): number {
  const i = head >= 0 ? head + 1 : -1;
  if (i < 0 || i >= ps.length || ps[i].kind !== 'body' || ps[i].role !== 'story') return -1;
  const p = ps[i];
  const before = text.slice(ps[i - 1].end, p.start);
  const after = text.slice(p.end, i + 1 < ps.length ? ps[i + 1].start : text.length);
  if (/[*_]\s*$/.test(before) && /^\s*[*_]/.test(after)) return i;
  // "Rivals court farmers' votes;\nBoth candidates list their records".
  const headText = text.slice(ps[i - 1].start, ps[i - 1].end).trimEnd();
  if (/[;:]$/.test(headText) && /^[ \t]*\r?\n[ \t]*$/.test(before)) return i;
  // Headline, deck, byline: the web page's top.
  return i + 1 < ps.length && ps[i + 1].role === 'byline' ? i : -1;
}

/**
 * Does the first line of a draft look like a headline? Short: at most 25 words, at most 20 when it
 * closes with a full stop (some archives end every headline with one; a lede runs longer), one
 * sentence, and not the first line of a hard-wrapped paragraph (the next line in the same
 * paragraph starting in lower case, or this one ending in a comma or a joining word). `next` is
 * the next line when it is in the same paragraph, else null.
 */
export function looksLikeHeadline(line: string, next: string | null): boolean {
  const t = line.trim();
  if (t.length === 0) return false;
  const n = t.split(/\s+/).length;
  if (n > 25 || n > 20 && /\.["'”’)\]*_]*$/.test(t)) return false;
  // Two sentences: "Mara Velt resigned. The council meets today." (not "U.S. backs", "Mr. Velt").
  if (/\p{Ll}{2}[.!?]["'”’)]*\s+["“‘'(]?\p{Lu}/u.test(t)) return false;
  if (/[,]$|\s(?:and|or|but|the|a|an|of|to|in|on|for|with|that|who|which|at|by|from)$/i.test(t)) return false;
  if (next !== null && /^[\s*_>"“‘'(]*\p{Ll}/u.test(next)) return false;
  return true;
}
