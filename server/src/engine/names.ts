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

/** Abbreviated or courtesy titles written directly before a name (the `honorific` of a mention). */
export const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'sen', 'gov', 'rep',
  'gen', 'lt', 'col', 'capt', 'cpt', 'sgt', 'maj', 'adm', 'cmdr', 'rev', 'fr', 'mme', 'mlle', 'messrs',
  'insp', 'supt', 'det', 'pres', 'sheikh', 'mrs.', 'hon', 'del',
]);

/** Honorifics that are only honorifics when written with a full stop ("Gen." but "Gen Z"). */
export const DOTTED_ONLY_HONORIFICS = new Set(['sen', 'gov', 'rep', 'gen', 'lt', 'col', 'capt', 'cpt', 'sgt', 'maj', 'adm', 'cmdr', 'rev', 'fr', 'insp', 'supt', 'det', 'pres', 'hon', 'del']);

/** Lower-case name particles that belong to the surname: de, van, von, bin, al- … */
export const PARTICLES = new Set([
  'de', 'del', 'della', 'der', 'den', 'di', 'da', 'das', 'do', 'dos', 'du', 'la', 'le', 'van', 'von',
  'ter', 'ten', 'bin', 'ibn', 'bint', 'al', 'el', 'abu', 'ben', 'st', 'y', 'zu', 'mac',
]);

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

/** Last words of organisation and place names ("Downing Street", "Trauma Center"). */
export const ORG_SUFFIXES = new Set([
  'street', 'st', 'road', 'avenue', 'lane', 'square', 'center', 'centre', 'university', 'college',
  'school', 'institute', 'institution', 'hospital', 'party', 'service', 'services', 'post', 'times',
  'news', 'council', 'committee', 'commission', 'ministry', 'department', 'office', 'agency',
  'house', 'palace', 'hall', 'airport', 'stadium', 'arena', 'club', 'fc', 'united', 'city', 'county',
  'inc', 'ltd', 'plc', 'corp', 'corporation', 'company', 'co', 'group', 'bank', 'foundation', 'trust',
  'association', 'union', 'federation', 'church', 'cathedral', 'bridge', 'island', 'islands',
  'river', 'mountain', 'mountains', 'valley', 'award', 'awards', 'prize', 'cup', 'league', 'games',
  'festival', 'act', 'bill', 'court', 'tribunal', 'police', 'army', 'navy', 'force', 'forces', 'guard',
  'board', 'authority', 'fund', 'program', 'programme', 'project', 'museum', 'gallery', 'theatre',
  'theater', 'channel', 'network', 'radio', 'tv', 'magazine', 'journal', 'review', 'herald',
  'telegraph', 'guardian', 'mail', 'express', 'tribune', 'gazette', 'globe', 'observer', 'standard',
  'records', 'studios', 'pictures', 'entertainment', 'media', 'press', 'books', 'motors', 'airlines',
  'airways', 'systems', 'technologies', 'labs', 'institute', 'parliament', 'assembly', 'congress',
  'senate', 'cabinet', 'government', 'administration', 'campaign', 'movement', 'front', 'alliance',
  'coalition', 'organisation', 'organization', 'network', 'index', 'exchange', 'market', 'markets',
  'report', 'survey', 'poll', 'show', 'series', 'world', 'war', 'day', 'week', 'year', 'era', 'age',
  'state', 'states', 'kingdom', 'republic', 'empire', 'province', 'district', 'region', 'coast',
  'sea', 'ocean', 'lake', 'bay', 'gulf', 'strait', 'park', 'gardens', 'zoo', 'tower', 'towers',
  'building', 'plaza', 'mall', 'station', 'terminal', 'port', 'harbour', 'harbor', 'base', 'camp',
  'prison', 'jail', 'clinic', 'trophy', 'open', 'championship', 'championships', 'olympics',
  'tour', 'grand', 'prix', 'series', 'medal', 'unit', 'squad', 'brigade', 'division', 'regiment',
  'battalion', 'corps', 'fleet', 'library', 'archive', 'centre', 'studio', 'band', 'orchestra',
  'choir', 'ballet', 'opera', 'jr', 'sr', 'healthcare', 'energy', 'capital', 'partners', 'holdings',
  'industries', 'solutions', 'consulting', 'ventures', 'pharmaceuticals', 'foods', 'brands', 'resources',
  'petroleum', 'oil', 'gas', 'power', 'electric', 'telecom', 'communications', 'insurance', 'financial',
  'securities', 'investments', 'enterprises', 'international', 'global', 'forum', 'institute', 'subcommittee', 'society',
  'leisure', 'broadband', 'retail', 'logistics', 'hotels', 'stores', 'brewery', 'breweries', 'software', 'networks',
  'pharma', 'telecoms', 'interactive', 'aerospace', 'engineering', 'construction', 'properties', 'estates', 'shipping',
  'mining', 'chemicals', 'utd', 'pavilion', 'auditorium', 'amphitheatre', 'racecourse', 'lido',
]);

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

