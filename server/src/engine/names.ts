/**
 * Word knowledge for the person index: which capitalised words are given names, surnames,
 * places, organisations or ordinary English words. Built once from compromise's lexicon (read as
 * data, never run over text) plus hand lists of what the lexicon lacks in news copy.
 *
 * The lexicon's words come from `lexicon-data.ts`, generated from compromise by
 * `node server/scripts/build-lexicon.js` (a test checks it still equals compromise's lexicon):
 * loading compromise itself costs a CLI run or a server start several hundred milliseconds.
 */
import { LEXICON_DATA } from './lexicon-data';
import { ORG_SUFFIXES } from './lexicon/organisations';
import { EXTRA_GIVEN, EXTRA_SURNAMES, NOT_GIVEN } from './lexicon/people-names';

interface Lexicon {
  given: Set<string>;
  male: Set<string>;
  female: Set<string>;
  surname: Set<string>;
  place: Set<string>;
  org: Set<string>;
  demonym: Set<string>;
  time: Set<string>;
  common: Set<string>;
  person: Set<string>;
  /** Multi-word places and organisations ("sri lanka", "new york"). */
  multi: Set<string>;
  /** First words of `multi`. */
  multiFirst: Set<string>;
}

let lexicon: Lexicon | null = null;

const NON_NAME_TAGS = new Set([
  'Determiner', 'Conjunction', 'Preposition', 'Pronoun', 'Adverb', 'Modal', 'Copula', 'QuestionWord',
  'PastTense', 'PresentTense', 'Gerund', 'Infinitive', 'PhrasalVerb', 'Participle', 'Verb', 'Adjective',
  'Singular', 'Plural', 'Noun', 'Uncountable', 'Expression', 'Cardinal', 'Ordinal', 'TextValue',
  'Comparative', 'Superlative', 'Actor', 'Unit', 'Currency', 'Multiple', 'Fraction', 'Value',
  'Reflexive', 'Possessive', 'Negative', 'Condition', 'Imperative', 'Abbreviation', 'Duration', 'Date',
]);

/** The lexicon's word categories (what `lexicon-data.ts` stores), from compromise's tagged words. */
export type LexiconCategory = 'given' | 'male' | 'female' | 'surname' | 'place' | 'org' | 'demonym' | 'time' | 'common' | 'person' | 'multi';
export const LEXICON_CATEGORIES: LexiconCategory[] = ['given', 'male', 'female', 'surname', 'place', 'org', 'demonym', 'time', 'common', 'person', 'multi'];

export function lexiconCategories(lex: Record<string, string | string[]>): Record<LexiconCategory, Set<string>> {
  const l = Object.fromEntries(LEXICON_CATEGORIES.map((c) => [c, new Set<string>()])) as Record<LexiconCategory, Set<string>>;
  for (const key of Object.keys(lex)) {
    const v = lex[key];
    const tags = Array.isArray(v) ? v : [v];
    if (key.includes(' ')) {
      if (tags.includes('Person')) l.person.add(key);
      else if (tags.some((t) => t === 'Country' || t === 'City' || t === 'Region' || t === 'Place' || t === 'Organization' || t === 'SportsTeam')) l.multi.add(key);
      continue;
    }
    for (const t of tags) {
      switch (t) {
        case 'FirstName': l.given.add(key); break;
        case 'MaleName': l.given.add(key); l.male.add(key); break;
        case 'FemaleName': l.given.add(key); l.female.add(key); break;
        case 'LastName': l.surname.add(key); break;
        case 'Person': l.surname.add(key); break;
        case 'Country': case 'City': case 'Region': case 'Place': l.place.add(key); break;
        case 'Organization': case 'SportsTeam': l.org.add(key); break;
        case 'Demonym': l.demonym.add(key); break;
        case 'Month': case 'WeekDay': l.time.add(key); break;
        default: if (NON_NAME_TAGS.has(t)) l.common.add(key);
      }
    }
  }
  return l;
}

function load(): Lexicon {
  if (lexicon) return lexicon;
  const words = (c: LexiconCategory): string[] => (LEXICON_DATA[c] ? LEXICON_DATA[c].split('\n') : []);
  const l: Lexicon = {
    given: new Set(EXTRA_GIVEN), male: new Set(), female: new Set(), surname: new Set(EXTRA_SURNAMES),
    place: new Set(EXTRA_PLACES), org: new Set(EXTRA_ORGS), demonym: new Set(), time: new Set(),
    common: new Set(), person: new Set(), multi: new Set(EXTRA_MULTI), multiFirst: new Set(),
  };
  for (const c of LEXICON_CATEGORIES) for (const w of words(c)) l[c].add(w);
  for (const w of EXTRA_COMMON) l.common.add(w);
  for (const m of l.multi) l.multiFirst.add(m.slice(0, m.indexOf(' ')));
  for (const w of NOT_GIVEN) l.given.delete(w);
  for (const w of TITLE_WORDS) l.given.delete(w);
  lexicon = l;
  return l;
}

