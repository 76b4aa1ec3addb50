import type { ParagraphCache } from './cache';

/**
 * Shared types of the newslint engine.
 *
 * Every offset in this file is a UTF-16 code-unit index into the ORIGINAL text of the draft
 * (the string handed to `analyze`/`lint`), BOM and CR characters included. Nothing in the engine
 * normalises the text before computing offsets.
 */

/** A half-open range [start, end) of UTF-16 offsets into the original text. */
export interface Span {
  start: number;
  end: number;
}

export type Severity = 'off' | 'info' | 'warning' | 'error';
export type ActiveSeverity = Exclude<Severity, 'off'>;

/** One replacement of the original text. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** A change made of one or more non-overlapping edits, applied together or not at all. */
export interface Fix {
  edits: TextEdit[];
  /** What the fix does, for an editor's quick-fix menu ("Change to 'Marsh'"). */
  desc?: string;
}

export interface Suggestion {
  /** What the suggestion does, in a newsroom's words: "Attribute to Sergey Lavrov". */
  desc: string;
  fix: Fix;
}

/**
 * A suggestion whose edits are computed on demand (`resolveSuggestion` in the engine), so that a
 * change touching every mention of a name is not copied onto every finding: memory and output
 * stay linear in the draft. Findings that offer the same change carry refs with the same `key`.
 */
export interface LazySuggestion {
  desc: string;
  ref: SuggestionRef;
}

/** Small, serialisable data from which the rule that made a suggestion computes its edits. */
export interface SuggestionRef {
  /** Equal for equal suggestions within one analysis ("person 3: surname Zelensky"). */
  key: string;
  data: Record<string, unknown>;
}

/** What a rule reports. Severity and rule id are filled in by the engine. */
export interface RuleFinding extends Span {
  message: string;
  /** A safe fix: applied by --fix and fix-all. */
  fix?: Fix;
  /** Alternatives for the writer to choose; never applied automatically. */
  suggestions?: Suggestion[];
  /** More alternatives, whose edits are computed only when asked for (listed after `suggestions`). */
  lazySuggestions?: LazySuggestion[];
  /** Extra machine-readable data for editors (e.g. person id, spellings). */
  data?: Record<string, unknown>;
}

export interface Finding extends RuleFinding {
  ruleId: string;
  severity: ActiveSeverity;
}

// ---------------------------------------------------------------------------------------------
// Draft model
// ---------------------------------------------------------------------------------------------

export type DraftFormat = 'markdown' | 'plain';

export type ParagraphKind =
  | 'headline' // the first line / leading `# ` heading / front-matter title
  | 'heading' // other Markdown headings
  | 'body'
  | 'list-item'
  | 'blockquote';

export interface Sentence extends Span {
  /** Index of the sentence in Draft.sentences. */
  index: number;
  paragraph: number;
}

/**
 * What a paragraph is in the story's furniture, decided once by `structure.ts` and read by every
 * stage: 'story' is the writer's own copy; the others are never a speaker, an antecedent or a
 * first reference. `byline` ("By Ann Lee", "Ann Lee, BBC News"), `dateline` (a line that is only
 * a place and date), `credit` (photo and reporting credits, "With files from …"), `caption`
 * (a photo caption), `promo` (WATCH:, READ MORE:, RELATED:, navigation), `signature` (a letter's or
 * tweet's sign-off), `deck` (a standfirst under the headline).
 */
export type ParagraphRole = 'story' | 'byline' | 'dateline' | 'credit' | 'caption' | 'promo' | 'signature' | 'deck';

export interface Paragraph extends Span {
  /** Index of the paragraph in Draft.paragraphs. */
  index: number;
  kind: ParagraphKind;
  /** The paragraph's place in the story's furniture (see ParagraphRole). */
  role: ParagraphRole;
  /** Indices into Draft.sentences. */
  sentences: number[];
}

export interface Directive extends Span {
  kind: 'disable' | 'enable' | 'disable-line' | 'disable-next-line';
  /** Rule ids named; empty means every rule. */
  rules: string[];
  /** 0-based line of the comment. */
  line: number;
}

export interface Draft {
  /** The original text, unchanged. */
  text: string;
  /**
   * Same length as `text`; every character that is not prose (front matter, code, HTML comments,
   * link targets, inline code, Markdown markup) is replaced by a space, line breaks are kept.
   * Scanners read `prose` so that offsets are original offsets.
   */
  prose: string;
  format: DraftFormat;
  headline: Span | null;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  directives: Directive[];
  /** Offsets at which each line starts (line 0 starts at 0). */
  lineStarts: number[];
}

