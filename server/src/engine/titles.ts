/**
 * Lexicons for titles and roles, as data. Used by roles.ts (is a role given?) and by the
 * title-case rule (which titles are formal). Words are lower case; lookups normalise case,
 * curly apostrophes and simple plurals.
 *
 * Generous on purpose: a role word we do not know makes `first-reference` raise a false alarm,
 * which costs a newsroom more than a missed one.
 */

import { COURTESY_TITLES, TITLE_ABBREVIATIONS } from './lexicon/honorifics';
import { MONTHS, WEEKDAYS } from './lexicon/time';

const words = (s: string) => s.trim().split(/\s+/).filter((w) => w.length > 0);

/**
 * Formal titles (AP: capitalised directly before a name, lower case elsewhere). Government,
 * military, religious, royal, judicial. Multi-word titles are listed by their head word in
 * FORMAL_HEADS and by the whole phrase here.
 */
export const FORMAL_TITLE_PHRASES: readonly string[] = [
  'president', 'vice president', 'president-elect', 'vice president-elect', 'prime minister',
  'deputy prime minister', 'minister', 'first minister', 'chief minister', 'premier', 'chancellor',
  'vice chancellor', 'secretary of state', 'secretary-general', 'secretary general',
  'attorney general', 'solicitor general', 'surgeon general', 'postmaster general',
  'senator', 'governor', 'lieutenant governor', 'mayor', 'deputy mayor', 'lord mayor',
  'congressman', 'congresswoman', 'assemblyman', 'assemblywoman', 'councilman', 'councilwoman',
  'alderman', 'speaker', 'ambassador', 'judge', 'justice', 'chief justice', 'magistrate',
  'general', 'lieutenant general', 'major general', 'brigadier general', 'admiral',
  'vice admiral', 'rear admiral', 'colonel', 'lieutenant colonel', 'lieutenant', 'sergeant',
  'commander', 'field marshal', 'air marshal', 'brigadier', 'commissioner', 'superintendent',
  'chief superintendent', 'chief constable', 'chief inspector', 'inspector', 'detective',
  'detective inspector', 'detective sergeant', 'detective chief inspector',
  'pope', 'king', 'queen', 'prince', 'princess', 'crown prince', 'emperor', 'empress',
  'sheikh', 'emir', 'sultan', 'archbishop', 'bishop', 'cardinal', 'rabbi', 'reverend',
  'ayatollah', 'grand ayatollah', 'patriarch', 'metropolitan',
];

/** Portfolio words that form a formal title with minister/secretary/chancellor ("foreign minister"). */
export const PORTFOLIOS: ReadonlySet<string> = new Set(words(`
  foreign defence defense finance interior home health education justice trade economy economic
  economics culture sports sport environment energy transport transportation labour labor
  agriculture industry communications information housing immigration security intelligence oil
  petroleum tourism welfare treasury commerce business development international
  work pensions culture media digital shadow junior legal territories children women equality
  equalities veterans homeland
`));

/** Formal heads: a title ending in one of these (with an allowed modifier chain) is formal. */
export const FORMAL_HEADS: ReadonlySet<string> = new Set(FORMAL_TITLE_PHRASES.map((p) => p.split(' ').pop() as string));

/** Courtesy titles with and without a full stop: not a role. */
const COURTESY_FORMS: ReadonlySet<string> = new Set([...COURTESY_TITLES].flatMap((w) => [w, w + '.']));

/**
 * Job descriptions and role nouns (lower case before a name: "astronaut John Glenn",
 * "spokesperson Ned Price", "striker Harry Kane"). Relations that identify a person in news
 * copy ("his wife", "her lawyer", "rival") count as roles too.
 */
