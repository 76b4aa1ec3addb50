/**
 * Title and role words as the person index reads them before a name: roles, and the parts of a
 * title phrase that are not roles on their own ("foreign", "shadow", "house"). Lower-case.
 * Source: written by hand for newslint. (titles.ts holds the role lexicon the rules read; this
 * list overlaps it: 160 of its words are roles there, the rest are parts of title phrases.)
 */

/** Title and role words: before a name they show a person ("Foreign Minister Sergey Lavrov"). */
export const TITLE_WORDS = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'chancellor', 'senator', 'governor', 'congressman',
  'congresswoman', 'congressmember', 'representative', 'mayor', 'king', 'queen', 'prince', 'princess', 'pope',
  'cardinal', 'bishop', 'archbishop', 'rabbi', 'imam', 'emir', 'sultan', 'judge', 'justice', 'chairman',
  'chairwoman', 'chair', 'chief', 'executive', 'director', 'commissioner', 'ambassador', 'spokesman',
  'spokeswoman', 'spokesperson', 'leader', 'deputy', 'general', 'colonel', 'captain', 'coach', 'manager',
  'striker', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'actor', 'actress', 'singer', 'star', 'chef',
  'officer', 'sergeant', 'detective', 'inspector', 'professor', 'doctor', 'attorney', 'lawyer', 'candidate',
  'nominee', 'speaker', 'ceo', 'founder', 'head', 'boss', 'editor', 'reporter', 'author', 'writer',
  'correspondent', 'analyst', 'economist', 'strategist', 'adviser', 'advisor', 'aide', 'mp', 'mep', 'msp',
  'envoy', 'commander', 'marshal', 'admiral', 'lieutenant', 'sheriff', 'superintendent', 'constable',
  'treasurer', 'comptroller', 'premier', 'president-elect', 'dictator', 'tsar', 'czar', 'emperor', 'duke',
  'duchess', 'earl', 'baroness', 'baron', 'count', 'countess', 'secretary-general', 'general-secretary',
  'cleric', 'pastor', 'reverend', 'father', 'sister', 'brother', 'uncle', 'aunt', 'wife', 'husband', 'son',
  'daughter', 'mother', 'dad', 'mum', 'mom', 'player', 'champion', 'winger', 'forward', 'batsman', 'bowler',
  'skipper', 'rival', 'opponent', 'challenger', 'incumbent', 'frontrunner', 'front-runner', 'hopeful',
  'chairperson', 'councillor', 'councilman', 'councilwoman', 'assemblyman', 'assemblywoman', 'delegate',
  'official', 'host', 'presenter', 'anchor', 'comedian', 'director-general', 'state', 'foreign', 'defence',
  'defense', 'home', 'health', 'finance', 'interior', 'trade', 'industry', 'education', 'culture', 'transport',
  'energy', 'environment', 'treasury', 'shadow', 'junior', 'former', 'acting', 'interim', 'senior', 'national',
  'federal', 'party', 'labour', 'tory', 'conservative', 'democrat', 'democratic', 'republican', 'liberal',
  'gop', 'new', 'team', 'club', 'company', 'first', 'lady', 'sir', 'attorney-general', 'solicitor-general',
  'sen', 'gov', 'rep', 'business', 'work', 'works', 'pensions', 'commons', 'lords', 'house', 'senate',
  'supreme', 'court', 'central', 'bank', 'league', 'cabinet', 'office', 'department', 'ministry', 'agency',
  'labor', 'staff', 'campaign', 'coalition', 'opposition', 'government', 'white', 'economic', 'development',
  'security', 'intelligence', 'affairs', 'international', 'communities', 'local', 'northern', 'ireland',
  'scotland', 'wales', 'chief-executive', 'vice-president', 'vice-chairman', 'managing', 'operating',
  'technology', 'information', 'counsel', 'commerce', 'prosecutor', 'solicitor', 'barrister', 'trooper',
  'agent', 'pilot', 'nurse', 'surgeon', 'ayatollah', 'grand', 'sheikh', 'mullah', 'crown', 'exchequer',
  'duchy', 'privy', 'seal', 'whip', 'consul', 'attache', 'governor-general', 'lieutenant-governor',
  'magistrate', 'coroner',
]);