// ---------------------------------------------------------------------------------------------
// Quotes
// ---------------------------------------------------------------------------------------------

export interface QuoteMark extends Span {
  /** The mark character(s) as written, e.g. `"`, `“`, `«`. */
  mark: string;
}

export type QuoteKind =
  | 'direct' // a full quoted statement
  | 'partial' // a quoted fragment inside a sentence
  | 'scare' // one to a few words used ironically / as a term, not speech
  | 'title'; // a title of a work

export interface Speaker extends Span {
  /** Text of the speaker mention as written ("he", "the spokesman", "Lavrov"). */
  text: string;
  /** Resolved full name when known ("Sergey Lavrov"), else null. */
  name: string | null;
  /** Id of the person in Analysis.people, when resolved. */
  personId: number | null;
  /**
   * Named only as the subject of the sentence before the quote, with no reporting cue
   * (`Elena Vasquez has watched the ward shrink.` ¶ `"…"`): kept only when it is a person.
   */
  subjectOnly?: boolean;
  /**
   * The subject of the sentence a quoted fragment sits in, with no reporting cue
   * (`Harbour Bank sees "a chance to grow"`): the quote sheet says so, not "credit line".
   */
  fragmentOf?: boolean;
}

export interface Cue extends Span {
  text: string;
}

export interface Quote extends Span {
  /** Index in Analysis.quotes. */
  index: number;
  open: QuoteMark;
  /** Null when never closed (a running quote's paragraph, or a real error). */
  close: QuoteMark | null;
  /** The words inside the marks. */
  content: Span;
  paragraph: number;
  sentence: number;
  kind: QuoteKind;
  /** This quote continues a running quote from the previous paragraph. */
  continuesRunning: boolean;
  /** The opening mark belongs to a multi-paragraph running quote and is legitimately unclosed. */
  running: boolean;
  /** Direct quote attribution: null when nobody is credited. */
  speaker: Speaker | null;
  cue: Cue | null;
  /** How the attribution was found. */
  attributedBy: 'cue' | 'previous-quote' | 'running-quote' | 'colon' | null;
  /** The paragraph whose speaker this quote takes (a quote-only paragraph, a running quote), else null. */
  inheritedFrom: number | null;
}

/** A problem with quote marks themselves, found while scanning. */
export interface QuoteMarkProblem extends Span {
  kind: 'unclosed' | 'unopened' | 'mixed';
  /** For mixed pairs: the mark to replace and the matching mark of the dominant style. */
  replace?: TextEdit;
}

// ---------------------------------------------------------------------------------------------
// People
// ---------------------------------------------------------------------------------------------

export type MentionKind = 'full' | 'surname' | 'given' | 'pronoun';

export interface Mention extends Span {
  /** Index in Analysis.mentions. */
  index: number;
  personId: number;
  kind: MentionKind;
  /** The name as written, without possessive ending. */
  text: string;
  given: Span | null;
  surname: Span | null;
  /** "Mr", "Dr.", "Sen." directly before the name, when present. */
  honorific: Span | null;
  /** The possessive ending ('s, ’s, ') right after the name, when present. */
  possessive: Span | null;
  paragraph: number;
  sentence: number;
  /** Index of the quote containing the mention, or null. */
  inQuote: number | null;
  /** Inside an editorial insertion in square brackets. */
  inBrackets: boolean;
}

export interface Person {
  /** Index in Analysis.people. */
  id: number;
  /** Best full name ("Sergey Lavrov"), or the surname when no full name occurs. */
  name: string;
  surname: string;
  /** Indices into Analysis.mentions, in text order. */
  mentions: number[];
  /** The role/title given at a reference, if any ("Russian Foreign Minister"). */
  title: { text: string; span: Span } | null;
}

// ---------------------------------------------------------------------------------------------
// Analysis and rules
// ---------------------------------------------------------------------------------------------

// Roles and titles of person mentions

export type RoleKind =
  | 'before' // title/job before the name
  | 'before-appositive' // "the foreign minister, Sergey Lavrov"
  | 'appositive' // ", a spokesman for X,"
  | 'relative' // ", who heads X,"
  | 'predicate' // " is a reporter", " heads X"
  | 'party' // " (R-Texas)"
  | 'bracket' // "[Ukrainian President Vladimir] Zelensky"
  | 'sentence' // "As foreign minister, Lavrov"
  | 'list'; // shared with a neighbour in a list of names