export const JOB_NOUNS: ReadonlySet<string> = new Set(words(`
  spokesman spokeswoman spokesperson spokespeople mouthpiece press secretary aide adviser advisor
  creator co-creator watchdog pm kicker goal-kicker place-kicker plotter mastermind ringleader
  competitor contestant entrant goalscorer scorer try-scorer immigrant migrant refugee asylum-seeker
  walker race-walker prodigy half-back half-backs sprinter sprinters decathlete heptathlete hurdler
  counsel counsellor counselor consultant strategist pollster operative staffer staffer surrogate
  chairman chairwoman chairperson chair chief ceo cfo coo cto executive director manager boss head
  leader founder co-founder cofounder owner proprietor president vice-president partner principal
  employee official officer officials representative delegate envoy diplomat emissary negotiator
  minister secretary undersecretary under-secretary commissioner regulator inspector auditor
  treasurer controller comptroller clerk registrar administrator coordinator organiser organizer
  mp mep msp am mla td mk mps meps peer lawmaker legislator politician congressman congresswoman
  senator governor mayor councillor councilor alderman assemblyman assemblywoman deputy candidate
  nominee hopeful challenger incumbent contender frontrunner front-runner runner-up rival opponent
  successor predecessor ally loyalist critic backer supporter donor fundraiser campaigner
  activist advocate lobbyist organiser protester protestor demonstrator dissident defector
  democrat republican tory conservative liberal socialist communist libertarian independent
  nationalist unionist loyalist separatist centrist progressive populist whip speaker
  ambassador consul attache attaché judge justice magistrate prosecutor attorney lawyer solicitor
  barrister advocate defender defendant plaintiff claimant witness juror suspect victim
  survivor widow widower detective constable sergeant officer policeman policewoman trooper
  sheriff marshal agent investigator analyst economist scientist researcher professor lecturer
  academic scholar historian expert specialist strategist theorist fellow dean provost rector
  chancellor student graduate teacher headteacher headmaster headmistress principal tutor pupil
  doctor physician surgeon nurse paramedic dentist pharmacist psychiatrist psychologist therapist
  vet veterinarian midwife medic coroner pathologist epidemiologist virologist
  general admiral colonel lieutenant captain major commander corporal private soldier sailor
  marine airman pilot veteran commando sniper gunman gunmen militant fighter rebel insurgent
  journalist reporter correspondent editor columnist commentator writer author novelist poet
  playwright screenwriter blogger broadcaster presenter anchor host anchorman anchorwoman
  newsreader photographer cameraman filmmaker film-maker director producer publisher critic
  actor actress star singer songwriter singer-songwriter musician guitarist bassist drummer
  pianist violinist cellist composer conductor rapper dj comedian comic dancer choreographer
  artist painter sculptor designer architect model chef cook baker butcher farmer fisherman
  businessman businesswoman businessmen entrepreneur investor banker financier trader broker
  billionaire millionaire tycoon magnate mogul industrialist developer landlord tenant
  accountant engineer programmer technician mechanic electrician plumber builder labourer
  worker employee driver chauffeur cabbie courier postman miner steelworker dockworker
  striker midfielder defender goalkeeper keeper winger forward fullback full-back centre-back
  centre-half sweeper playmaker captain skipper coach manager trainer boss referee umpire
  linesman player batsman bowler all-rounder wicketkeeper wicket-keeper spinner seamer opener
  quarterback linebacker pitcher catcher shortstop outfielder infielder guard centre center
  pitcher jockey trainer golfer tennis boxer fighter wrestler sprinter runner hurdler jumper
  thrower vaulter pole-vaulter athlete swimmer diver cyclist rider racer driver rower sailor skier skater snowboarder
  gymnast cricketer footballer rugby hooker prop flanker fly-half scrum-half lock winger
  champion titleholder olympian medallist medalist champion challenger contender debutant
  international star veteran newcomer rookie teammate team-mate compatriot countryman
  priest pastor vicar minister rabbi imam cleric preacher bishop archbishop cardinal pope monk
  nun chaplain evangelist missionary
  king queen prince princess duke duchess lord lady baroness baron earl countess emperor
  empress monarch royal heir regent sultan emir sheikh
  husband wife son daughter father mother brother sister uncle aunt nephew niece cousin
  grandson granddaughter grandfather grandmother grandmother grandparent parent stepfather
  stepmother stepson stepdaughter fiancé fiancée fiance fiancee girlfriend boyfriend partner
  friend colleague neighbour neighbor classmate roommate flatmate
  resident residents citizen villager voter shopper commuter passenger tourist visitor fan
  patient customer client member chairman-elect president-elect director-general
  director-general dg secretary-general commissioner-general inspector-general
  robber thief killer murderer rapist burglar fraudster conman gangster smuggler hacker bomber
  hijacker kidnapper paedophile arsonist shoplifter mugger forger
  legend legends icon icons great greats idol regular regulars clubman clubmen stalwart
  frontman frontwoman bandmate bandmates co-star co-stars protege protégé mentor
  pundit pundits hope hopes stalwart stalwarts son-in-law daughter-in-law father-in-law
  mother-in-law brother-in-law sister-in-law second-in-command deputy-leader
  seed seeds qualifier wildcard wild-card finalist semi-finalist quarter-finalist holder
  titleholder title-holder winner runner nominee laureate recipient
  wing wings back backs tight-head loosehead loose-head openside open-side blindside
  wing-forward number-eight half-back fullback stand-off substitute
  head teacher deputy-head pioneer inventor explorer astronaut cosmonaut mountaineer climber
  survivor hostage prisoner inmate detainee convict refugee migrant
  heiress socialite celebrity personality influencer youtuber
  ruler dictator strongman warlord kingpin
  premier
  backbencher backbenchers frontbencher frontbenchers supremo czar tsar qc qcs kc kcs
  counterpart counterparts teenager teenagers youngster youngsters schoolboy schoolgirl
  heavyweight middleweight lightweight welterweight featherweight flyweight cruiserweight
  favourite favorite understudy deputy-chairman
  co-ordinator foreman forewoman crooner trouble-shooter troubleshooter supermodel physio
  replacement stand-in sensation hero heroine performer performers entertainer entertainers
  buyer buyers user users impresario impresarios contestant contestants housemate housemates
  moderator moderators mate mates assistant assistants liaison associate associates
  superstar superstars megastar megastars springbok springboks wallaby wallabies inductee inductees
  chiropractor chiropractors trustee trustees appointee appointees retiree retirees
  butler butlers matchwinner match-winner tester testers librarian librarians
  jockey jockeys vj vjs dj djs sceptic sceptics eurosceptic eurosceptics euro-sceptic euro-sceptics
  soulman bluesman bandleader crooner songstress diva second-in-command deputies lieutenant
  newscaster newscasters sportscaster sportscasters
`));

