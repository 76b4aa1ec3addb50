/**
 * fast-check generators of news drafts for the reliability properties and `npm run stress`.
 *
 * Every word, name, place and quote below is invented for these tests (no corpus text). The
 * generators aim at what breaks linters of prose: astral characters and combining marks next to
 * quote marks, every quote mark in every mix, CR/LF/CRLF, a BOM, Markdown structure (front
 * matter, fences, comments and newslint directives, links, lists) and news-like paragraphs with
 * speakers, titles, honorifics, possessives, apostrophes and running quotes.
 */
import fc from 'fast-check';

// ---------------------------------------------------------------------------------------------
// Word lists (invented)
// ---------------------------------------------------------------------------------------------

export const GIVEN = ['Marta', 'Tomasz', 'Aisha', 'Liang', 'Oluwaseun', 'Ingrid', 'Diego', 'Priya', 'Eamon', 'Yuki', 'Fatima', 'Henrik', 'Zofia', 'Kwame', 'Élodie', 'José', 'Søren', 'Björn', 'Anne-Marie', 'Siobhán'];
export const SURNAMES = ['Kowalczyk', 'Okonkwo', 'Brennan', 'Haddad', 'Lindqvist', 'Moreau', 'Ferreira', 'Tanaka', 'Abernathy', 'Petrov', 'Nakamura', "O'Brien", 'O’Hara', 'McAllister', 'van der Berg', 'Al-Sayed', 'Ó Súilleabháin', 'Ngata', 'Wójcik', 'Dubois'];
/** Spelling variants of some surnames, to provoke name-consistency findings and fixes. */
export const VARIANTS: Record<string, string[]> = {
  Kowalczyk: ['Kowalczik', 'Kowalcyk'],
  Haddad: ['Hadad'],
  Petrov: ['Petroff', 'Petrow'],
  Brennan: ['Brenan'],
  Lindqvist: ['Lindquist'],
  Okonkwo: ['Okonkow'],
};
const TITLES = ['Mayor', 'Senator', 'Foreign Minister', 'Chief Executive', 'Police Commissioner', 'Professor', 'Dr', 'Health Secretary', 'Judge', 'Coach', 'mayor', 'senator', 'foreign minister', 'chief executive'];
const ROLES = ['a spokeswoman for the Harbour Trust', 'the chief executive of Northway Rail', 'a local teacher', 'the mayor of Dunford', 'president of the Kestrel Bay Residents’ Association', 'a nurse at Marrowgate General', 'who chairs the council’s finance committee', 'the town’s longest-serving councillor'];
const HONORIFICS = ['Mr', 'Mrs', 'Ms', 'Dr', 'Mr.', 'Ms.', 'Sen.', 'Prof.', 'Miss', 'Mx'];
const CUES = ['said', 'says', 'told reporters', 'added', 'explained', 'warned', 'insisted', 'wrote', 'told the BBC', 'said on Tuesday', 'recalled', 'admitted'];
const PRONOUNS = ['he', 'she', 'they', 'He', 'She', 'They'];
const PLACES = ['Dunford', 'Port Ellery', 'Kestrel Bay', 'Marrowgate', 'Lake Orrin', 'São Tomé', 'Łódź', 'Zürich', 'Reykjavík'];
const ORGS = ['the Harbour Trust', 'Northway Rail', 'the city council', 'the Ministry of Tides', 'Orrin Valley FC', 'the Dunford Courier'];
const STATEMENTS = [
  'We will not back down',
  'The money is simply not there',
  'Nobody told us anything',
  'It’s a good day for the town',
  "I don't know what happened",
  'This is the end of an era',
  'We were never consulted, not once',
  'The trains will run on time, I promise you',
  'I’m proud of what we’ve built here',
  'They said it couldn’t be done',
  'Enough is enough',
  'We have to be honest with people',
  'I have nothing more to say',
  'That’s not what the report says',
];
const FRAGMENTS = ['a disgrace', 'deeply worrying', 'the right thing to do', 'long overdue', 'a bit of a mess', 'unacceptable', 'reform', 'experts', 'temporary', 'rock ’n’ roll'];
const FILLER = [
  'The council met on Tuesday to discuss the budget.',
  'Work on the new bridge began in March.',
  'The vote was delayed by two weeks.',
  'Residents gathered outside the town hall.',
  'Ticket prices rose by 4% last year.',
  'The report, published in the ’90s, was never acted on.',
  'Police closed the road for three hours.',
  'It was the third such incident this year.',
  'Shares fell 2.5% in early trading.',
  'The match ended 2–1 after extra time.',
];
const EMOJI = ['😀', '👍🏽', '🇫🇷', '👩‍👩‍👧', '🎉', '❤️', '𠜎', '𝔸', '🧑🏿‍⚖️'];
const COMBINING = ['e\u0301', 'a\u0308', 'n\u0303', 'o\u0302\u0323', 'Z\u0335', '\u0301'];
const ODD = ['\u00a0', '\u200b', '\u00ad', '\u200d', '\t', '\u2028', '\u202f', '\ufeff', 'עברית', 'العربية', '…', '—', '–', '\u0000', '\uD83D', '\uDE00'];
/** Every quote mark the engine may meet. */
export const QUOTE_MARKS = ['"', '“', '”', "'", '‘', '’', '«', '»', '‹', '›', '„', '‚'];
/** Opening and closing marks as styles use them (plus some mismatched pairs). */
const QUOTE_PAIRS: Array<[string, string]> = [
  ['“', '”'],
  ['"', '"'],
  ['‘', '’'],
  ["'", "'"],
  ['«', '»'],
  ['« ', ' »'],
  ['«\u00a0', '\u00a0»'],
  ['‹', '›'],
  ['„', '“'],
  ['‚', '‘'],
  ['»', '«'],
  ['“', '"'],
  ['"', '”'],
  ['“', '“'],
];