/** Lower-case, without diacritics (for lexicon look-ups only; spans never use this). */
export function lookupKey(word: string): string {
  const lower = word.toLowerCase();
  if (ASCII_WORD.test(lower)) return lower;
  return lower.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[’]/g, "'");
}

const ASCII_WORD = /^[a-z\-']*$/;

const GIVEN = 1;
const MALE = 2;
const FEMALE = 4;
const SURNAME = 8;
const PLACE = 16;
const ORG = 32;
const DEMONYM = 64;
const TIME = 128;
const COMMON = 256;
const TITLE_OR_SUFFIX = 512;

const infoCache = new Map<string, number>();

/** Everything the lexicon knows about one word, as bits; memoised per spelling. */
function info(word: string): number {
  const cached = infoCache.get(word);
  if (cached !== undefined) return cached;
  const l = load();
  const k = lookupKey(word);
  let bits = 0;
  if (l.given.has(k)) bits |= GIVEN;
  if (l.male.has(k)) bits |= MALE;
  if (l.female.has(k)) bits |= FEMALE;
  if (l.surname.has(k)) bits |= SURNAME;
  if (l.place.has(k)) bits |= PLACE;
  if (l.org.has(k)) bits |= ORG;
  const singular = k.length > 4 && k.endsWith('s') ? k.slice(0, -1) : k;
  if (l.demonym.has(k) || DEMONYM_RE.test(k) || l.demonym.has(singular) || DEMONYM_RE.test(singular) || EXTRA_DEMONYMS.has(singular)) bits |= DEMONYM;
  if (l.time.has(k)) bits |= TIME;
  if (commonKey(l, k)) bits |= COMMON;
  if (TITLE_WORDS.has(k) || ORG_SUFFIXES.has(k) || (singular !== k && TITLE_WORDS.has(singular))) bits |= TITLE_OR_SUFFIX;
  if (infoCache.size > 100000) infoCache.clear();
  infoCache.set(word, bits);
  return bits;
}

export function isGivenName(word: string): boolean {
  return (info(word) & GIVEN) !== 0;
}

/** 'male' | 'female' | null, from the lexicon. */
export function nameGender(word: string): 'male' | 'female' | null {
  const b = info(word);
  const m = (b & MALE) !== 0;
  const f = (b & FEMALE) !== 0;
  return m && !f ? 'male' : f && !m ? 'female' : null;
}

export function isKnownSurname(word: string): boolean {
  return (info(word) & SURNAME) !== 0;
}

export function isKnownPerson(fullName: string): boolean {
  return load().person.has(lookupKey(fullName));
}

/** Can a multi-word place or organisation start with this word? */
export function startsMultiwordPlace(word: string): boolean {
  return load().multiFirst.has(lookupKey(word));
}

/** A multi-word place or organisation ("Sri Lanka", "Hong Kong", "Wall Street"). */
export function isMultiwordPlace(words: string[]): boolean {
  const l = load();
  const first = lookupKey(words[0]);
  if (!l.multiFirst.has(first)) return false;
  return l.multi.has(first + ' ' + words.slice(1).map(lookupKey).join(' '));
}

const EXTRA_MULTI = ['sri lanka', 'hong kong', 'new york', 'new zealand', 'el salvador', 'costa rica',
  'puerto rico', 'saudi arabia', 'south africa', 'north korea', 'south korea', 'san francisco', 'los angeles',
  'las vegas', 'new jersey', 'new mexico', 'new delhi', 'buenos aires', 'tel aviv', 'abu dhabi', 'sierra leone',
  'burkina faso', 'cape town', 'rio de janeiro', 'sao paulo', 'kuala lumpur', 'addis ababa', 'dar es salaam',
  'wall street', 'downing street', 'capitol hill', 'white house', 'st louis', 'st petersburg', 'santa monica',
  'milton keynes', 'notts county', 'crystal palace', 'queens park', 'aston villa', 'leyton orient', 'hamilton academical'];

export function isPlace(word: string): boolean {
  return (info(word) & PLACE) !== 0;
}

export function isOrg(word: string): boolean {
  return (info(word) & ORG) !== 0;
}

export function isDemonym(word: string): boolean {
  return (info(word) & DEMONYM) !== 0;
}

export function isTimeWord(word: string): boolean {
  return (info(word) & TIME) !== 0;
}

/** An ordinary English word (also checks a simple plural: "Officials" → "official"). */
export function isCommonWord(word: string): boolean {
  return (info(word) & COMMON) !== 0;
}

/** Endings of English abstract nouns: names almost never end so (Election, Commerce, Treasury). */
const NOUN_SUFFIX_RE = /(?:tion|sion|ment|ness|ity|ism|ance|ence|ship|ery|ology|ics|ure|ties|ments|ions|ances|ences|dom|committee|commission|council|department|ministry|agency|association|foundation|institute|university|healthcare|care)$/;

function commonKey(l: Lexicon, k: string): boolean {
  if (l.common.has(k)) return true;
  if (k.length > 5 && NOUN_SUFFIX_RE.test(k) && !l.given.has(k) && !l.surname.has(k)) return true;
  if (k.length > 3 && k.endsWith('s')) {
    if (l.common.has(k.slice(0, -1))) return true;
    if (k.endsWith('ies') && l.common.has(k.slice(0, -3) + 'y')) return true;
    if (k.endsWith('es') && l.common.has(k.slice(0, -2))) return true;
  }
  return false;
}

/** Not a person's name part: a place, organisation, demonym, month/day or ordinary word. */
export function isNonNameWord(word: string): boolean {
  return (info(word) & (PLACE | ORG | DEMONYM | TIME | COMMON | TITLE_OR_SUFFIX)) !== 0;
}

/** Group nouns the lexicon lacks (singular forms): "Latinos said" is not a person. */
const EXTRA_DEMONYMS = new Set(['latino', 'latina', 'latinx', 'hispanic', 'black', 'white', 'asian', 'arab', 'jew', 'muslim',
  'christian', 'hindu', 'sikh', 'kurd', 'sunni', 'shia', 'shiite', 'palestinian', 'israeli', 'yemeni', 'iraqi', 'kuwaiti',
  'saudi', 'pakistani', 'afghan', 'bangladeshi', 'nepali', 'thai', 'somali', 'democrat', 'republican', 'tory', 'liberal',
  'conservative', 'millennial', 'boomer', 'evangelical', 'catholic', 'protestant', 'mormon', 'baptist', 'brit', 'scot',
  'yankee', 'texan', 'californian', 'floridian', 'new yorker', 'londoner', 'parisian', 'muscovite',
  // Foreign-language adjectives that start company names ("Deutsche Boerse", "Deutsche Bank").
  'deutsche', 'deutscher', 'francaise', 'francais', 'espanola', 'espanol', 'italiana', 'nederlandse', 'svenska', 'norske',
  'danske', 'schweizerische', 'osterreichische']);

const DEMONYM_RE = /^(?:[a-z]+(?:ian|ean|ese|ish|ani|iot|ican|ern))$/;

export { HONORIFICS, DOTTED_ONLY_HONORIFICS } from './lexicon/honorifics';

/** Title and role words: before a name they show a person ("Foreign Minister Sergey Lavrov"). */
export const TITLE_WORDS = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'chancellor', 'senator', 'governor',
  'congressman', 'congresswoman', 'congressmember', 'representative', 'mayor', 'king', 'queen',
  'prince', 'princess', 'pope', 'cardinal', 'bishop', 'archbishop', 'rabbi', 'imam', 'emir', 'sultan',
  'judge', 'justice', 'chairman', 'chairwoman', 'chair', 'chief', 'executive', 'director',
  'commissioner', 'ambassador', 'spokesman', 'spokeswoman', 'spokesperson', 'leader', 'deputy',
  'general', 'colonel', 'captain', 'coach', 'manager', 'striker', 'midfielder', 'defender',
  'goalkeeper', 'keeper', 'actor', 'actress', 'singer', 'star', 'chef', 'officer', 'sergeant',
  'detective', 'inspector', 'professor', 'doctor', 'attorney', 'lawyer', 'candidate', 'nominee',
  'speaker', 'ceo', 'founder', 'head', 'boss', 'editor', 'reporter', 'author', 'writer',
  'correspondent', 'analyst', 'economist', 'strategist', 'adviser', 'advisor', 'aide', 'mp', 'mep',
  'msp', 'envoy', 'commander', 'marshal', 'admiral', 'lieutenant', 'sheriff', 'superintendent',
  'constable', 'chancellor', 'treasurer', 'comptroller', 'premier', 'president-elect', 'dictator',
  'tsar', 'czar', 'emperor', 'duke', 'duchess', 'earl', 'baroness', 'baron', 'count', 'countess',
  'secretary-general', 'general-secretary', 'cleric', 'pastor', 'reverend', 'father', 'sister',
  'brother', 'uncle', 'aunt', 'wife', 'husband', 'son', 'daughter', 'mother', 'dad', 'mum', 'mom',
  'player', 'champion', 'winger', 'forward', 'batsman', 'bowler', 'skipper', 'rival', 'opponent',
  'nominee', 'challenger', 'incumbent', 'frontrunner', 'front-runner', 'hopeful', 'chairperson',
  'councillor', 'councilman', 'councilwoman', 'assemblyman', 'assemblywoman', 'delegate', 'official',
  'economist', 'host', 'presenter', 'anchor', 'comedian', 'director-general', 'state', 'foreign',
  'defence', 'defense', 'home', 'health', 'justice', 'finance', 'interior', 'trade', 'industry',
  'education', 'culture', 'transport', 'energy', 'environment', 'treasury', 'shadow', 'junior',
  'former', 'acting', 'interim', 'senior', 'national', 'federal', 'party', 'labour', 'tory',
  'conservative', 'democrat', 'democratic', 'republican', 'liberal', 'gop', 'new', 'team', 'club',
  'company', 'first', 'lady', 'sir', 'attorney-general', 'solicitor-general', 'sen', 'gov', 'rep',
  'business', 'work', 'works', 'pensions', 'commons', 'lords', 'house', 'senate', 'supreme', 'court',
  'central', 'bank', 'league', 'cabinet', 'office', 'department', 'ministry', 'agency', 'labor',
  'staff', 'campaign', 'coalition', 'opposition', 'government', 'white', 'economic', 'development',
  'security', 'intelligence', 'affairs', 'international', 'development', 'communities', 'local',
  'northern', 'ireland', 'scotland', 'wales', 'chief-executive', 'vice-president', 'vice-chairman',
  'managing', 'finance', 'operating', 'technology', 'information', 'general', 'counsel',
  'commerce', 'prosecutor', 'solicitor', 'barrister', 'trooper', 'agent', 'pilot', 'nurse', 'surgeon',
  'ayatollah', 'grand', 'sheikh', 'mullah', 'imam', 'crown', 'supreme', 'exchequer', 'duchy', 'privy', 'seal',
  'whip', 'leader', 'envoy', 'consul', 'attache', 'governor-general', 'lieutenant-governor', 'magistrate', 'coroner',
]);