/** Demonym nouns used as identifiers, mostly in sports copy ("Briton Andy Murray"). */
export const DEMONYMS: ReadonlySet<string> = new Set(words(`
  maori briton britons scot scots welshman welshwoman englishman englishwoman irishman irishwoman
  frenchman frenchwoman dutchman dutchwoman spaniard swede dane finn pole norwegian german
  italian french russian american australian canadian kenyan ethiopian nigerian ghanaian
  brazilian argentine argentinian chilean colombian mexican jamaican japanese chinese korean
  indian pakistani zimbabwean kiwi aussie belgian swiss austrian
  portuguese greek turk czech slovak croat serb bosnian slovenian hungarian romanian bulgarian
  ukrainian belarusian georgian armenian israeli palestinian egyptian moroccan algerian
  tunisian iranian iraqi syrian saudi afghan
  californian texan new-yorker floridian scotsman scotswoman northerner southerner londoner
  glaswegian liverpudlian mancunian dubliner parisian berliner venezuelan peruvian cuban
  south-african zambian ugandan tanzanian senegalese cameroonian ivorian angolan filipino
  indonesian malaysian thai vietnamese singaporean taiwanese icelandic estonian latvian
  lithuanian moldovan albanian macedonian montenegrin kosovan cypriot lebanese jordanian
  yemeni kuwaiti qatari emirati libyan sudanese somali eritrean
`));