// ---------------------------------------------------------------------------------------------
// Small pieces
// ---------------------------------------------------------------------------------------------

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

export const person = fc.record({
  given: pick(GIVEN),
  surname: pick(SURNAMES),
  title: fc.option(pick(TITLES), { freq: 2 }),
  role: fc.option(pick(ROLES), { freq: 2 }),
  honorific: pick(HONORIFICS),
});
export type GenPerson = typeof person extends fc.Arbitrary<infer T> ? T : never;

const quotePair = fc.oneof({ weight: 6, arbitrary: fc.constant<[string, string]>(['“', '”']) }, { weight: 4, arbitrary: pick(QUOTE_PAIRS) });

/** A few invisible or astral characters, sometimes. */
export const noise = fc.oneof(
  { weight: 3, arbitrary: pick(EMOJI) },
  { weight: 2, arbitrary: pick(COMBINING) },
  { weight: 2, arbitrary: pick(ODD) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
);

function nameOf(p: GenPerson, form: number): string {
  const variants = VARIANTS[p.surname];
  switch (form) {
    case 0:
      return `${p.given} ${p.surname}`;
    case 1:
      return p.surname;
    case 2:
      return `${p.honorific} ${p.surname}`;
    case 3:
      return p.title ? `${p.title} ${p.given} ${p.surname}` : `${p.given} ${p.surname}`;
    case 4:
      return variants ? `${p.given} ${variants[0]}` : p.surname;
    case 5:
      return variants ? variants[variants.length - 1] : `${p.surname}’s`;
    default:
      return `${p.surname}'s`;
  }
}

/** One news sentence about `p` (quoted, partial, reported, unattributed, scare quotes…). */
function sentence(p: GenPerson, kind: number, form: number, q: [string, string], stmt: string, frag: string, cue: string, pro: string, place: string, org: string, filler: string): string {
  const [o, c] = q;
  const name = nameOf(p, form);
  const role = p.role ? `, ${p.role},` : '';
  switch (kind) {
    case 0:
      return `${o}${stmt},${c} ${cue} ${name}${role ? role.slice(0, -1) : ''}.`;
    case 1:
      return `${name}${role} ${cue}: ${o}${stmt}.${c}`;
    case 2:
      return `${o}${stmt}.${c}`;
    case 3:
      return `${name} ${cue} the plan was ${o}${frag}${c}.`;
    case 4:
      return `${pro} ${cue}: ${o}${stmt}.${c}`;
    case 5:
      return `${o}${stmt},${c} ${pro} ${cue}. ${o}${frag}.${c}`;
    case 6:
      return `The so-called ${o}${frag}${c} was announced by ${org} in ${place}.`;
    case 7:
      return `${name} arrived in ${place} on Monday. ${filler}`;
    case 8:
      return `${o}${stmt}${c}, according to ${name}.`;
    case 9:
      return `${o}${stmt}` /* never closed */;
    case 10:
      return `${stmt}.${c}` /* never opened */;
    case 11:
      return `${o}${stmt}, ${o}${frag}${c} and more,${c} ${cue} ${name}.`;
    default:
      return filler;
  }
}

export const newsSentence = (p: fc.Arbitrary<GenPerson> = person) =>
  fc
    .tuple(p, fc.nat(12), fc.nat(6), quotePair, pick(STATEMENTS), pick(FRAGMENTS), pick(CUES), pick(PRONOUNS), pick(PLACES), pick(ORGS), pick(FILLER))
    .map((a) => sentence(...a));

/** A paragraph of one to four sentences about a small cast of people. */
export const newsParagraph = (cast: GenPerson[]) =>
  fc.array(newsSentence(cast.length > 0 ? fc.constantFrom(...cast) : person), { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));

/** A running quote: an opening mark in one paragraph, continued in the next, closed later. */
const runningQuote = fc.tuple(pick(STATEMENTS), pick(STATEMENTS), pick(STATEMENTS), person, pick(CUES)).map(
  ([a, b, c, p, cue]) => `“${a}. ${b}.\n\n“${c},” ${cue} ${p.given} ${p.surname}.`,
);

// ---------------------------------------------------------------------------------------------
// Markdown blocks
// ---------------------------------------------------------------------------------------------

const RULE_IDS = ['quote-attribution', 'quote-marks', 'name-consistency', 'first-reference', 'title-case', 'later-reference', 'no-such-rule'];
const directive = fc.tuple(pick(['disable', 'enable', 'disable-line', 'disable-next-line']), fc.subarray(RULE_IDS, { maxLength: 2 })).map(
  ([k, ids]) => `<!-- newslint-${k}${ids.length ? ' ' + ids.join(', ') : ''} -->`,
);

const markdownBlock = (para: fc.Arbitrary<string>) =>
  fc.oneof(
    { weight: 8, arbitrary: para },
    { weight: 1, arbitrary: para.map((p) => `## ${p.split('. ')[0]}`) },
    { weight: 1, arbitrary: fc.array(para, { minLength: 1, maxLength: 3 }).map((ps) => ps.map((p, i) => (i % 2 ? `${i}. ${p}` : `- ${p}`)).join('\n')) },
    { weight: 1, arbitrary: para.map((p) => `> ${p}`) },
    { weight: 1, arbitrary: fc.tuple(pick(['```', '~~~', '````']), para).map(([f, p]) => `${f}\n${p}\n"unclosed ${f.length}\n${f}`) },
    { weight: 1, arbitrary: para.map((p) => `<!-- editor's note: ${p} -->`) },
    { weight: 2, arbitrary: fc.tuple(directive, para).map(([d, p]) => `${d}\n${p}`) },
    { weight: 1, arbitrary: fc.tuple(para, directive).map(([p, d]) => `${p} ${d}`) },
    { weight: 1, arbitrary: para.map((p) => `See [${p.slice(0, 20)}](https://example.org/a"b'c?q=“x”) and \`"code"\` here. ${p}`) },
    { weight: 1, arbitrary: para.map((p) => `![“photo”](img/a'b.png "a title")\n*${p}*`) },
    { weight: 1, arbitrary: fc.constantFrom('---', '***', '| a | "b" |\n|---|---|\n| “c | d” |', '    "indented code', '<div class="x">“html”</div>', '<!-- unterminated comment') },
  );

const frontMatter = fc.tuple(pick(STATEMENTS), person).map(([s, p]) => `---\ntitle: "${s}"\nauthor: ${p.given} ${p.surname}\ntags: ['a', "b"]\n---`);

// ---------------------------------------------------------------------------------------------
// Whole drafts
// ---------------------------------------------------------------------------------------------

export type Eol = 'lf' | 'crlf' | 'cr' | 'mixed';

/** Replace every '\n' with the chosen line ending (a cycle of random endings for "mixed"). */
export function withEol(text: string, eol: Eol, mix: string[] = ['\n', '\r\n']): string {
  if (eol === 'lf') return text;
  if (eol === 'crlf') return text.replace(/\n/g, '\r\n');
  if (eol === 'cr') return text.replace(/\n/g, '\r');
  let i = 0;
  return text.replace(/\n/g, () => mix[i++ % mix.length]);
}

const eolArb = fc.record({
  eol: fc.constantFrom<Eol>('lf', 'lf', 'crlf', 'mixed', 'mixed', 'cr'),
  mix: fc.array(fc.constantFrom('\n', '\r\n', '\r\n', '\r'), { minLength: 1, maxLength: 6 }),
  bom: fc.boolean(),
});

function finish(body: string, e: { eol: Eol; mix: string[]; bom: boolean }): string {
  return (e.bom ? '\ufeff' : '') + withEol(body, e.eol, e.mix);
}

/** Sprinkle noise into a text at random places. */
const sprinkled = (text: fc.Arbitrary<string>) =>
  fc.tuple(text, fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), noise), { maxLength: 4 })).map(([t, ns]) => {
    let out = t;
    for (const [r, n] of ns) {
      const at = snap(out, Math.floor(r * out.length));
      out = out.slice(0, at) + n + out.slice(at);
    }
    return out;
  });

