/**
 * Capitalised words that are not a person's name part: ordinary words, bodies, religions, parties,
 * events, and (as data, not in any rule) named entities news copy writes bare: football clubs and
 * grounds, brands and services. Lower-case. Source: written by hand for newslint from the
 * capitalised words of UK and US news that compromise's lexicon does not tag.
 */

/** Capitalised words seen in news that the lexicon does not know as ordinary words or bodies. */
export const EXTRA_COMMON = [
  'kremlin', 'pentagon', 'whitehall', 'tories', 'tory', 'congress', 'parliament', 'democrats', 'republicans',
  'labour', 'officials', 'police', 'internet', 'web', 'online', 'twitter', 'facebook', 'instagram', 'youtube',
  'tiktok', 'brexit', 'covid', 'coronavirus', 'euro', 'eurozone', 'christmas', 'easter', 'ramadan', 'eid',
  'hanukkah', 'diwali', 'thanksgiving', 'halloween', 'olympic', 'olympics', 'paralympic', 'premiership',
  'bafta', 'baftas', 'oscar', 'oscars', 'emmy', 'emmys', 'grammy', 'grammys', 'mr', 'mrs', 'ms', 'dr', 'st',
  'ok', 'okay', 'tv', 'ceo', 'gop', 'obamacare', 'medicare', 'medicaid', 'wall', 'downing', 'capitol', 'hill',
  'broadway', 'hollywood', 'bollywood', 'nollywood', 'uk', 'us', 'usa', 'eu', 'un', 'nato', 'who', 'imf',
  'fbi', 'cia', 'nhs', 'bbc', 'itv', 'cnn', 'ukip', 'snp', 'dup', 'isis', 'isil', 'daesh', 'hamas',
  'hezbollah', 'taliban', 'al-qaeda', 'al-qaida', 'boko', 'haram', 'god', 'allah', 'jesus', 'christ', 'bible',
  'koran', 'quran', 'islam', 'muslim', 'muslims', 'christian', 'christians', 'catholic', 'catholics', 'jewish',
  'jews', 'hindu', 'sikh', 'buddhist', 'lib', 'dem', 'dems', 'libdems', 'sinn', 'fein', 'plaid', 'cymru',
  'senate', 'house', 'court', 'state', 'federal', 'city', 'north', 'south', 'east', 'west', 'northern',
  'southern', 'eastern', 'western', 'central', 'middle', 'upper', 'lower', 'greater', 'mount', 'lake', 'river',
  'prime', 'minister', 'president', 'chancellor', 'secretary', 'senator', 'governor', 'king', 'queen',
  'prince', 'princess', 'pope', 'judge', 'justice', 'chairman', 'chief', 'general', 'captain', 'coach',
  'league', 'cup', 'club', 'united', 'rovers', 'wanderers', 'athletic', 'albion', 'villa', 'hotspur', 'spurs',
  'arsenal', 'chelsea', 'liverpool', 'everton', 'leeds', 'celtic', 'rangers', 'madrid', 'barcelona',
  'juventus', 'bayern', 'milan', 'inter', 'ajax', 'porto', 'benfica', 'twickenham', 'wembley', 'wimbledon',
  'anfield', 'xbox', 'playstation', 'nintendo', 'sony', 'microsoft', 'apple', 'google', 'amazon', 'netflix',
  'iphone', 'ipod', 'ipad', 'windows', 'linux', 'ofcom', 'ofsted', 'ofgem', 'ofwat', 'fifa', 'uefa', 'ioc',
  'iaaf', 'nfl', 'nba', 'mlb', 'nhl', 'stock', 'dow', 'nasdaq', 'ftse', 'dax', 'nikkei', 'hang', 'seng', 'fed',
  'treasury', 'opec', 'senior', 'junior', 'sen', 'gov', 'rep', 'gen', 'lt', 'col', 'sgt', 'rev', 'reuters',
  'ap', 'afp', 'said', 'says', 'according', 'meanwhile', 'however', 'today', 'yesterday', 'tomorrow',
  'tonight', 'bookmaker', 'bookmakers', 'goalscorer', 'matchwinner',
];
