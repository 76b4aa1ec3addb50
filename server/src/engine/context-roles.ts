/**
 * What the rest of a sentence says of a person named without a role word attached to the name.
 *
 * A copy desk does not ask for a title when the sentence already tells the reader who the person
 * is: "Dan Ellery scored twice for Hearts", "Jane Holt's debut novel The Salt Road", "Ann
 * Pryor took the best actress award", "Rowena Satchwell, Steve Brookes and G5 are the
 * remaining finalists", "the fatal shooting of Keith Scotton", "as the Democratic nominee tries to
 * win back voters". Each signal below is one small check over a masked copy of the sentence.
 *
 * Masking: other names of the sentence become runs of U+0001 (so a list of names can be walked
 * over), the person's own name a run of U+0002, and quotes and the roles of other names become
 * spaces (they say nothing of this person). The masked text keeps the original length, so every
 * offset found in it is an offset into the paragraph.
 *
 * Pure and paragraph-local, like roles.ts.
 */
import type { Role, Span } from './types';
import { isGivenName, isKnownSurname, isPlace, isTimeWord } from './names';
import { isStopWord, roleWord } from './titles';
import { CLUB_ENDINGS } from './lexicon/organisations';
import { POS, posOf } from './lexicon/pos';
import { isWorkNoun } from './signals/credit';

export interface ContextInput {
  /** Paragraph text. */
  text: string;
  sentence: Span;
  /** The person's name (start includes a courtesy title; end excludes a possessive). */
  name: Span;
  possessive: boolean;
  /** Other names of the sentence. */
  others: Span[];
  /** Quotes and the roles attached to other names: nothing there is this person's. */
  blocked: Span[];
  /** Every other name of the sentence has a role of its own (or there is none). */
  othersRoled: boolean;
  /** The quotes among `blocked` (a team named in another person's title still names the sport's side). */
  quotes: Span[];
}

const OTHER = '\u0001';
const OWN = '\u0002';

const FILLS = ['', ' ', OTHER, OWN];

function mask(input: ContextInput, keepRoles = false): string {
  const { text, sentence, name } = input;
  const base = sentence.start;
  const len = Math.max(0, Math.min(sentence.end, text.length) - base);
  // What each code unit becomes (an index into FILLS, 0 for itself); later fills win.
  const marks = new Uint8Array(len);
  const fill = (s: Span, c: number) => {
    for (let i = Math.max(s.start, base); i < Math.min(s.end, base + len); i++) marks[i - base] = c;
  };
  for (const b of keepRoles ? input.quotes : input.blocked) if (!(b.start <= name.start && name.end <= b.end)) fill(b, 1);
  for (const o of input.others) fill(o, 2);
  fill(name, 3);
  let out = '';
  for (let i = 0; i < len; ) {
    const c = marks[i];
    let j = i + 1;
    while (j < len && marks[j] === c) j++;
    out += c === 0 ? text.slice(base + i, base + j) : FILLS[c].repeat(j - i);
    i = j;
  }
  return out;
}

// A list item: a name, or capitalised words the index did not take for a person ("Lauren", "group G4").
const ITEM = `(?:[${OTHER}${OWN}]+|(?<![\\p{L}])(?:(?!(?:are|were|is|was|include|includes|included|including|like|as|of|and|by|with|from|for|to|the|such)\\b)[\\p{Ll}]+\\s+)?\\p{Lu}[\\p{L}\\d'’.-]*(?:\\s+\\p{Lu}[\\p{L}\\d'’.-]*){0,3})(?:\\s+(?:QC|KC|MP|MEP|MSP|AM|OBE|MBE|CBE|Jr\\.?|Sr\\.?))?(?:['’]s?)?(?:\\s*\\([^()]{0,25}\\))?`;
const SEP = `(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+and\\s+|\\s+or\\s+|\\s*&\\s*)`;
/** The names of a list before the person's own name: "Gael Garcia Bernal, Imelda Staunton and ". */
const LIST_BEFORE = new RegExp(`(?:${ITEM}${SEP})*$`, 'u');
/** The names of a list after it: ", Jim Carrey and Johnny Depp". */
const LIST_AFTER = new RegExp(`^(?:['’]s?)?(?:\\s*\\([^()]{0,25}\\))?(?:${SEP}${ITEM})*`, 'u');

/**
 * Patterns anchored at the end of a text ("…$") are tried from every position of it. Each of those
 * below needs a word or a mark at the end, so a look at the last few characters first decides most.
 */
const SPACE = /\s/;

/** The last 16 code units of `text` before `end` and the white space before it. */
function tailBefore(text: string, end: number): string {
  let e = end;
  while (e > 0 && SPACE.test(text[e - 1])) e--;
  return text.slice(Math.max(0, e - 16), e);
}

/** text[0, end) ends with white space. */
function endsWithSpace(text: string, end: number): boolean {
  return end > 0 && SPACE.test(text[end - 1]);
}

/** A list separator (",", "and", "or", "&") can end text[0, end): LIST_BEFORE can match more than nothing. */
function endsWithSeparator(text: string, end: number): boolean {
  return /(?:,|&|and|or)$/.test(tailBefore(text, end));
}

