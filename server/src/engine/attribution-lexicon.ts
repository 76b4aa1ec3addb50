/**
 * Word lists for quote attribution, kept as data: reporting verbs (every inflection written out),
 * multi-word cues, pronouns, honorifics, role and body nouns, and the little words that may sit
 * between a speaker and a verb ("he also said", "Smith had earlier told").
 *
 * All lookups are lower-case. Lists are deliberately generous: a missed cue makes a false alarm
 * ("Quote has no speaker" on an attributed quote), which costs a newsroom user more than a miss.
 */
import { MONTHS_NOT_NAMES, WEEKDAYS } from './lexicon/time';

/**
 * Multi-word cues, lower-case, matched on word boundaries. `according to X` and `in X's words`
 * put the speaker after the cue; the others behave like a verb.
 */
export const PHRASE_CUES: readonly string[] = [
  'according to',
  'in a statement',
  'in an interview',
  'in a post',
  'in a tweet',
  'in a speech',
  'in a letter',
  'in a message',
  'in the words of',
  'went on',
  'goes on',
  'go on',
  'going on',
  'pointed out',
  'points out',
  'point out',
  'pointing out',
  'put it',
  'puts it',
  'shot back',
  'fired back',
  'hit back',
  'summed up',
  'sums up',
  'spelled out',
  'spelt out',
  'chimed in',
  'piped up',
  'quoted as saying',
  'was quoted as saying',
  'were quoted as saying',
  'had this to say',
  'has this to say',
  // Issuing a statement is saying it: "The committee issued a statement apologising …".
  'issued a statement',
  'issues a statement',
  'released a statement',
  'releases a statement',
  'put out a statement',
  'puts out a statement',
];

/** Cues after which the speaker follows ("according to the ministry"). */
export const SPEAKER_AFTER_CUES: ReadonlySet<string> = new Set(['according to', 'in the words of']);

/** Personal pronouns that can be a speaker, lower-case. */
export const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you', 'who']);

/** Pronouns resolved to a person (the others stand for a body or for the writer). */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'who']);


/**
 * Nouns that make a role or a body a speaker on their own, without a determiner
 * ("police said", "officials say", "analysts warned"). Lower-case, singular and plural.
 */
export const BARE_SPEAKER_NOUNS: ReadonlySet<string> = new Set([
  'police', 'officials', 'official', 'officers', 'authorities', 'analysts', 'experts', 'economists', 'sources',
  'witnesses', 'residents', 'critics', 'campaigners', 'activists', 'prosecutors', 'investigators', 'doctors',
  'scientists', 'researchers', 'lawyers', 'attorneys', 'aides', 'advisers', 'advisors', 'organisers', 'organizers',
  'supporters', 'opponents', 'protesters', 'protestors', 'spokesmen', 'spokeswomen', 'diplomats', 'ministers',
  'managers', 'executives', 'bosses', 'unions', 'leaders', 'observers', 'insiders', 'staff', 'workers', 'teachers',
  'parents', 'fans', 'voters', 'democrats', 'republicans', 'conservatives', 'liberals', 'labour', 'reports',
  'documents', 'records', 'polls', 'studies', 'figures', 'data', 'statistics', 'others', 'some', 'many', 'both',
  'people', 'members', 'judges', 'neighbours', 'neighbors', 'friends', 'relatives', 'family', 'colleagues',
  'spokesperson', 'spokesman', 'spokeswoman', 'management', 'government', 'parliament', 'congress', 'downing',
  'whitehall', 'washington', 'moscow', 'beijing', 'brussels', 'westminster',
]);