/**
 * Words that may sit inside a title before its head ("national security adviser", "former Labour
 * MP", "White House press secretary"): any capitalised word, these lower-case modifiers, role
 * nouns, portfolios, and possessives.
 */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set(words(`
  former ex then then- acting interim deputy vice assistant associate senior junior chief head
  lead principal executive general managing national international regional local state federal
  county city district party club team company firm group campaign presidential vice-presidential
  parliamentary congressional senatorial gubernatorial mayoral legislative judicial military naval
  army navy air force police security foreign home press communications media public political
  economic financial legal medical health education science technology research defence defense
  intelligence counter-terrorism counterterrorism shadow opposition government ruling
  incumbent outgoing incoming new late longtime long-time veteran top leading prominent
  well-known influential controversial disgraced embattled retired serving elected appointed
  newly-elected newly newly-appointed self-styled self-described so-called would-be
  democratic republican liberal conservative independent labour labor tory green
  first second third co co- joint sole founding founder honorary emeritus permanent special
  personal private chief-executive managing-director campaign election policy union trade
  industry business finance treasury trade budget energy environment transport housing culture
  sports sport football soccer rugby cricket tennis golf boxing athletics racing motor
  formula fitness film movie music pop rock jazz opera television tv radio news fashion
  world olympic european british american english scottish welsh irish
  star winning award-winning best-selling bestselling acclaimed famed famous renowned noted
  veteran young teenage teen old elderly
  oil gas mining tech software internet investment hedge fund private equity property
  civil rights human environmental consumer patient animal gun anti pro
  development aid relief charity labour labor trade-union
  white house downing street kremlin pentagon
  wing left right centre center midfield back
  world-record olympic-champion
  head-of-state
  administration whitehall
  bank agency board council committee church league federation association hospital school
  university college court station network channel magazine newspaper paper shop store airline
  studio label charity foundation institute ministry department office service army navy
  investment central reserve retail consumer property insurance pension pensions
  comedy drama chat talk thriller book comic horror crime soap reality breakfast show shows quiz
  programme game
`));

/** Verbs and words that never belong to a title; scanning back stops here. */
export const TITLE_STOPS: ReadonlySet<string> = new Set(words(`
  the a an this that these those his her their its our my your whose which who whom what
  and or but nor so yet for of in on at by to from with without into onto about over under
  after before during since until while when where as than like via per against among between
  said says say told tells tell added adds asked asks according claimed claims wrote writes
  insisted insists warned warns urged urges called calls met meets named names praised
  accused accuses thanked criticised criticized blamed joined joins replaced replaces beat beats
  defeated defeats signed signs hired hires fired fires appointed appoints elected elects
  is was are were be been being has have had do does did will would shall should can could may
  might must not no also only even just still then now today yesterday tomorrow tonight
  meanwhile however although though because if whether both either neither each every all
  some any many much more most several few other another such including include includes
  included i we you he she they it him them us me one
  here there yes
`).concat(WEEKDAYS, MONTHS));

/** Relative/predicate verbs that give a role ("who heads ...", "X chairs the committee"). */
export const ROLE_VERBS: ReadonlySet<string> = new Set(words(`
  heads headed leads led runs ran chairs chaired directs directed founded co-founded cofounded
  owns owned manages managed coaches coached represents represented captains captained edits
  edited oversees oversaw teaches taught presides presided commands commanded governs governed
  serves served works worked plays played writes wrote reports reported covers covered
  studies studied researches advises advised sits sat chaired hosts hosted presents presented
  anchors anchored produces produced directs stars starred sings sang won wins holds held
  became becomes remains remained succeeded succeeds replaced replaces represents
  helms helmed run co-manages co-managed co-runs co-ran co-hosts co-hosted co-presents co-wrote
`));