export { ORG_SUFFIXES, PERSON_LIKE_BRANDS } from './lexicon/organisations';
export { AMBIGUOUS_GIVEN, PARTICLES, SURNAME_FIRST } from './lexicon/people-names';

/** Capitalised words seen in news that the lexicon does not know as ordinary words or bodies. */
const EXTRA_COMMON = [
  'kremlin', 'pentagon', 'whitehall', 'tories', 'tory', 'congress', 'parliament', 'democrats',
  'republicans', 'labour', 'officials', 'police', 'internet', 'web', 'online', 'twitter', 'facebook',
  'instagram', 'youtube', 'tiktok', 'brexit', 'covid', 'coronavirus', 'euro', 'eurozone', 'christmas',
  'easter', 'ramadan', 'eid', 'hanukkah', 'diwali', 'thanksgiving', 'halloween', 'olympic', 'olympics',
  'paralympic', 'premiership', 'bafta', 'baftas', 'oscar', 'oscars', 'emmy', 'emmys', 'grammy',
  'grammys', 'mr', 'mrs', 'ms', 'dr', 'st', 'ok', 'okay', 'tv', 'ceo', 'gop', 'obamacare', 'medicare',
  'medicaid', 'wall', 'downing', 'capitol', 'hill', 'broadway', 'hollywood', 'bollywood', 'nollywood',
  'uk', 'us', 'usa', 'eu', 'un', 'nato', 'who', 'imf', 'fbi', 'cia', 'nhs', 'bbc', 'itv', 'cnn',
  'ukip', 'snp', 'dup', 'isis', 'isil', 'daesh', 'hamas', 'hezbollah', 'taliban', 'al-qaeda',
  'al-qaida', 'boko', 'haram', 'god', 'allah', 'jesus', 'christ', 'bible', 'koran', 'quran', 'islam',
  'muslim', 'muslims', 'christian', 'christians', 'catholic', 'catholics', 'jewish', 'jews', 'hindu',
  'sikh', 'buddhist', 'lib', 'dem', 'dems', 'libdems', 'sinn', 'fein', 'plaid', 'cymru', 'senate',
  'house', 'court', 'state', 'federal', 'city', 'north', 'south', 'east', 'west', 'northern', 'southern',
  'eastern', 'western', 'central', 'middle', 'upper', 'lower', 'greater', 'mount', 'lake', 'river',
  'prime', 'minister', 'president', 'chancellor', 'secretary', 'senator', 'governor', 'king', 'queen',
  'prince', 'princess', 'pope', 'judge', 'justice', 'chairman', 'chief', 'general', 'captain', 'coach',
  'league', 'cup', 'club', 'united', 'city', 'rovers', 'wanderers', 'athletic', 'albion', 'villa',
  'hotspur', 'spurs', 'arsenal', 'chelsea', 'liverpool', 'everton', 'leeds', 'celtic', 'rangers',
  'madrid', 'barcelona', 'juventus', 'bayern', 'milan', 'inter', 'ajax', 'porto', 'benfica',
  'twickenham', 'wembley', 'wimbledon', 'anfield', 'xbox', 'playstation', 'nintendo', 'sony',
  'microsoft', 'apple', 'google', 'amazon', 'netflix', 'iphone', 'ipod', 'ipad', 'windows', 'linux',
  'ofcom', 'ofsted', 'ofgem', 'ofwat', 'fifa', 'uefa', 'ioc', 'iaaf', 'nfl', 'nba', 'mlb', 'nhl',
  'stock', 'dow', 'nasdaq', 'ftse', 'dax', 'nikkei', 'hang', 'seng', 'fed', 'treasury', 'opec',
  'senior', 'junior', 'sen', 'gov', 'rep', 'gen', 'lt', 'col', 'sgt', 'rev', 'reuters', 'ap', 'afp',
  'said', 'says', 'according', 'meanwhile', 'however', 'today', 'yesterday', 'tomorrow', 'tonight',
  'bookmaker', 'bookmakers', 'goalscorer', 'matchwinner',
];