/**
 * Singular nouns for people and bodies that can speak ("the judge", "the company"): a sentence
 * whose subject is one of them may introduce the quote after it.
 */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'judge', 'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'secretary', 'president', 'chairman',
  'chairwoman', 'chair', 'chief', 'director', 'official', 'officer', 'coach', 'manager', 'leader', 'boss',
  'governor', 'senator', 'mayor', 'candidate', 'nominee', 'lawyer', 'attorney', 'prosecutor', 'detective',
  'inspector', 'doctor', 'professor', 'analyst', 'economist', 'expert', 'author', 'writer', 'singer', 'actor',
  'actress', 'director', 'player', 'captain', 'striker', 'midfielder', 'defender', 'goalkeeper', 'champion',
  'winner', 'star', 'founder', 'owner', 'executive', 'head', 'premier', 'chancellor', 'king', 'queen', 'prince',
  'princess', 'pope', 'bishop', 'priest', 'rabbi', 'imam', 'general', 'colonel', 'commander', 'soldier',
  'witness', 'victim', 'resident', 'neighbour', 'neighbor', 'mother', 'father', 'wife', 'husband', 'son',
  'daughter', 'brother', 'sister', 'friend', 'man', 'woman', 'boy', 'girl', 'student', 'teacher', 'worker',
  'farmer', 'driver', 'pilot', 'nurse', 'campaigner', 'activist', 'protester', 'veteran', 'widow', 'aide',
  'adviser', 'advisor', 'diplomat', 'ambassador', 'envoy', 'negotiator', 'mp', 'mep', 'senator', 'congressman',
  'congresswoman', 'representative', 'lawmaker', 'councillor', 'councilor', 'commissioner', 'regulator',
  'company', 'firm', 'group', 'bank', 'government', 'ministry', 'department', 'agency', 'council', 'committee',
  'union', 'party', 'campaign', 'club', 'team', 'court', 'board', 'police', 'army', 'newspaper', 'paper',
  'magazine', 'broadcaster', 'network', 'website', 'report', 'statement', 'study', 'survey', 'poll', 'letter',
  'email', 'memo', 'ruling', 'judgment', 'organisation', 'organization', 'charity', 'association', 'federation',
  'crowd', 'audience', 'panel', 'jury', 'researcher', 'scientist', 'official', 'source', 'insider',
  'minutes', 'documents', 'papers', 'records', 'files', 'notes', 'diary', 'transcript', 'message', 'note',
  'post', 'tweet', 'blog', 'book', 'article', 'editorial', 'column', 'interview', 'speech', 'website', 'site',
  'sign', 'banner', 'poster', 'advert', 'ad', 'slogan', 'motto', 'headline', 'caption', 'document', 'filing',
]);

/** Role nouns that name a person, not a body or a document ("the judge", not "the company"). */
export const PERSON_ROLE_NOUNS: ReadonlySet<string> = new Set(
  [...ROLE_NOUNS].slice(0, [...ROLE_NOUNS].indexOf('company')).concat(['researcher', 'scientist', 'official', 'source', 'insider']),
);

/** Determiners and quantifiers that open a role noun phrase ("the spokesman", "a senior official"). */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'one', 'another', 'some', 'several',
  'many', 'two', 'three', 'four', 'five', 'both', 'each', 'other', 'this', 'that', 'these', 'those', 'no',
]);

/** Words that may stand between a speaker and the verb: "he also said", "Smith has since told". */
export const BETWEEN_WORDS: ReadonlySet<string> = new Set([
  'also', 'then', 'later', 'earlier', 'previously', 'once', 'has', 'had', 'have', 'would', 'will', 'is', 'was',
  'were', 'are', 'reportedly', 'recently', 'simply', 'further', 'quickly', 'again', 'famously', 'repeatedly',
  'since', 'already', 'just', 'often', 'frequently', 'publicly', 'privately', 'initially', 'first', 'finally',
  'subsequently', 'angrily', 'calmly', 'softly', 'firmly', 'bluntly', 'flatly', 'candidly', 'frankly', 'openly',
  'proudly', 'sadly', 'tearfully', 'jokingly', 'wryly', 'reportedly', 'allegedly', 'apparently', 'even',
  'still', 'never', 'not', 'did', 'does', 'do', 'can', 'could', 'may', 'might', 'should', 'must', 'shall',
  'been', 'be', 'being', 'immediately', 'promptly', 'only', 'once', 'twice', 'recently', 'now', 'yesterday',
  'today', 'tonight', 'last', 'night', 'this', 'week', 'on', ...WEEKDAYS, 'morning', 'afternoon', 'evening', "didn't", 'didn’t', "doesn't", 'doesn’t',
  "don't", 'don’t', "won't", 'won’t', "wouldn't", 'wouldn’t', "hasn't", 'hasn’t', "haven't", 'haven’t', "hadn't",
  'hadn’t', "can't", 'can’t', "couldn't", 'couldn’t', "isn't", 'isn’t', "wasn't", 'wasn’t', 'later', 'back',
]);

/**
 * Lower-case words that end a speaker noun phrase when scanning away from the verb: they belong
 * to the clause around it ("on Tuesday", "and", "because", "that").
 */