/** A news draft: headline, a cast of people, paragraphs, sometimes Markdown structure. */
export const newsDraft = fc
  .tuple(
    fc.array(person, { minLength: 1, maxLength: 4 }),
    fc.boolean(),
    fc.boolean(),
    fc.integer({ min: 1, max: 8 }),
    fc.nat(),
  )
  .chain(([cast, md, fm, n]) =>
    fc.tuple(
      fc.constant(cast),
      fc.constant(md),
      fm && md ? frontMatter.map((f) => f + '\n\n') : fc.constant(''),
      pick(STATEMENTS),
      fc.array(md ? markdownBlock(newsParagraph(cast)) : fc.oneof({ weight: 6, arbitrary: newsParagraph(cast) }, { weight: 1, arbitrary: runningQuote }), { minLength: 1, maxLength: n }),
      fc.boolean(),
      eolArb,
    ),
  )
  .chain(([, md, fm, head, blocks, noisy, e]) => {
    const body = `${fm}${md ? '# ' : ''}${head}\n\n${blocks.join('\n\n')}\n`;
    return (noisy ? sprinkled(fc.constant(body)) : fc.constant(body)).map((b) => finish(b, e));
  });

/** Words and quote marks in any order: the quote scanner's worst case. */
export const quoteSoup = fc
  .tuple(
    fc.array(
      fc.oneof(
        { weight: 4, arbitrary: pick(['we', 'will', 'not', 'said', 'Haddad', 'it', 'don’t', "it's", 'the', '90s', 'rock', 'n', 'O', 'Brien', 'x']) },
        { weight: 4, arbitrary: pick(QUOTE_MARKS) },
        { weight: 3, arbitrary: pick([' ', ' ', ', ', '. ', ': ', '\n', '\n\n', '\u00a0', '(', ')', '[', ']']) },
        { weight: 1, arbitrary: noise },
      ),
      { maxLength: 80 },
    ),
    eolArb,
  )
  .map(([parts, e]) => finish(parts.join(''), e));