const EXTRA_PLACES = `
kyiv kiev kharkiv kharkov odesa odessa lviv donbas donbass donetsk luhansk crimea mariupol kherson
zaporizhzhia zaporizhzhya dnipro bakhmut avdiivka gaza westminster whitehall brussels strasbourg
davos beijing peking mumbai bombay kolkata calcutta chennai madras myanmar burma yangon rangoon
tehran teheran tripoli benghazi aleppo idlib raqqa mosul fallujah kabul kandahar helmand karachi
islamabad lahore riyadh jeddah doha dubai abu dhabi sanaa aden beirut damascus baghdad basra
ankara istanbul tbilisi yerevan baku minsk chisinau vilnius riga tallinn grozny chechnya dagestan
belarus moldova ukraine russia syria iraq iran libya yemen qatar bahrain kuwait oman jordan lebanon
israel palestine afghanistan pakistan turkey turkiye
alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho
illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah
vermont virginia washington wisconsin wyoming dakota carolina
britain england scotland wales ireland ulster europe africa asia america australia canada brussels
westminster holyrood stormont strasbourg geneva frankfurt tokyo seoul delhi moscow paris berlin rome
madrid washington baghdad jerusalem gaza kashmir tibet taiwan brazil argentina mexico chile peru
`.split(/\s+/).filter((w) => w.length > 0);