export const NP_STOP_WORDS: ReadonlySet<string> = new Set([
  'and', 'but', 'or', 'nor', 'so', 'yet', 'because', 'since', 'although', 'though', 'while', 'whilst', 'when',
  'where', 'whether', 'if', 'unless', 'until', 'after', 'before', 'as', 'than', 'that', 'which', 'what',
  'whom', 'whose', 'why', 'how', 'on', 'in', 'at', 'to', 'into', 'onto', 'from', 'with', 'without', 'by',
  'during', 'about', 'over', 'under', 'against', 'between', 'through', 'via', 'per', 'upon', 'then', 'there',
  'here', 'now', 'today', 'yesterday', 'tonight', 'also', 'not', 'is', 'was', 'were', 'are', 'be', 'been',
  'being', 'has', 'had', 'have', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'may', 'might', 'should',
  'must', 'shall', 'it', 'they', 'he', 'she', 'we', 'i', 'you', 'him', 'them', 'us', 'me', 'this', 'these',
  'those', 'such', 'very', 'just', 'only', 'even', 'still', 'however', 'meanwhile', 'instead', 'later',
  'earlier', 'ago', 'last', 'next', 'week', 'month', 'year', ...WEEKDAYS, 'morning', 'afternoon', 'evening', 'night', 'day', 'who',
]);

/** Capitalised words that are not names at the start of a speaker phrase (time words, etc.). */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  ...WEEKDAYS, ...MONTHS_NOT_NAMES, 'but', 'and', 'so', 'yet',
  'then', 'however', 'meanwhile', 'still', 'now', 'today', 'yesterday', 'earlier', 'later', 'last', 'this',
  'speaking', 'asked', 'when', 'while', 'after', 'before', 'in', 'on', 'at', 'as', 'if', 'though', 'although',
  'because', 'since', 'with', 'without', 'for', 'from', 'of', 'by', 'to', 'there', 'here', 'also', 'it',
]);

/** Gender of a speaker pronoun resolved to a person ("she said", "according to him"). */
export const PRONOUN_GENDER: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['he', 'male'], ['him', 'male'], ['she', 'female'], ['her', 'female'],
]);

/**
 * Role and kinship words that say whether the person they describe is a man or a woman
 * ("actress Kim Lowe", "his wife, Ann", "Pat Rees, a spokesman"). Words used for both
 * (actor, chairman, host, priest) are left out: a wrong gender costs more than none.
 */
export const ROLE_GENDER: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ...[
    'spokesman', 'businessman', 'congressman', 'sportsman', 'policeman', 'fireman', 'councilman', 'assemblyman',
    'headmaster', 'landlord', 'schoolboy', 'boy', 'man', 'gentleman', 'husband', 'widower', 'boyfriend', 'fiancé', 'fiance',
    'father', 'dad', 'son', 'brother', 'grandfather', 'grandson', 'uncle', 'nephew', 'stepfather', 'stepson',
    'king', 'prince', 'duke', 'earl', 'baron', 'marquess', 'viscount', 'emperor', 'sultan', 'monk', 'bridegroom',
    'frontman',
  ].map((w) => [w, 'male'] as const),
  ...[
    'spokeswoman', 'businesswoman', 'congresswoman', 'sportswoman', 'policewoman', 'chairwoman', 'councilwoman',
    'assemblywoman', 'headmistress', 'landlady', 'schoolgirl', 'girl', 'woman', 'wife', 'widow', 'girlfriend',
    'fiancée', 'fiancee', 'mother', 'mum', 'mom', 'daughter', 'sister', 'grandmother', 'granddaughter', 'aunt', 'niece',
    'stepmother', 'stepdaughter', 'queen', 'princess', 'duchess', 'countess', 'baroness', 'marchioness', 'viscountess',
    'empress', 'nun', 'bride', 'actress', 'waitress', 'heiress', 'hostess', 'stewardess', 'comedienne',
    'ballerina', 'housewife', 'frontwoman', 'songstress', 'seamstress',
  ].map((w) => [w, 'female'] as const),
]);

/** Role words that, capitalised right before a name, are a title of nobility ("Prince Harry"). */
export const TITLE_ROLE_WORDS: ReadonlySet<string> = new Set([
  'king', 'queen', 'prince', 'princess', 'duke', 'duchess', 'earl', 'countess', 'baron', 'baroness', 'emperor',
  'empress', 'sultan', 'marquess', 'marchioness', 'viscount', 'viscountess',
]);