/** Where one clause ends and the next begins (a list's commas are walked over first). */
const CLAUSE_BREAK = /[;:()—–"“”]|\s-\s|,|\s(?:but|while|whilst|whereas|although|though|as|when|after|before|until|because|since|which|who|whose|if|despite)\s/giu;

interface Layout {
  masked: string;
  /** Offsets in `masked` (sentence-relative). */
  own: Span;
  list: Span;
  clause: Span;
}

function layout(input: ContextInput): Layout {
  const masked = mask(input);
  // Commas between the names of a list are no clause breaks: "competition from A, B and C in the best actor category".
  const breaks = masked.replace(/([\u0001\u0002\p{L}]['’]?s?)(\s*),(?=\s*(?:and\s+)?[\u0001\u0002])/gu, (_m, a: string, b: string) => a + b + ' ');
  const own = { start: input.name.start - input.sentence.start, end: input.name.end - input.sentence.start };
  const before = endsWithSeparator(masked, own.start) ? LIST_BEFORE.exec(masked.slice(0, own.start)) : null;
  const after = LIST_AFTER.exec(masked.slice(own.end));
  const list = { start: own.start - (before?.[0].length ?? 0), end: own.end + (after?.[0].length ?? 0) };
  let cs = 0;
  let ce = masked.length;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(breaks); m; m = CLAUSE_BREAK.exec(breaks)) {
    const end = m.index + m[0].length;
    if (end <= list.start) cs = end;
    else if (m.index >= list.end) {
      ce = m.index;
      break;
    }
  }
  return { masked, own, list, clause: { start: cs, end: ce } };
}

function found(input: ContextInput, start: number, end: number, context = false): Role {
  const span = { start: input.sentence.start + start, end: input.sentence.start + end };
  const r: Role = { kind: 'sentence', text: input.text.slice(span.start, span.end), span, removal: null };
  if (context) r.context = true;
  return r;
}

function hitIn(input: ContextInput, re: RegExp, masked: string, from: number, to: number, context = false): Role | null {
  const m = re.exec(masked.slice(from, to));
  return m ? found(input, from + m.index, from + m.index + m[0].length, context) : null;
}

// ---------------------------------------------------------------------------------------------
// Role nouns, credits and parts: they count in both modes.

const POSITION = /\b(?:in|at|returning to|selected in|recalled at|start at|starts at|plays at|play at|switch(?:es|ed)?\s+(?:from\s+[\p{L}-]+\s+)?to|moves? to)\s+(?:the\s+)?(?:number\s+\d+\b|hooker|prop|lock|flanker|number eight|openside|blindside|loosehead|tighthead|stand-off|centre|center|midfield|the pack|pack|back row|back-row|front row|front-row|second row|second-row|full-back|fly-half|scrum-half|wing|goal|defence|attack|the centre)\b|\bin the mix for\b|\bplaying on the (?:right|left)\b/iu;
/** Words one of POSITION's alternatives must hold (a position, "mix", "playing"). */
const POSITION_HINT = /number|hooker|prop|lock|flanker|openside|blindside|loosehead|tighthead|stand-off|centre|center|midfield|pack|back|front|second|half|wing|goal|defence|attack|mix|playing/i;
const SPORT_TEAM = /\b(?:scored|scores|scoring|on target|kicked|kicking|played|plays|playing|start|starts|started|debut|appeared|appears|signed|joined|netted|goals?|tries|try|conversions?|penalt(?:y|ies)|duties)\b[^.;:!?"“”]{0,40}?\bfor\s+(?:the\s+)?\p{Lu}/u;

/**
 * What the person (or the list the person is in) does next, when that is a role: "will star in
 * the new sitcom", "joins the all-star cast", "named in the Scotland squad", "are the remaining
 * finalists", "all won acting awards", "will give musical performances", "have been tipped for the
 * role", "also feature on the list of world literary figures", "all returning to the pack".
 */
const PERFORMS = new RegExp(
  [
    String.raw`^\s+(?:also\s+|all\s+|both\s+)*(?:each\s+)?(?:will|is to|are to|was to|(?:is|are|was|were)\s+(?:also\s+)?(?:expected|likely|scheduled|due|set)\s+to|is set to|are set to|is due to|are due to|has been lined up to|have been lined up to|lined up to|is lined up to|are lined up to)\s+(?:also\s+|all\s+|both\s+|each\s+)*(?:star|perform|host|present|co-star|appear|sing|direct|feature|voice|record|compete|captain|coach|narrate|judge)\b`,
    String.raw`^\s+(?:joins|joined|join)\s+the\s+(?:[\p{L}-]+\s+){0,2}cast\b`,
    String.raw`^\s+(?:was|were|has been|have been|is|are)\s+(?:also\s+)?(?:named|selected|included|called up|drafted)\s+(?:in|for|to|into)\s+(?:the\s+|a\s+|an\s+|their\s+|his\s+|her\s+)?(?:[\p{L}\d-]+\s+){0,3}(?:squad|team|side|pack|line-up|lineup|xv)\b`,
    String.raw`^\s+(?:are|were|is|was)\s+(?:also\s+|all\s+)?(?:the\s+|among\s+the\s+)?(?:remaining\s+|other\s+|last\s+|two\s+|three\s+|four\s+|five\s+|six\s+)?(?:finalists|nominees|contenders|semi-finalists|winners|runners-up|favourites|favorites)\b`,
    String.raw`^\s+(?:will\s+|also\s+|all\s+|both\s+|each\s+)*(?:give|gave|make|made|giving|making)\s+(?:[\p{L}-]+\s+){0,2}performances?\b`,
    String.raw`^\s+(?:are|is|were|was|(?:have|has|had)\s+(?:also\s+|all\s+|both\s+)*been)\s+(?:also\s+|all\s+|both\s+)*(?:tipped (?:for|to)|in the running|in the mix|among those featured|shortlisted|in contention|(?:mentioned|named|seen|touted|considered|linked) as (?:a\s+|the\s+)?(?:possible\s+|likely\s+|potential\s+)?(?:contenders?|candidates?|successors?|replacements?|favourites?))\b`,
    String.raw`^\s+(?:are\s+|were\s+)?(?:also\s+|all\s+|both\s+)*returning\s+to\s+the\s+(?:pack|side|team|squad|line-up|xv)\b`,
    String.raw`^\s+in\s+the\s+(?:title|lead|leading|starring|main|central)\s+role\b`,
    String.raw`^\s*,?\s+(?:who\s+)?(?:plays|played|playing|will\s+play|portrays|portrayed|voices|voiced)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:man|woman|boy|girl|character|role|part|lead|villain|hero|heroine|mother|father|detective|cop|doctor|nurse|teacher|wife|husband|king|queen)\b`,
    String.raw`^\s*,?\s+(?:who\s+)?(?:provides|provided|gives|gave|supplies|supplied)\s+the\s+voices?\b`,
    String.raw`^\s+(?:will\s+be|is|was|are|were|has\s+been|have\s+been)\s+(?:also\s+)?(?:hosting|presenting|fronting|directing|producing|narrating|starring\s+in|co-hosting|co-presenting)\b`,
    String.raw`^\s*,?\s+(?:from|of|at|with)\s+the\s+(?:magazine|newspaper|paper|company|firm|group|agency|charity|union|council|university|school|hospital|bank|club|museum|gallery|trust|institute|organisation|organization|department|ministry|website|site|band|campaign|network|station|studio|label|festival)\b`,
  ].join('|'),
  'iu',
);

/** What the person does or wins that says who they are without a role noun: "won the 800m title", "awarded MBEs". */
const PERFORMS_CONTEXT = new RegExp(
  [
    String.raw`^\s+(?:have\s+|has\s+|had\s+)?(?:also\s+|all\s+|both\s+|each\s+|jointly\s+)*(?:won|win|took|take|shared|share|earned|scooped|picked up|collected)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:awards?|prizes?|trophies|trophy|crown|gongs?|medals?)\b`,
    String.raw`^\s+(?:also\s+|all\s+|both\s+)*feature[sd]?\s+(?:on|in)\s+(?:the\s+)?(?:[\p{L}\d-]+\s+){0,4}?(?:list|line-up|lineup|cast|album|record|single)\b`,
    String.raw`^\s+(?:has\s+|had\s+|have\s+)?(?:also\s+|already\s+)?(?:won|retained|defended|claimed|clinched|took|lifted)\s+(?:the\s+|a\s+|his\s+|her\s+|their\s+|last\s+year's\s+)?(?:[\p{L}\d'’-]+\s+){0,4}?(?:titles?|final|series|race|championships?|tournament|gold|silver|bronze|cup|trophy|medals?|grand slam|open|marathon|sprint)\b`,
    String.raw`^\s+(?:are\s+|is\s+)?(?:now\s+)?(?:joint\s+)?(?:second|third|fourth|clear|firm|hot)\s+(?:favourites?|favorites?)\b`,
    String.raw`^\s+for\s+(?:president|vice-president|vice president|mayor|governor|senator|prime minister|chancellor|the presidency|the nomination|re-election|reelection)\b`,
    String.raw`^\s+(?:are\s+|were\s+|is\s+|was\s+)?(?:all\s+|both\s+)?(?:vying|competing|battling|fighting|jostling)\s+for\s+(?:the\s+)?(?:[\p{L}\d-]+\s+){0,3}?(?:positions?|places?|spots?|berths?|shirts?|jerseys?|roles?|title|crown|seats?|nomination|captaincy)\b`,
    String.raw`^\s+(?:is|are|was|were)\s+(?:now\s+|also\s+)?(?:the\s+)?(?:joint\s+|second\s+|clear\s+|hot\s+|odds-on\s+|bookmakers'\s+)*(?:favourite|favorite|frontrunner|front-runner)\s+to\s+(?:play|star|win|take|land|become|replace|succeed|host|present)\b`,
    String.raw`^\s+(?:have\s+|has\s+)?(?:also\s+|all\s+|both\s+)*(?:been\s+)?(?:awarded|given|handed|made)\s+(?:an?\s+)?(?:MBEs?|OBEs?|CBEs?|knighthoods?|damehoods?|peerages?|medals?|honours?|honorary\s+degrees?)\b`,
  ].join('|'),
  'iu',
);

// ---------------------------------------------------------------------------------------------
// Context: what says who the person is without a role noun (counted with sentenceContext: true).

/** An award category or award the person is in the running for or won, in the person's clause. */
const AWARD = /\b(?:supporting|leading)\s+(?:actor|actress|role)\b|\b(?:the\s+)?[\p{L}-]+\s+(?:category|categories)\b|\bbest\s+(?:supporting\s+|leading\s+|new\s+|male\s+|female\s+|british\s+|international\s+|foreign\s+|original\s+|adapted\s+|solo\s+|breakthrough\s+|live\s+|urban\s+|pop\s+|rock\s+|dance\s+|r&b\s+|video\s+)*(?:actor|actress|director|male|female|newcomer|singer|artist|act|group|album|song|single|musical|writer|screenplay|performer|band|comedian|presenter|player|rapper|producer)\b|\b(?:design|directing|direction|acting|writing|songwriting|lifetime achievement|literature|fiction|poetry|debut|newcomer|comedy)\s+(?:award|prize|crown|honour|gong)s?\b/iu;

/** Words one of AWARD's alternatives must hold: a sentence without any is not read with AWARD at all. */
const AWARD_HINT = /act|role|categor|best|award|prize|crown|honour|gong/i;

/**
 * May `pattern` (one of the `iu` patterns above) match in `masked` or a part of it? False when its
 * `hint` (plain `i`, ASCII words it needs) is absent; a text holding ſ or the Kelvin sign, which a
 * `iu` pattern folds onto s and k, is always read with the pattern itself.
 */
function mayHold(hint: RegExp, masked: string): boolean {
  return FOLDS_TO_ASCII.test(masked) || hint.test(masked);
}

/** The team a person plays for or joins (case matters: "joined Arsenal", not "joined calls"). */
const REPRESENTS = /^\s+(?:will\s+|is\s+to\s+|are\s+to\s+|to\s+|has\s+|have\s+)?(?:represent|represents|represented|captain|captains|captained|play\s+for|plays\s+for|played\s+for|signed\s+for|signs\s+for|joined|joins|rejoined|rejoins|moved\s+to|moves\s+to)\s+(?:the\s+)?\p{Lu}/u;

/** An athletics or other event the person runs, jumps or throws in: "the 3,000m", "the pole vault" (not "35m euros"). */
const EVENT = /(?<![£$€\d.,])\b(?:\d{1,2},\d{3}m|\d{2,3}m(?=\s+(?:hurdles|title|race|final|record|heat|gold|silver|bronze|event|champion|crown|and|or|in|at|,|\.))|\d+x\d+m|pole vault|high jump|long jump|triple jump|shot put|discus|javelin|hammer throw|heptathlon|decathlon|steeplechase|cross-country|half-marathon|marathon|hurdles|sprint relay|time trial|slalom|downhill|singles|doubles)\b/iu;

/** What one of EVENT's alternatives must hold (a digit or an event's name). */
const EVENT_HINT = /\d|vault|jump|shot put|discus|javelin|hammer|athlon|steeplechase|cross-country|marathon|hurdles|relay|trial|slalom|downhill|singles|doubles/i;

/** Sport in the clause: what a player does in a match report. */
const SPORT_ACTION = /\b(?:scor(?:e|ed|es|ing)|goals?|chances?|effort|sav(?:e|ed|es)|foul(?:ed)?|booked|sent off|red card|half-time|first-half|second-half|\d+(?:st|nd|rd|th) minute|header|cross|corner|free[- ]kick|penalt(?:y|ies)|equali[sz](?:er|ed)|volley(?:ed|ing|s)?|shot|strike|tries|try|touchdown|conversion|drop goal|boot|kick(?:ed|s)?|points|ahead|level(?:led)?|lead|victory|win|beat|defeated|tally|caps?|debut|wins|qualify|qualified|injur(?:y|ed|ies)|squad|midfield|match|game|tie|cup|bid|transfer|loan|signing|debuts?|contract|scorers?|sent on|brought on|came on|substituted|replaced|seed|serve|retire[ds]?|break point|tie-break|sin-binned|wicket|innings|medal|record)\b/iu;
const SPORT_ACTION_ALL = new RegExp(SPORT_ACTION.source, 'giu');
/** Words only a match report uses: the sentence-wide team rule needs one (or two of SPORT_ACTION's). */
const SPORT_STRONG = /\b(?:scor(?:e|ed|es|ing|ers?)|goals?|header|free[- ]kick|penalt(?:y|ies)|equali[sz](?:er|ed)|volley(?:ed|ing|s)?|tries|try|touchdown|conversion|drop goal|cross-kick|hat-trick|wicket|innings|midfield|squad|caps|debuts?|sin-binned|half-time|first-half|second-half|kick-off|crossbar|woodwork|penalty area|striker|keeper|fly-half|scrum-half|line-up|relegation|promotion|Premiership|Six Nations|Champions League|World Cup|FA Cup)\b/iu;

/** Match words that politics and business copy rarely use. */
const SPORT_MID = /\b(?:will start|to start|starts against|start against|recalled|call-up|called up|match|game|tie|cup|beat|defeated|injur(?:y|ed|ies)|level(?:led)?|ahead|points|qualify|qualified|seed|serve|retired|sent on|brought on|came on|substituted)\b/iu;

/** A team named by what it is rather than its name. */
const TEAM_WORD = /\b(?:the\s+)?(?:visitors|hosts|home side|home team|away side|away team|holders|champions|defending champions|league leaders|tourists)\b|\u0001+['’]s?\s+(?:side|team|men|squad|xv)\b/iu;

/**
 * The sport patterns above without the `u` flag. Their letters are all ASCII, and the only code
 * points a case-insensitive Unicode pattern folds onto ASCII letters are ſ (s) and the Kelvin sign
 * (k): on a text without either, the plain `i` pattern finds the same matches, about twice as fast.
 */
const FOLDS_TO_ASCII = /[\u017f\u212a]/;
interface SportPatterns {
  action: RegExp;
  actionAll: RegExp;
  strong: RegExp;
  mid: RegExp;
  teamWord: RegExp;
}
const plainI = (re: RegExp) => new RegExp(re.source, re.flags.replace('u', ''));
const SPORT_UNICODE: SportPatterns = { action: SPORT_ACTION, actionAll: SPORT_ACTION_ALL, strong: SPORT_STRONG, mid: SPORT_MID, teamWord: TEAM_WORD };
const SPORT_ASCII: SportPatterns = { action: plainI(SPORT_ACTION), actionAll: plainI(SPORT_ACTION_ALL), strong: plainI(SPORT_STRONG), mid: plainI(SPORT_MID), teamWord: plainI(TEAM_WORD) };
function sportPatterns(text: string): SportPatterns {
  return FOLDS_TO_ASCII.test(text) ? SPORT_UNICODE : SPORT_ASCII;
}

/** The person is the victim of what the sentence reports: "the fatal shooting of Keith Scott". */
const VICTIM = /\b(?:killing|killings|shooting|shootings|murder|murders|kidnapping|abduction|assassination|beating|stabbing|rape|execution|lynching)\s+of\s+$/iu;

/** An office the person held: "filed by the administration of Bill Clinton", "during the presidency of X". */
const OFFICE_OF = /\b(?:administration|government|presidency|premiership|cabinet|reign|tenure|chancellorship|mayoralty|papacy|regime|dictatorship|junta)\s+of\s+$/iu;

/** A cast or performer credit in brackets after a character or a song: "Sylvia (Kate Winslet)", "Blue Harbour (Roy Dane, Elvis Marlow)". */
const BRACKET_CREDIT = /\p{Lu}[\p{L}'’-]*\s*\(\s*$/u;

/** A performer credited in running text: "a drama featuring Audrey Tautou", "in which he stars with Ben Stillman". */
const PERFORMER = /\b(?:(?:which|that)\s+features|turned\s+into\s+an?\s+(?:[\p{L}-]+\s+)?(?:movie|film|play|musical|series|opera)\s+by|featuring|featured|co-starring|starring|stars with|starred with|star with|starring with|performed(?:\s+there)?\s+by|sung by|played by|duet (?:from|with|by))\s+$/iu;

/** A work or office of the person after the possessive: "Bill Clinton's presidency", "Mel Brooks' hit show". */
const OFFICE_AFTER = /^['’]s?\s+(?:[\p{L}\d-]+\s+){0,2}?(?:presidency|premiership|administration|government|cabinet|campaign|tenure|reign|leadership|chancellorship|mayoralty|budget|manifesto|deputy|understudy|successor|predecessor|show|series|programme|program|sitcom|band|orchestra|label|company|firm|hit|hits|best seller|bestseller|best-seller|masterpiece|classic|exhibition|collection|production|staging|tale|story|new political party|party's|victory|triumph|win|gold|medal|title|record|running mate|re-election|reelection|candidacy|nomination)\b/iu;

/** Words that lead a list of people after a plural role: "Other actors expected ... are", "opponents such as". */
const LIST_LEAD = /(?:\b(?:are|were|include|includes|included|including|such as|like|particularly|notably|especially|the likes of|among them|namely|consisting of|made up of|comprising)\s*|\s[-—–:]\s*)$/iu;
const PLURAL_PEOPLE = new Set(
  `players actors actresses men women candidates contenders finalists nominees stars figures
   colleagues team-mates teammates barristers artists singers bands musicians writers authors directors
   politicians ministers leaders members internationals veterans greats legends celebrities names
   speakers performers judges presenters comedians republicans democrats conservatives liberals
   hopefuls recruits signings strikers defenders midfielders forwards backs wingers
   panel jury committee board cast line-up lineup squad trio quartet duo acts contributors hitters runners
   athletes sprinters riders drivers golfers cyclists swimmers boxers skaters`.split(/\s+/),
);

/** A side taken, not who the people are: "critics, including Mitch Darnell" (but "film critics" is a job). */
const SIDES = new Set('critics supporters backers allies fans admirers detractors sceptics skeptics opponents rivals progressives'.split(' '));

function pluralPeople(word: string, before: string | undefined): boolean {
  const w = word.toLowerCase();
  if (SIDES.has(w) && !(w === 'critics' && before && /^(?:film|theatre|theater|music|art|arts|food|restaurant|television|tv|literary|dance|wine|rock|jazz|movie|drama|fashion|architecture)$/i.test(before))) return false;
  return PLURAL_PEOPLE.has(w) || !!roleWord(word, true)?.plural;
}

/**
 * The first role noun among the words of a match's group 1 ("his first-choice kicker", "was the
 * busier keeper", "he was chief financial officer"), when it is singular and every word before it
 * passes `before`. `end` is the offset just past the role noun in the whole match.
 */
function roleNounIn(m: RegExpExecArray | null, tokens: RegExp, before: (w: string) => boolean): { word: string; end: number } | null {
  if (!m) return null;
  const ws = m[1].match(tokens) ?? [];
  const k = ws.findIndex((w) => !!roleWord(w, false));
  if (k < 0 || roleWord(ws[k], false)!.plural || !ws.slice(0, k).every(before)) return null;
  return { word: ws[k], end: m[0].indexOf(ws[k]) + ws[k].length };
}

/** A singular role word for the only person of the sentence: "the Republican nominee's stance". */
function coreferentRole(input: ContextInput, masked: string): Role | null {
  const det = /\bthe\s+/giu;
  for (let d = det.exec(masked); d; d = det.exec(masked)) {
    const words = /^(?:([\p{L}-]+)(['’]s?)?(?:\s+|(?=[,.;:!?]|$))){1,4}/u.exec(masked.slice(d.index + d[0].length));
    if (!words) continue;
    const toks = [...masked.slice(d.index + d[0].length, d.index + d[0].length + words[0].length).matchAll(/([\p{L}-]+)(['’]s?)?/gu)];
    for (let i = 0; i < toks.length; i++) {
      const w = toks[i][1];
      const info = roleWord(w, false);
      if (!info) {
        // Modifiers before the head are adjectives or titles ("the Democratic nominee"), never a possessive.
        if (toks[i][2] || isStopWord(w) && !/^(?:former|new|then)$/i.test(w)) break;
        continue;
      }
      if (info.plural || /^(?:qualifier|decider|opener|finale|closer|starter|runner-up|winner|loser)$/i.test(w)) break;
      const end = d.index + d[0].length + toks[i].index! + toks[i][0].length;
      // Only a role that is the subject of its clause ("as the Democratic nominee looks to") or owns
      // something ("the Republican nominee's stance"); "told the chairman", "the head of X" are
      // another person. ("appoints him as the first Latino senator": the object's role.)
      const rest = masked.slice(end, end + 12);
      if (/^\s*,?\s*[\u0001\u0002]/u.test(rest)) break;
      const before = masked.slice(Math.max(0, d.index - 12), d.index);
      if (!toks[i][2] && !(/\bas\s+$/i.test(before) && !/\b(?:him|her|them|it|me|us)\s+as\s+$/i.test(before))) break;
      return found(input, d.index, end);
    }
  }
  return null;
}

/** A capitalised name of one or two words: a team, a country. */
const CAP = String.raw`\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?`;
/** A team's places in a clause (see teamNamed); global regexes, reset before each use. */
const TEAM_SLOTS = [
  new RegExp(String.raw`\b(?:for|put|puts|putting|gave|give|gives|giving|earned|earn|earns|handed|hands|sent|sends|to|lead|captain|coach|join|joined|joins|rejoin|represent|represented|represents)\s+(?:the\s+)?(${CAP})(?![\p{L}])`, 'gu'),
  new RegExp(String.raw`^\s*(${CAP}),\s(?=despite|without|with|having|after|who|still)`, 'gu'),
  new RegExp(String.raw`\b\p{Ll}+\s+(${CAP})\s+(?:ahead|in front|level|into the lead|back into it|clear|into a \d+-\d+ lead)\b`, 'gu'),
  // (A player's own action is no team's: "Hodgson's cross-kick", "Lampard's free-kick".)
  new RegExp(String.raw`(${CAP})['’]s?\s+(?=[\p{Ll}\d])(?!(?:[\p{Ll}-]+\s+){0,2}(?:cross|cross-kick|free-kick|free|header|shot|pass|tackle|volley|drive|strike|run|effort|boot|kick|penalty|finish|corner|throw|save|goal|try|challenge|foul|hat-trick|brace|double|dummy|break|chip|lob|cross-field)\b)`, 'gu'),
  new RegExp(String.raw`\b(?:his|her|their)\s+(${CAP})\s+(?:record|side|team|squad|career|debuts?|caps?|goals?|tally|colours|shirt)\b`, 'gu'),
  new RegExp(String.raw`(${CAP})\s+(?:goal|box|area|net|end|fans|supporters|captain|coach|side|team|squad|boss|manager|skipper|forwards|backs|pack|defence|midfield|striker|keeper|goalkeeper|fly-half|scrum-half|man|player|international|star|scorers?)\b`, 'gu'),
  new RegExp(String.raw`(?:^\s*|[,;]\s*|\b(?:but|and|while|yet|as)\s+)(?:But\s+|And\s+|Yet\s+)?(?:[Tt]he\s+)?(${CAP})\s+(?:had|have|has|were|was|went|took|take|led|lead|leads|won|drew|lost|fought|continued|pressed|sealed|cut|scored|hit|almost|nearly|stormed|raced|roared|edged|battled|struck|opened|rallied|survived|dominated|threatened|needed|sent|brought|made|did|could|would|will|are|is|began|started|wasted|created|completed|suffered|fashioned|enjoyed|kept|held|squandered|missed|peppered|shocked|stretched)\b`, 'gu'),
];

/**
 * A team or country named in a team's place in the clause: "scored for Arsenal", "put Liverpool
 * ahead", "gave Ireland a lead", "Arsenal's best chance", "Ulster had led". Returns the offset of
 * the team's name in `masked`, or -1. ("Roddick beat Andy Murray" names an opponent, not a team.)
 */
function teamNamed(masked: string, clause: Span, own: Span): number {
  const part = masked.slice(clause.start, clause.end);
  for (const re of TEAM_SLOTS) {
    re.lastIndex = 0;
    for (let m = re.exec(part); m; m = re.exec(part)) {
      const w = m[1];
      const at = clause.start + m.index + m[0].indexOf(w);
      if (at >= own.start && at < own.end + 3) continue;
      const [first, second] = w.split(/\s+/);
      // A given name and a surname is a person the index missed ("Hayley Yell were"), not "Crystal Palace".
      if (second && isGivenName(first) && !isPlace(second) && !CLUB_ENDINGS.has(second.toLowerCase())) continue;
      if (isKnownSurname(first) && !isPlace(first) || isStopWord(first) || isTimeWord(first) || /^(?:I|Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|God|It|This|That|These|Those|They|He|She|We|You|There|Here|Both|All|Some|Many|Most|Police|Officials)$/.test(first) || roleWord(first, false)) continue;
      return at;
    }
  }
  return -1;
}

/** The team's name found at `at` in the masked sentence, as a context role. */
function teamRole(input: ContextInput, masked: string, at: number): Role {
  return found(input, at, at + (/^\p{Lu}[\p{L}'’-]+/u.exec(masked.slice(at))?.[0].length ?? 1), true);
}

/** "host of", "partner in": an everyday role word with its employer, one pattern per word, built once. */
const EMPLOYER_AFTER = new Map<string, RegExp>();
function employerAfter(word: string): RegExp {
  const key = word.toLowerCase();
  let re = EMPLOYER_AFTER.get(key);
  if (!re) EMPLOYER_AFTER.set(key, (re = new RegExp(`\\b${key}\\s+(?:of|in|at|for)\\b`, 'i')));
  return re;
}

/** What the context signals read of one sentence: the masked text and where the name and its list sit. */
interface SentenceView {
  input: ContextInput;
  masked: string;
  own: Span;
  list: Span;
  clause: Span;
  /** How many people the sentence names. */
  named: number;
  /** The masked text right after the list of names, and right after this name. */
  after: string;
  afterOwn: string;
  /** The masked text before the list of names. */
  lead: string;
}

/**
 * The role the rest of the sentence gives a person named with no role word: see the file comment.
 * Returns null when nothing in the sentence says who the person is. The signals are tried in order:
 * role nouns around the name, credits before it, a group or a coreferent, context, a possessive's
 * work, sport.
 */
export function sentenceContextRole(input: ContextInput): Role | null {
  const { masked, own, list, clause } = layout(input);
  const v: SentenceView = {
    input, masked, own, list, clause, named: input.others.length + 1,
    after: masked.slice(list.end, Math.min(masked.length, list.end + 140)),
    afterOwn: masked.slice(own.end, Math.min(masked.length, own.end + 140)),
    lead: masked.slice(0, list.start),
  };
  return roleNounAround(v) ?? creditInLead(v) ?? groupOrCoreferent(v) ?? contextAlone(v) ?? possessiveWork(v) ?? sportRole(v);
}

/** Role nouns and credits first: a title, job, role noun or credit for the person, next to the name. */
function roleNounAround(v: SentenceView): Role | null {
  const { input, masked, own, list, after, lead } = v;
  // Role nouns and credits first: a title, job, role noun or credit for the person.
  const perf = PERFORMS.exec(after);
  if (perf) return found(input, list.end, list.end + perf[0].length);
  const among = /^\s+(?:are|were|is|was)\s+(?:also\s+|all\s+|just\s+|only\s+)?(?:among|(?:some|one|two|three|four|five|several|many|most)\s+of)\s+(?:the\s+)?(?:[\p{L}-]+\s*){1,4}/u.exec(after);
  if (among) {
    const ws = among[0].match(/[\p{L}-]+/gu)!.slice(2);
    if (ws.some((w, i) => pluralPeople(w, ws[i - 1]))) return found(input, list.end, list.end + among[0].length);
  }
  // "X - Wales' defensive coach - is …": a role between dashes; "may make X his first-choice kicker".
  const dashed = /^\s*[-—–]\s*([^-—–,;]{3,60}?)\s*[-—–]/u.exec(masked.slice(own.end));
  if (dashed && (dashed[1].match(/[\p{L}-]+/gu) ?? []).some((w) => { const r = roleWord(w, false); return !!r && !r.plural; })) return found(input, own.end, own.end + dashed[0].length);
  const hisRole = roleNounIn(/^\s+(?:his|her|their|its)\s+((?:[\p{L}-]+\s*){1,3})/u.exec(masked.slice(own.end)), /[\p{L}-]+/gu, () => true);
  if (hisRole !== null && !/^(?:side|team|head|leader|member|star)$/i.test(hisRole.word)) return found(input, own.end, own.end + hisRole.end);
  // "X was the busier keeper", "X is now the club's captain": a predicate with a role noun.
  const pred = roleNounIn(/^\s+(?:is|was|are|were|has\s+been|had\s+been|became|becomes|remains|remained)\s+(?:also\s+|now\s+|still\s+|once\s+)?(?:the|a|an|his|her|their|its)\s+((?:[\p{L}'’-]+\s*){1,4})/u.exec(masked.slice(own.end)), /[\p{L}'’-]+/gu, (w) => !/^(?:of|in|at|for|to|with|by|from|on)$/i.test(w));
  if (pred) return found(input, own.end, own.end + pred.end);
  // "an outstanding manager in Jose Mourinho": the role, then "in" and the name.
  const roleIn = /\b(?:a|an|the)\s+((?:[\p{L}-]+\s+){0,2}?)([\p{L}-]+)\s+in\s+$/u.exec(lead);
  if (roleIn && roleWord(roleIn[2], false) && !roleWord(roleIn[2], false)!.plural) return found(input, roleIn.index, list.start);
  // "X replaced Sir Nicholas as member for the seat", "X travels to Madrid as the sole British competitor".
  const asRole = /^[^,;:()"“”]{0,60}?\bas\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?((?:[\p{L}-]+\s*){1,3})/u.exec(after);
  if (asRole && !/\b(?:him|her|them|it|me|us|such|well|far|long|soon|much|many|same)\s+as\b/i.test(asRole[0]) && !/\bas\s+(?:well|far|long|soon|much|many|if|though|such|part|usual)\b/i.test(asRole[0])) {
    const ws = asRole[1].match(/[\p{L}-]+/gu)!;
    let k = ws.findIndex((w) => !!roleWord(w, false));
    // ("resigned as host of ITV1's show", "her job as a partner in a law firm": an everyday role word with its employer.)
    if (k < 0) {
      const amb = ws.findIndex((w) => !!roleWord(w, true));
      if (amb >= 0 && /^(?:host|partner|chair|member|head|leader|deputy|executive|principal|governor|director)$/i.test(ws[amb]) && employerAfter(ws[amb]).test(after)) k = amb;
    }
    if (k >= 0 && !roleWord(ws[k], true)!.plural && ws.slice(0, k).every((w) => (!isStopWord(w) || /^(?:only|new|first|sole|former)$/i.test(w)) && (!/^\p{Lu}/u.test(w) || !!roleWord(w, true) || /^\p{Lu}\p{Ll}+(?:ish|ian|ese|an|ch)$/u.test(w)))) return found(input, list.end, list.end + asRole[0].length);
  }
  return null;
}

/** A credit or a description before the name: "Hosted by …", "the works of …", "the officer who … -". */
function creditInLead(v: SentenceView): Role | null {
  const { input, masked, list, lead } = v;
  // "Hosted by Stephen Fry, the ceremony …": a credit opening the sentence.
  const opening = /^[\s"“(]*(?:Hosted|Presented|Introduced|Narrated|Chaired|Directed|Written|Produced|Designed|Choreographed|Conducted)\s+by\s+$/u.exec(lead);
  if (opening) return found(input, 0, list.start);
  // "films based on the works of Jules Vernet", "the songs of X": the maker of the works.
  const worksOf = /\b(?:the\s+)?(?:works|writings|novels|poems|plays|songs|music|paintings|films|recordings|compositions)\s+of\s+$/iu.exec(lead);
  if (worksOf) return found(input, worksOf.index, list.start);
  const tail = tailBefore(lead, lead.length);
  if (tail.endsWith('(') && /^\s*\)/.test(masked.slice(list.end)) && BRACKET_CREDIT.test(lead)) return found(input, lead.lastIndexOf('('), list.end + 1);
  const performer = endsWithSpace(lead, lead.length) && /(?:features|by|featuring|featured|starring|with|from)$/iu.test(tail) ? PERFORMER.exec(lead) : null;
  if (performer) return found(input, performer.index, list.start);
  if (/\balongside\s+$/i.test(lead) && /\bstar(?:s|red|ring)?\b/i.test(masked)) return found(input, lead.lastIndexOf('alongside'), list.start);
  // "Writing for a Chicago Tribune panel, X noted": a columnist's byline in the sentence.
  const writing = /^\s*(?:Writing|Speaking|Reporting)\s+(?:for|in|on)\s+(?:the\s+|a\s+)?\p{Lu}[^,;]{0,80},\s*$/u.exec(lead);
  if (writing && /^\s*Writing/.test(writing[0])) return found(input, writing.index, list.start);
  // "The off-duty officer who stopped the van - X, who …": a dash sets the name after its description.
  const dash = !/[-—–]$/.test(tail) ? null : /\b(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}?([\p{L}-]+)\s+(?:who|which|that)\s[^,;:—–]{0,60}?\s[-—–]\s*$/iu.exec(lead);
  if (dash && roleWord(dash[1], false) && !roleWord(dash[1], false)!.plural) return found(input, dash.index, list.start);
  const leadWord = /(?:are|were|include|includes|included|including|as|like|particularly|notably|especially|of|them|namely|comprising|[-—–:])$/iu.test(tail) ? LIST_LEAD.exec(lead) : null;
  if (leadWord) {
    const window = lead.slice(Math.max(0, leadWord.index - 90), leadWord.index);
    // The plural role stays in the same stretch of the sentence: no other name or quote between.
    const words = window.split(/[\u0001\u0002]/).pop()!.match(/[\p{L}-]+/gu) ?? [];
    const w = words.find((x, i) => pluralPeople(x, words[i - 1]));
    if (w) return found(input, Math.max(0, leadWord.index - 90) + window.lastIndexOf(w), list.start);
  }
  return null;
}

/** The person is one of a group ("fellow MPs"), or the sentence's role word is theirs alone. */
function groupOrCoreferent(v: SentenceView): Role | null {
  const { input, masked, own, list, named } = v;
  // "after criticising the arrest of other online journalists", "fellow MPs": the person is one of them.
  const othersInList = input.others.every((o) => o.start - input.sentence.start >= list.start && o.end - input.sentence.start <= list.end);
  if (named === 1 || input.othersRoled || othersInList) {
    const re = /\b(?:other|fellow)\s+((?:[\p{L}-]+\s*){1,3})/giu;
    for (let m = re.exec(masked); m; m = re.exec(masked)) {
      const ws = m[1].match(/[\p{L}-]+/gu)!;
      const k = ws.findIndex((w, i) => pluralPeople(w, ws[i - 1]) && !/^(?:people|men|women|names|members)$/i.test(w));
      if (k >= 0) return found(input, m.index, m.index + m[0].indexOf(ws[k]) + ws[k].length);
    }
  }
  // A role word for the only person of the sentence (or the only one without a role of their own).
  if (named === 1 || input.othersRoled) {
    const r = coreferentRole(input, masked);
    if (r) return r;
    // "… while he was chief financial officer", "when he was Home Secretary".
    const proMatch = /\b(?:he|she)\s+(?:was|is|became|had\s+been|has\s+been|served\s+as)\s+(?:the\s+|a\s+|an\s+|its\s+)?((?:[\p{L}-]+\s*){1,3})/iu.exec(masked.slice(own.end));
    const pro = roleNounIn(proMatch, /[\p{L}-]+/gu, (w) => !isStopWord(w) || /^(?:former|new|then)$/i.test(w));
    if (proMatch && pro) return found(input, own.end + proMatch.index, own.end + proMatch.index + pro.end);
  }
  return null;
}

/** Context alone (a team, an award, a work, an event …): roles marked `context`. */
function contextAlone(v: SentenceView): Role | null {
  const { input, masked, own, list, clause, named, after, afterOwn, lead } = v;
  // Context alone (a team, an award, a work, an event …): roles marked `context`, which
  // first-reference's `sentenceContext: false` does not count.
  const position = mayHold(POSITION_HINT, masked);
  if (named === 1) {
    // With one person in the sentence, its position or team is that person's.
    const r = (position ? hitIn(input, POSITION, masked, 0, masked.length) : null) ?? hitIn(input, SPORT_TEAM, masked, 0, masked.length, true);
    if (r) return r;
  } else {
    // With several, only what follows the name in its own clause: "Louis Agyemang scored twice for Hearts".
    const own1 = afterOwn.split(/[,;:—–(]|\s(?:and|but|while|as|when|after|before)\s/)[0];
    const r = (position ? hitIn(input, POSITION, masked, own.end, own.end + own1.length) : null) ?? hitIn(input, SPORT_TEAM, masked, own.end, own.end + own1.length, true);
    if (r) return r;
  }
  const perfContext = PERFORMS_CONTEXT.exec(after) ?? REPRESENTS.exec(after);
  if (perfContext) return found(input, list.end, list.end + perfContext[0].length, true);
  // An award category in the person's clause (or anywhere, with one person named).
  const award = !mayHold(AWARD_HINT, masked) ? null : named === 1 ? hitIn(input, AWARD, masked, 0, masked.length, true) : hitIn(input, AWARD, masked, clause.start, clause.end, true);
  if (award) return award;
  // An event the person competes in ("competed in the pole vault", "the Offaly man won the 1500m").
  const event = !mayHold(EVENT_HINT, masked) ? null : named === 1 ? hitIn(input, EVENT, masked, 0, masked.length, true) : hitIn(input, EVENT, masked, clause.start, clause.end, true);
  if (event) return event;
  // A victim of violence ("the fatal shooting of X").
  // (Both need "of" and a space at the end of the lead.)
  const endsOf = endsWithSpace(lead, lead.length) && /of$/iu.test(tailBefore(lead, lead.length));
  const victim = endsOf ? VICTIM.exec(lead) : null;
  if (victim) return found(input, victim.index, list.start, true);
  // "the knighthoods for Derek Wanlass and Mike Tomlin": an honour for what they did.
  const honour = /\b(?:knighthoods?|damehoods?|peerages?|OBEs?|MBEs?|CBEs?|honours?)\s+(?:for|to)\s+$/u.exec(lead);
  if (honour) return found(input, honour.index, list.start, true);
  const office = endsOf ? OFFICE_OF.exec(lead) : null;
  if (office) return found(input, office.index, list.start, true);
  return null;
}

/** The person's office or work after a possessive. */
function possessiveWork(v: SentenceView): Role | null {
  const { input, masked, own } = v;
  // The person's office or work after a possessive: "Bill Clinton's presidency", "Bruce Springsteen's
  // Born In The USA" (a credit of sorts: not marked context).
  if (input.possessive) {
    const o = OFFICE_AFTER.exec(masked.slice(own.end));
    if (o) return found(input, own.end, own.end + o[0].length);
    const work = /^['’]s?\s+(?:(?:critically\s+|much-|highly\s+|widely\s+)?[\p{Ll}-]+\s+){0,2}?["“‘]?(?:The\s+|A\s+)?(\p{Lu}[\p{L}'’-]*)/u.exec(masked.slice(own.end));
    // (The words between are the work's modifiers, never a preposition's: "Trump's stance on Brexit" names no work.)
    if (work && !isPlace(work[1]) && !isTimeWord(work[1]) && !/^(?:Mr|Mrs|Ms|Dr|Sir|I)$/.test(work[1]) && !betweenFunctionWord(work[0])) return found(input, own.end, own.end + work[0].length);
  }
  return null;
}

/**
 * A lower-case function word (a preposition, a conjunction) by the part of speech among `text`'s
 * words, unless the first is a work's noun ("Lucas's article in the Review": the article is the work).
 */
function betweenFunctionWord(text: string): boolean {
  const ws = text.match(/(?<![\p{L}'’])\p{Ll}[\p{Ll}-]*/gu) ?? [];
  return ws.length > 0 && !isWorkNoun(ws[0] as string) && ws.some((w) => (posOf(w) & POS.FUNCTION) !== 0);
}

/** Sport: what the player did and a team in the clause or the sentence. */
function sportRole(v: SentenceView): Role | null {
  const { input, masked, own, clause } = v;
  // Sport: the clause names what the player did and a team ("Tries from A, B and X gave the visitors a lead").
  const clauseText = masked.slice(clause.start, clause.end);
  // "paid tribute to his Wales side": the team is the person's by the possessive.
  const hisSide = /\b(?:his|her|their)\s+(?:planned\s+|new\s+|former\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s+(?:side|team|squad|xv|party|government|administration|manifesto|policies|policy|tax\s+cuts|colleagues|MPs|peers|leadership|campaign)\b/u.exec(clauseText);
  if (hisSide) return found(input, clause.start + hisSide.index, clause.start + hisSide.index + hisSide[0].length, true);
  const sport = sportPatterns(masked);
  if (sport.action.test(clauseText)) {
    const tw = sport.teamWord.exec(clauseText);
    if (tw) return found(input, clause.start + tw.index, clause.start + tw.index + tw[0].length, true);
    // A possessive right after the name is the person's own ("Eriksson's side"): not a team for them.
    const at = teamNamed(masked, clause, own);
    if (at >= 0) return teamRole(input, masked, at);
  }
  // Another person's side ("Warnock's side", "Mike Ruddock's team") is a team of this sport.
  const others = sport.teamWord.exec(masked);
  if (others && others[0].startsWith(OTHER)) return found(input, others.index, others.index + others[0].length, true);
  if (sport.strong.test(masked) || sport.mid.test(masked) || distinctLower(masked.match(sport.actionAll)) >= 2) {
    // (A team inside another person's title counts here: "England coach Andy Robinson … tries from X".)
    const withRoles = mask(input, true);
    const all = { start: 0, end: withRoles.length };
    const tw = sportPatterns(withRoles).teamWord.exec(withRoles);
    if (tw) return found(input, tw.index, tw.index + tw[0].length, true);
    const at = teamNamed(withRoles, all, own);
    if (at >= 0) return teamRole(input, withRoles, at);
  }
  return null;
}

/** How many different words (lower-cased) `words` holds. */
function distinctLower(words: readonly string[] | null): number {
  return words ? new Set(words.map((w) => w.toLowerCase())).size : 0;
}