const EXTRA_ORGS = `
hezbollah hizbollah hamas taliban al-qaeda al-qaida alqaeda isis isil daesh nato opec fifa uefa
wagner rosneft gazprom aeroflot ofcom labour conservatives tories ukip reform snp plaid fatah
`.split(/\s+/).filter((w) => w.length > 0);

/** Kept for importers of the old names: the verbs live in lexicon/verbs.ts. */
export { VERBS_AFTER_A_NAME as REPORTING_VERBS, PERSON_VERBS } from './lexicon/verbs';

/** Verbs that take a particle when said of a person: "called for", "stepped down". */
export const PERSON_PHRASAL_VERBS: Record<string, Set<string>> = {
  called: new Set(['for', 'on']), calls: new Set(['for', 'on']), stepped: new Set(['down', 'aside']),
  steps: new Set(['down', 'aside']), spoke: new Set(['of', 'about', 'to', 'out']), speaks: new Set(['of', 'about', 'to', 'out']),
};

/** Nouns whose "of" takes a person: "the resignation of Phil Watts", "the widow of …". */
export const PERSON_OF_NOUNS = new Set([
  'resignation', 'death', 'murder', 'killing', 'arrest', 'funeral', 'widow', 'widower', 'wife', 'husband', 'son', 'daughter',
  'sacking', 'assassination', 'kidnapping', 'biography', 'memoirs', 'girlfriend', 'boyfriend', 'fiancee', 'fiancée', 'mother', 'father',
]);

/** `s` with the characters a regular expression treats specially escaped, to match it literally. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