/** Random Unicode: any code points, plus the troublemakers, weighted towards the troublemakers. */
export const unicodeText = fc
  .tuple(
    fc.array(
      fc.oneof(
        { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
        { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
        { weight: 2, arbitrary: noise },
        { weight: 2, arbitrary: pick(QUOTE_MARKS) },
        { weight: 2, arbitrary: pick(['\n', '\r\n', '\r', '\n\n', ' ', '# ', '- ', '> ', '<!--', '-->', '```', '---\n', '[', '](', ')']) },
        { weight: 2, arbitrary: pick(SURNAMES) },
        { weight: 1, arbitrary: pick(CUES) },
      ),
      { maxLength: 60 },
    ),
    fc.boolean(),
  )
  .map(([parts, bom]) => (bom ? '\ufeff' : '') + parts.join(''));

/** Markdown structure with little prose: front matter, fences, comments, directives, links. */
export const markdownSoup = fc
  .tuple(fc.array(markdownBlock(fc.oneof(newsSentence(), quoteSoup)), { minLength: 1, maxLength: 8 }), fc.boolean(), eolArb, frontMatter)
  .map(([blocks, fm, e, f]) => finish((fm ? f + '\n' : '') + blocks.join(pickSep(blocks.length)), e));

function pickSep(n: number): string {
  return n % 3 === 0 ? '\n' : '\n\n';
}

/** A draft whose paragraphs repeat (pasted twice, boilerplate): cached scans are shared. */
export const repeatedDraft = fc
  .tuple(newsDraft, fc.integer({ min: 2, max: 3 }), fc.constantFrom('', '\n', '\n\n'))
  .map(([t, n, sep]) => {
    const bom = t.startsWith('\ufeff') ? '\ufeff' : '';
    return bom + Array(n).fill(t.slice(bom.length)).join(sep);
  });

/** Any draft, weighted towards news-like ones. */
export const anyDraft = fc.oneof(
  { weight: 5, arbitrary: newsDraft },
  { weight: 1, arbitrary: repeatedDraft },
  { weight: 2, arbitrary: markdownSoup },
  { weight: 2, arbitrary: quoteSoup },
  { weight: 1, arbitrary: unicodeText },
);

// ---------------------------------------------------------------------------------------------
// Edits
// ---------------------------------------------------------------------------------------------

/** An edit as a fraction of the text length (so it applies to any text). */
export interface GenEdit {
  at: number;
  del: number;
  insert: string;
}

const insertText = fc.oneof(
  { weight: 5, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 3 }) },
  { weight: 2, arbitrary: pick(QUOTE_MARKS) },
  { weight: 2, arbitrary: pick(['\n', '\n\n', '\r\n', '\r\n\r\n', ' ', '. ', ', said ', ' he said.']) },
  { weight: 2, arbitrary: newsSentence() },
  { weight: 1, arbitrary: noise },
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: pick(['<!-- newslint-disable -->', '<!-- newslint-enable -->', '```\n', '---\n', '# ']) },
);

export const edit: fc.Arbitrary<GenEdit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  del: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 3, arbitrary: fc.integer({ min: 1, max: 4 }) }, { weight: 1, arbitrary: fc.integer({ min: 5, max: 200 }) }),
  insert: insertText,
});

export const edits = (max = 20) => fc.array(edit, { minLength: 1, maxLength: max });

/** Move an offset off the middle of a surrogate pair (editors never split one). */
export function snap(text: string, at: number): number {
  at = Math.max(0, Math.min(text.length, at));
  if (at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at))) return at - 1;
  return at;
}

export function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
export function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** The concrete [start, end) replacement a GenEdit means for `text`. */
export function resolveEdit(text: string, e: GenEdit): { start: number; end: number; text: string } {
  const start = snap(text, Math.floor(e.at * text.length));
  const end = snap(text, Math.min(text.length, start + e.del));
  return { start, end: Math.max(start, end), text: e.insert };
}

export function applyEdit(text: string, e: { start: number; end: number; text: string }): string {
  return text.slice(0, e.start) + e.text + text.slice(e.end);
}