export interface Role {
  kind: RoleKind;
  /** The role as written ("Russian Foreign Minister", "a spokesman for the NSC"). */
  text: string;
  span: Span;
  /**
   * What to delete to remove the role from this reference, including a determiner before a title
   * ("the company's chief executive ") or the commas of an appositive. Null for roles that are not
   * attached to the name (sentence, list, bracket).
   */
  removal: Span | null;
  /** Head word of a title before the name is plural ("Presidents"). */
  plural?: boolean;
  /**
   * The sentence says who the person is by context alone, with no title, job, role noun or credit
   * for them: a team named in a match report, an award won, a work after a possessive, an event
   * (context-roles.ts). first-reference's `sentenceContext: false` does not count these.
   */
  context?: boolean;
}

export interface MentionRole {
  role: Role | null;
  /** The mention sits in a byline or credit line: not a reference. */
  credit: boolean;
  /** Inside an editorial insertion in brackets that gives the full name. */
  bracketFull: boolean;
}

export interface Analysis {
  draft: Draft;
  quotes: Quote[];
  quoteMarkProblems: QuoteMarkProblem[];
  people: Person[];
  mentions: Mention[];
  /** The role given at each mention, indexed like `mentions`. */
  roles: MentionRole[];
}

/** Rule options as configured: `"rules": {"id": [severity, options]}`. */
export type RuleOptions = Record<string, unknown>;

export interface RuleContext {
  analysis: Analysis;
  options: RuleOptions;
  config: ResolvedConfig;
  /** The editor's paragraph cache, for paragraph-local memos of a rule (absent on the CLI). */
  cache?: ParagraphCache;
}

/** The values a numeric rule option accepts. */
export interface OptionRange {
  min: number;
  max: number;
  /** Whole numbers only. */
  integer?: boolean;
}

export interface Rule {
  /** Stable kebab-case id. */
  id: string;
  /** One line, for docs and `newslint --help`. */
  description: string;
  defaultSeverity: Severity;
  /** True when the rule can produce safe fixes. */
  fixable: boolean;
  /** Option names and defaults, for the JSON schema and validation (the default gives the type). */
  defaultOptions?: RuleOptions;
  /** Limits of numeric options, checked with the types in one place (engine/config.ts). */
  optionRanges?: Record<string, OptionRange>;
  check(context: RuleContext): RuleFinding[];
  /** The edits of a lazy suggestion this rule made (`LazySuggestion.ref`), on the same analysis. */
  resolveSuggestion?(context: RuleContext, ref: SuggestionRef): Fix | null;
  /** Changes to the configuration a writer may pick for one of this rule's findings. */
  configSuggestions?(finding: Finding, analysis: Analysis): ConfigSuggestion[];
}

/** A change of `.newslintrc.json` offered for a finding; an editor writes it when picked. */
export interface ConfigSuggestion {
  /** "Set 'Zelensky' as the house spelling". */
  title: string;
  change: ConfigChange;
}

export type ConfigChange =
  /**
   * Allow spellings: each key becomes a canonical entry of `names` (the engine never flags the
   * spelling of a canonical name), and is taken off other entries' variant lists.
   */
  | { kind: 'allow'; person: string; spelling: string; keys: string[] }
  /** Make `key` the house spelling; `others` (the person's other spellings) become its variants. */
  | { kind: 'house'; spelling: string; key: string; others: string[] };

// ---------------------------------------------------------------------------------------------
// Configuration (resolved, pure data: loading from disk happens outside the engine)
// ---------------------------------------------------------------------------------------------

export interface RuleSetting {
  severity: Severity;
  options: RuleOptions;
}

export interface PersonConfig {
  name: string;
  title?: string;
  /** Needs no title at first reference (e.g. a head of state in a home paper). */
  noTitle?: boolean;
}

export interface ResolvedConfig {
  /** Profile ids in effect, e.g. ["newslint:ap"]. */
  profiles: string[];
  rules: Record<string, RuleSetting>;
  /** House spelling → other spellings of the same name to replace with it. Keys are never flagged. */
  names: Record<string, string[]>;
  people: PersonConfig[];
  ignore: string[];
  /** House style switches contributed by profiles. */
  style: {
    courtesyTitles: 'none' | 'later-references';
    courtesyTitleStop: boolean;
  };
}