/** Lexicon "first names" that in news copy are nearly always something else. */
const NOT_GIVEN = ['will', 'may', 'june', 'april', 'august', 'bill', 'mark', 'rose', 'hope', 'faith',
  'grace', 'joy', 'chase', 'grant', 'pat', 'sue', 'rob', 'guy', 'art', 'chance', 'rich', 'sunny',
  'summer', 'autumn', 'winter', 'dawn', 'eve', 'christian', 'major', 'king', 'prince', 'princess',
  'earl', 'duke', 'baron', 'sterling', 'penny', 'ruby', 'amber', 'crystal', 'holly', 'ivy', 'iris',
  'lily', 'daisy', 'violet', 'jade', 'pearl', 'sky', 'storm', 'river', 'brook', 'cliff', 'dale',
  'glen', 'heath', 'miles', 'lance', 'norman', 'frank', 'justice', 'liberty', 'unity', 'harmony',
  'royal', 'sonny', 'buddy', 'marshall', 'carter', 'parker', 'hunter', 'mason', 'tyler', 'cooper',
  'taylor', 'jordan', 'london', 'paris', 'sydney', 'chelsea', 'georgia', 'virginia', 'carolina',
  'florida', 'india', 'china', 'israel', 'victoria', 'austin', 'dallas', 'houston', 'phoenix',
  'denver', 'orlando', 'diego', 'augusta', 'beverly', 'regina', 'adelaide', 'alexandria', 'florence',
  'camden', 'chester', 'lincoln', 'washington', 'jackson', 'madison', 'clinton', 'kennedy', 'reagan',
  'nixon', 'carter', 'ford', 'cameron', 'sterling',
].filter((w) => !['chelsea', 'mark', 'grant', 'frank', 'norman', 'miles', 'lance', 'victoria', 'austin', 'cameron', 'jordan', 'taylor', 'tyler', 'mason', 'cooper', 'parker', 'hunter', 'carter', 'madison', 'sydney', 'georgia', 'virginia', 'florence', 'kennedy', 'chester', 'dale', 'glen', 'sonny', 'buddy', 'marshall', 'rob', 'pat', 'sue', 'guy', 'art', 'rich', 'bill', 'will', 'penny', 'ruby', 'holly', 'lily', 'daisy', 'grace', 'jade'].includes(w));