/** Lines whose names are credits, not references (bylines, photo and reporting credits). */
export const CREDIT_LINE = /^[\s*_>(\[]*(?:by|reporting by|additional reporting by|additional reporting from|reporting from|writing by|written by|editing by|edited by|compiled by|produced by|interview by|interviews by|photos? by|photographs? by|pictures? by|images? by|video by|graphics? by|illustrations? by|photo|photos|photograph|photographs|picture|pictures|image|images|credit|credits|source|sources|caption|follow|contact|email|e-mail)\b[\s:]/i;

/** Honorific-like words that carry no role. */
export const NOT_ROLES: ReadonlySet<string> = new Set(words(`sir dame mr mrs ms miss mx master`));

function normal(word: string): string {
  return word.replace(/[’‘`]/g, "'").toLowerCase();
}

/** The singular of a role noun, when the word is a simple plural. */
function singular(w: string): string | null {
  if (/(?:ches|shes|sses|xes)$/.test(w) && w.length > 5) return w.slice(0, -2); // coaches, bosses
  if (w.endsWith('men') && w.length > 4) return w.slice(0, -3) + 'man';
  if (w.endsWith('women')) return w.slice(0, -5) + 'woman';
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (w.endsWith('s') && !w.endsWith('ss') && w.length > 3) return w.slice(0, -1);
  return null;
}

export interface RoleWordInfo {
  /** The word names a role (job, title, relation, identifier). */
  role: boolean;
  plural: boolean;
}

/** Is this single word a role noun / title word? ("minister", "MP", "striker", "Sen.") */
const ROLE_WORD_MEMO = [new Map<string, RoleWordInfo | null>(), new Map<string, RoleWordInfo | null>()];

export function roleWord(raw: string, demonyms = true): RoleWordInfo | null {
  const memo = ROLE_WORD_MEMO[demonyms ? 0 : 1];
  let v = memo.get(raw);
  if (v === undefined) {
    v = roleWordUncached(raw, demonyms);
    if (memo.size > 50000) memo.clear();
    memo.set(raw, v);
  }
  return v;
}

/**
 * Role words that are also everyday words ("back", "star", "number", "host"): they count directly
 * before a name ("Wasps wing Tom Voyce") but not inside clauses and sentences (strict lookups).
 */
const AMBIGUOUS_ROLE_WORDS: ReadonlySet<string> = new Set(words(`
  back backs wing wings lock prop hooker centre center guard forward keeper seed seeds star head
  chair member fan host model agent general major private worker resident citizen voter patient
  customer client visitor tourist passenger friend partner independent conservative liberal
  democrat republican executive principal number international tennis rugby royal lady lord
  justice speaker runner winner holder sub substitute opener spinner sweeper deputy official watchdog
  officials leader favourite favorite replacement sensation hero heroine hope hopes
`));

function roleWordUncached(raw: string, demonyms: boolean): RoleWordInfo | null {
  let w = normal(raw);
  if (!demonyms && AMBIGUOUS_ROLE_WORDS.has(w)) return null;
  if (w.endsWith("'s")) return null;
  // "ex-chairman", "co-founder" (listed), "vice-chairman", "then-senator".
  const pre = /^(?:ex|vice|deputy|then|former|assistant|acting|interim|joint|co)-(.{3,})$/.exec(w);
  if (pre && !JOB_NOUNS.has(w)) {
    const inner = roleWord(raw.slice(raw.length - pre[1].length));
    if (inner) return inner;
  }
  // "playwright-in-residence", "editor-in-chief".
  const inX = /^(.+)-in-(?:residence|chief|waiting|training)$/.exec(w);
  if (inX) {
    const inner = roleWord(raw.slice(0, inX[1].length));
    if (inner) return { role: true, plural: false };
  }
  // "writer-director", "player-manager", "singer-songwriter": a compound ending in a role.
  const dash = w.lastIndexOf('-');
  if (dash > 1 && dash < w.length - 3 && !JOB_NOUNS.has(w)) {
    const tail = w.slice(dash + 1);
    if (JOB_NOUNS.has(tail) || FORMAL_HEADS.has(tail)) return { role: true, plural: false };
  }
  // "Master Tom" is a courtesy title; a lower-case "master" is a job ("harbour master Tomas Brandt").
  if (w === 'master' || w === 'masters') {
    if (raw !== w) return null;
    return { role: true, plural: w === 'masters' };
  }
  if (NOT_ROLES.has(w)) return null;
  // "comedy duo Matt Lowe and David Wallis": a group of named people.
  if (w === 'duo' || w === 'trio' || w === 'quartet' || w === 'pair') return { role: true, plural: true };
  if (TITLE_ABBREVIATIONS.has(w)) return { role: true, plural: /^(?:sens|reps|govs|drs|profs|dels|cllrs|gens)\.$/.test(w) };
  if (w.endsWith('.')) w = w.slice(0, -1);
  if (demonyms && DEMONYMS.has(w) && /s$/.test(w) && DEMONYMS.has(w.slice(0, -1))) return { role: true, plural: true }; // "Britons Kathy Butler and Hayley Yelling"
  // Plurals listed as such ("regulars", "legends"): still plurals.
  if (JOB_NOUNS.has(w) && w.endsWith('s') && !w.endsWith('ss')) {
    const sg = singular(w);
    if (sg && JOB_NOUNS.has(sg)) return { role: true, plural: true };
  }
  if (JOB_NOUNS.has(w) || FORMAL_HEADS.has(w) || demonyms && DEMONYMS.has(w)) return { role: true, plural: false };
  const s = singular(w);
  if (s && (JOB_NOUNS.has(s) || FORMAL_HEADS.has(s) || demonyms && DEMONYMS.has(s))) return { role: true, plural: true };
  // Lower-case job-noun shapes: economist, politician, spokeswoman, congressman, chairperson.
  // (Sentence-initial capitals too for agent nouns: "Cinematographer John Mathieson".)
  if (raw !== w && raw === w.charAt(0).toUpperCase() + w.slice(1) && /^[a-z][a-z-]{6,}$/.test(w) && !DEMONYMS.has(w) &&
    (/grapher$/.test(w) || /(?:[^aeiou]tor|ator|ssor|ctor)$/.test(w) && !STOP_SUFFIX_WORDS.has(w))) return { role: true, plural: false };
  if (raw === w && /^[a-z][a-z-]{3,}$/.test(w)) {
    if (/(?:ologist|ist|ician|ician|eur|person)$/.test(w) && !STOP_SUFFIX_WORDS.has(w)) return { role: true, plural: false };
    if (w.length >= 9 && /grapher$/.test(w)) return { role: true, plural: false }; // cinematographer, choreographer
    // Agent nouns: chiropractor, curator, inductee, evacuee.
    if (w.length >= 7 && /(?:[^aeiou]tor|ator|ssor|ctor|ee)$/.test(w) && !STOP_SUFFIX_WORDS.has(w)) return { role: true, plural: false };
    if (/(?:sman|swoman|rman|rwoman|ssman|ngman|tman|ceman|wman)$/.test(w) && !STOP_SUFFIX_WORDS.has(w)) return { role: true, plural: false };
    // Compounds of a job noun: landowner, shopkeeper, lawmaker, shareholder, peacekeeper.
    if (w.length >= 7 && /(?:owner|keeper|maker|holder|worker|seller|dealer|writer|player|leader|manager|trader|farmer|builder|fighter|rider|driver|teacher|officer|founder|hunter|grower|breeder|broker|ranger|blower|campaigner|organiser|organizer|designer|producer|presenter|reporter|specialist|master)$/.test(w)) return { role: true, plural: false };
    if (w.length >= 8 && /(?:owners|keepers|makers|holders|workers|sellers|dealers|writers|players|leaders|managers|traders|farmers|builders|fighters|riders|drivers|teachers|officers|founders)$/.test(w)) return { role: true, plural: true };
    if (/(?:ologists|ists|icians|eurs)$/.test(w) && !STOP_SUFFIX_WORDS.has(w.slice(0, -1))) return { role: true, plural: true };
  }
  return null;
}

const STOP_SUFFIX_WORDS: ReadonlySet<string> = new Set(words(`
  exist insist persist assist resist consist desist list twist wrist mist fist gist whist
  amidst midst against almost utmost foremost person layperson chairperson
  guarantee committee jamboree pedigree coffee toffee settee referee degree decree disagree agree
  indicator elevator escalator calculator generator radiator ventilator refrigerator incubator
  alligator equator predator navigator aggressor factor sector vector motor rotor tractor
  reactor protector detector
`));

/** Is the lower-cased word a modifier that may sit inside a title? */
export function titleModifier(raw: string): boolean {
  const w = normal(raw);
  return TITLE_MODIFIERS.has(w) || PORTFOLIOS.has(w) || JOB_NOUNS.has(w);
}

export function isStopWord(raw: string): boolean {
  return TITLE_STOPS.has(normal(raw));
}

export function isCourtesyTitle(raw: string): boolean {
  return COURTESY_FORMS.has(normal(raw));
}

export function isTitleAbbreviation(raw: string): boolean {
  const w = normal(raw);
  return TITLE_ABBREVIATIONS.has(w) && !COURTESY_FORMS.has(w);
}

/**
 * Formal-title phrase ending at the last of `toks` (lower-cased words), for title-case: returns
 * how many trailing tokens form the formal title ("foreign minister" → 2), or 0.
 */
export function formalTitleLength(toks: string[]): number {
  const n = toks.length;
  if (n === 0) return 0;
  const t = toks.map(normal);
  let best = 0;
  for (const p of FORMAL_TITLE_PHRASES_SPLIT) {
    if (p.length > n) continue;
    let ok = true;
    for (let i = 0; i < p.length; i++) if (t[n - p.length + i] !== p[i]) { ok = false; break; }
    if (ok && p.length > best) best = p.length;
  }
  if (best > 0) {
    // Portfolio + minister/secretary/chancellor: "foreign minister", "home secretary".
    const head = t[n - 1];
    if ((head === 'minister' || head === 'secretary' || head === 'chancellor') && best === 1) {
      let k = n - 2;
      while (k >= 0 && PORTFOLIOS.has(t[k])) k--;
      best = n - 1 - k;
    }
    if (head === 'secretary' && best === 1) return 0; // "secretary" alone is usually a job.
  }
  return best;
}

const FORMAL_TITLE_PHRASES_SPLIT: readonly string[][] = FORMAL_TITLE_PHRASES.map((p) => p.split(' '));

/** Clear job descriptions that stay lower case even before a name (AP: "astronaut John Glenn"). */
export const JOB_DESCRIPTIONS: ReadonlySet<string> = new Set(words(`
  astronaut cosmonaut spokesman spokeswoman spokesperson striker midfielder defender goalkeeper
  winger actor actress singer songwriter author writer novelist poet playwright journalist
  reporter columnist analyst economist historian lawyer teacher farmer pilot cyclist
  golfer boxer sprinter swimmer rapper comedian presenter broadcaster designer architect
  scientist researcher physicist chemist biologist chef photographer filmmaker guitarist drummer
  pianist businessman businesswoman entrepreneur investor billionaire activist campaigner
  blogger footballer cricketer athlete
`));

/** Nouns after a surname used attributively ("a Trump supporter", "the Obama administration"). */
export const ATTRIBUTIVE_AFTER: ReadonlySet<string> = new Set(words(`
  supporter supporters campaign campaigns administration administrations camp era years presidency
  government foundation family rally rallies voters voter tower organization organisation team
  doctrine plan policy policies regime cabinet loyalist loyalists ally allies critic critics
  backer backers aide aides adviser advisers advisor advisors surrogate surrogates spokesman
  spokeswoman spokesperson staff staffer staffers children estate empire brand hotel hotels
  supporters' fans fan club tenure government's victory win defeat nomination candidacy
  ticket agenda wing machine dynasty library center centre institute award prize trophy
  case trial hearings hearing inquiry investigation probe report rule law act bill
  controversy affair row scandal saga furore affair affairs legacy memoirs biography laws
  biopic film films movie movies album albums song songs single singles documentary tour concert
  tribute museum memorial competition festival lecture lectures scholarship fellowship thriller
  comedy drama musical sitcom franchise vehicle
  tackle tackles goal goals try tries shot shots pass passes header headers strike strikes
  penalty penalties free-kick free-kicks cross crosses save saves challenge foul volley effort
  corner corners one ones show shows programme programmes production productions
  film films movie book books novel novels show series track song songs album albums bid bids
  feud deal deals affair scandal row speech speeches standards classics hits stocks
  comedy comedies drama dramas thriller thrillers musical murders killings
`));


/** Words right before a name that make it a work, show or brand ("the drama Vera Drake", "bookmaker William Hill"). */
export const WORK_BEFORE = /(?:^|[^\p{L}])(?:film|films|movie|movies|drama|dramas|biopic|comedy|comedies|thriller|musical|documentary|novel|book|album|single|song|sitcom|sitcoms|series|show|shows|programmes|soap|soaps|opera|ballet|brand|brands|beer|lager|bookmaker|bookmakers|bookies|role in|roles in|performance in|star of|stars of|sequel to|adaptation of|remake of|version of|revival of|production of|staging of)\s+$/iu;