/** Given names common in news that compromise's lexicon lacks. */
const EXTRA_GIVEN = `
abdel abdelaziz abdelfattah abdulaziz abdullahi abiy abu ahmad ahmed akhmad alaa ali alisher aliaksandr
alexei aleksei alexey aleksey alexandr aleksandr oleksandr oleksiy olexiy andriy andrii anatoly anatoliy
arseniy arseny avigdor ayatollah ayman bashar benjamin benny beto bibi bola boyko carles cyril dmitry
dmitri dmytro emmanuel ehud evgeny yevgeny yevgeniy yevhen fumio gennady gennadiy hassan hosni hossein
hussein ilham ismail ivanka jeb jens jerzy jong jae kamala kellyanne kim kirill kristalina leonid lula
maia mahmoud mahmood mamnoon marine melania mette mikheil mohamed mohammad mohammed muhammad muhammed
moammar muammar mullah nawaz nayib nikol nursultan olaf oleg petro pyotr qasem ramzan recep reince
rodrigo rishi saddam salva sebastian sergei sergey serhiy shinzo shavkat sviatlana svetlana tayyip
tsai viktor volodymyr vladimir vyacheslav wladimir xavier yair yevgeny yoshihide yulia yuri yury
yuriy zalmay zoran huma reince newt mitt rand marco bernie kellyanne ivanka kaine jared huma tulsi
hakeem mitch chuck nancy beto pete ilhan alexandria kirsten amy cory kamala lindsey jeanne sean
corey ryan stephen steve rudy rudolph omarosa sarah-huckabee roger rex betsy wilbur mnuchin mike
mick reince anthony jeff ajit kellyanne katrina tomi milo jill ben keir rishi liz boris theresa
jacinda emmanuel angela annalena olaf giorgia pedro mateusz andrzej viktor benjamin yoav bezalel
itamar naftali yitzhak shimon ariel ehud golda levi nikki vivek ron kari glenn gavin jb gretchen
josh kathy janet lael jerome christine ursula roberta josep charles kaja margrethe antonio
kristersson ulf jonas jens sanna alexander alexandre gianni matteo silvio romano enrico giuseppe
mario sergio luiz jair dilma inacio nicolas hugo evo alberto cristina javier gustavo andres manuel
claudia felipe ivan iván sebastián jean novak bill bob pat rob sue ted frank chuck newt mitt rand jeb
rhys rhian rhodri dafydd ieuan iwan sian bethan carwyn meirion elfyn huw aled geraint glyn gwyn emlyn hywel
owain alun llyr cerys eluned ffion shani aoife saoirse sinead eamonn oisin cathal dermot fergal lorcan ruairi
aine grainne orla mairead mhairi ailsa kirsty morag hamish didier nestor sander reiner casper gaspar tudor teodor
fedor todor sandor tibor gabor wiktor einar ragnar ingvar peder onur
`.split(/\s+/).filter((w) => w.length > 0);

const EXTRA_SURNAMES = `
smith jones williams taylor brown davies evans wilson thomas johnson roberts robinson thompson wright
walker white edwards hughes green hall lewis harris clarke clark jackson wood turner martin cooper hill
ward morris moore king watson harrison morgan baker young allen mitchell anderson lee kelly james
bell scott campbell miller davis garcia rodriguez martinez hernandez lopez gonzalez perez sanchez
ramirez torres flores rivera gomez diaz reyes cruz morales ortiz gutierrez chavez ramos ruiz
johnston stevens stephens stevenson stephenson thomson simpson mcdonald macdonald murray reid gray
grey graham stewart stuart fraser ross hamilton kennedy marshall duncan hunter russell henderson
ferguson palmer owen owens lloyd price powell griffiths griffith jenkins rees reece phillips
philips parker collins cook cooke carter rogers shaw richards richardson fisher fischer webb payne
barnes knight hart harvey holmes dixon ellis mason matthews mathews brooks brookes gibson chapman
murphy kelley sullivan obrien o'brien byrne ryan walsh obrien doyle reilly connor quinn burke
`.split(/\s+/).filter((w) => w.length > 0);

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

/**
 * Given names that are also ordinary words ("Rod Eddington", "Miles Shipside", "Hazel Blears"):
 * a given name only right before a word that is itself a name, never on their own.
 */
export const AMBIGUOUS_GIVEN = new Set(['rod', 'miles', 'hazel', 'sandy', 'rich', 'jan', 'ray', 'gene', 'dean', 'chip',
  'herb', 'dick', 'dawn', 'cliff', 'jay', 'max', 'rose', 'guy', 'art', 'bud', 'earl', 'rusty', 'olive', 'joy', 'faith',
  'pearl', 'penny', 'holly', 'lily', 'daisy', 'jade', 'sonny', 'ruby', 'heather', 'carol', 'gay', 'grant', 'mark', 'bill']);

/**
 * Firms, brands and bands named like a person ("William Hill and Ladbrokes", "Krispy Kreme said",
 * "Franz Ferdinand's album"): in news copy these are nearly always the business or the band.
 */
export const PERSON_LIKE_BRANDS = new Set([
  'william hill', 'laura ashley', 'krispy kreme', 'louis vuitton', 'stella artois', 'franz ferdinand', 'velvet revolver',
  'standard life', 'dresdner kleinwort', 'kleinwort benson', 'sal oppenheim', 'ted baker', 'harvey nichols',
  'thomas cook', 'morgan stanley', 'goldman sachs', 'charles schwab', 'smith barney', 'dean witter', 'dow jones',
  'aston martin', 'alfa romeo', 'rolls royce', 'johnnie walker', 'jack daniels', 'tim hortons', 'pink floyd',
  'jethro tull', 'steely dan', 'lynyrd skynyrd', 'fleetwood mac', 'duran duran', 'simply red', 'christian dior',
  'estee lauder', 'paddy power', 'price waterhouse', 'merrill lynch', 'hugo boss', 'max factor',
]);

/** Surnames written first (East Asian order): "Xi Jinping" → Xi, "Kim Jong Un" → Kim. */
export const SURNAME_FIRST = new Set([
  'xi', 'hu', 'wen', 'li', 'wang', 'zhang', 'liu', 'chen', 'yang', 'zhao', 'huang', 'zhou', 'wu',
  'deng', 'mao', 'jiang', 'zhu', 'kim', 'moon', 'park', 'yoon', 'lee', 'roh', 'chun', 'ban', 'han',
  'choi', 'ma', 'lai', 'tsai', 'ko', 'ho', 'ng',
]);

/** Reporting verbs and similar words right after a bare name ("Lavrov said"). */
export const REPORTING_VERBS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'asked', 'asks', 'explained', 'explains',
  'insisted', 'insists', 'warned', 'warns', 'argued', 'argues', 'claimed', 'claims', 'noted', 'notes',
  'wrote', 'writes', 'tweeted', 'tweets', 'stated', 'states', 'replied', 'replies', 'responded',
  'responds', 'announced', 'announces', 'admitted', 'admits', 'acknowledged', 'acknowledges',
  'agreed', 'agrees', 'continued', 'continues', 'suggested', 'suggests', 'urged', 'urges', 'declared',
  'declares', 'confirmed', 'confirms', 'denied', 'denies', 'believes', 'believed', 'thinks',
  'thought', 'recalled', 'recalls', 'predicted', 'predicts', 'stressed', 'stresses', 'revealed',
  'reveals', 'conceded', 'concedes', 'countered', 'counters', 'joked', 'jokes', 'quipped', 'quips',
  'observed', 'observes', 'remarked', 'remarks', 'testified', 'testifies', 'complained', 'complains',
  'pointed', 'points', 'described', 'describes', 'promised', 'promises', 'vowed', 'vows', 'pledged',
  'pledges', 'accused', 'accuses', 'criticised', 'criticized', 'praised', 'praises', 'hopes',
  'hoped', 'feared', 'fears', 'wants', 'wanted', 'signed', 'resigned', 'met', 'visited', 'won',
  'lost', 'scored', 'voted', 'backed', 'rejected', 'dismissed',
]);

/**
 * Verbs right after a full name (after an optional auxiliary) that only a person does: speech,
 * judgement and a person's career events. Evidence that "Naoki Kamiyama" or "Brendan Barber" is a
 * person; firms say, report and announce too, so these stay words of people ("called for",
 * "stepped down", "condemned").
 */
export const PERSON_VERBS = new Set([
  'said', 'says', 'told', 'tells', 'added', 'adds', 'predicted', 'predicts', 'estimated', 'estimates', 'warned', 'warns',
  'urged', 'urges', 'insisted', 'insists', 'argued', 'argues', 'claimed', 'noted', 'explained', 'explains',
  'stressed', 'stresses', 'admitted', 'admits', 'denied', 'denies', 'condemned', 'condemns', 'questioned', 'criticised',
  'criticized', 'criticises', 'criticizes', 'attacked', 'remembered', 'recalled', 'recalls', 'defended', 'defends',
  'conceded', 'concedes', 'replied', 'replies', 'responded', 'accused', 'accuses', 'praised', 'praises', 'thanked',
  'apologised', 'apologized', 'resigned', 'retired', 'died', 'testified', 'pleaded', 'confessed', 'joked', 'quipped',
  'tweeted', 'wrote', 'writes', 'thinks', 'wondered', 'telling', 'saying',
  'adding', 'insisting', 'warning', 'arguing', 'explaining', 'urging',
]);

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
