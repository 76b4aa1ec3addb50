/**
 * Organisations: the words that end the name of a firm, a body, a place or an event ("Acme Ltd",
 * "Downing Street", "Kidderminster Harriers"). Lower-case.
 *
 * Source: written by hand for newslint from the names of firms, public bodies, places and sports
 * clubs in news copy (company-law endings: Ltd, plc, Inc, LLC, AG, SA, NV, GmbH).
 */

const words = (s: string): string[] => s.trim().split(/\s+/);

/** Words that end a firm's name ("Bridgewell Securities", "Acme Ltd"). */
export const COMPANY_ENDINGS: ReadonlySet<string> = new Set(words(`
  inc ltd plc corp corporation company co group bank trust fund records studios pictures entertainment media
  motors airlines airways systems technologies energy capital partners holdings industries consulting
  ventures pharmaceuticals foods oil gas telecom communications insurance financial securities investments
  international leisure software pharma telecoms
`));

/**
 * Firm endings that are also surnames or ordinary words ("Brothers", "Finance"): read as an
 * organisation only at the end of a whole name, never as a name part on their own.
 */
const FIRM_ENDINGS_AFTER_A_NAME = words(`
  tobacco banks investment associates brothers bros motor technology electronics management consultants asset
  assets funds finance commerce llc llp ag sa nv gmbh
`);

/**
 * Last words of sports clubs' names that look like people's names ("Kidderminster Harriers",
 * "Crystal Palace", "Accrington Stanley"). Source: the names of English and Scottish football
 * league clubs and rugby clubs.
 */
export const CLUB_ENDINGS: ReadonlySet<string> = new Set(words(`
  harriers athletic rovers wanderers albion hotspur academicals palace villa united city town rangers
  county park orient argyle alexandra stanley vale harlequins
`));

/** Last words of bodies, places, events and works ("Downing Street", "Trauma Center", "World Cup"). */
const BODY_AND_PLACE_ENDINGS = words(`
  street st road avenue lane square center centre university college school institute institution hospital
  party service services post times news council committee commission ministry department office agency house
  palace hall airport stadium arena club fc united city county foundation association union federation church
  cathedral bridge island islands river mountain mountains valley award awards prize cup league games
  festival act bill court tribunal police army navy force forces guard board authority program programme
  project museum gallery theatre theater channel network radio tv magazine journal review herald telegraph
  guardian mail express tribune gazette globe observer standard press books labs parliament assembly congress
  senate cabinet government administration campaign movement front alliance coalition organisation
  organization index exchange market markets report survey poll show series world war day week year era age
  state states kingdom republic empire province district region coast sea ocean lake bay gulf strait park
  gardens zoo tower towers building plaza mall station terminal port harbour harbor base camp prison jail
  clinic trophy open championship championships olympics tour grand prix medal unit squad brigade division
  regiment battalion corps fleet library archive studio band orchestra choir ballet opera jr sr healthcare
  solutions brands resources petroleum power electric enterprises global forum subcommittee society broadband
  retail logistics hotels stores brewery breweries networks interactive aerospace engineering construction
  properties estates shipping mining chemicals utd pavilion auditorium amphitheatre racecourse lido
`);

/** Last words of organisation and place names: never a person's name part ("Downing Street"). */
export const ORG_SUFFIXES: ReadonlySet<string> = new Set([...COMPANY_ENDINGS, ...BODY_AND_PLACE_ENDINGS]);

/** Last words of organisation names that look like people's names ("Bridgewell Securities"). */
export const FIRM_SUFFIXES: ReadonlySet<string> = new Set([...COMPANY_ENDINGS, ...FIRM_ENDINGS_AFTER_A_NAME, ...CLUB_ENDINGS]);

/*
 * Lower-case nouns that describe an organisation right before its name ("parts maker Robert
 * Bosch", "rivals Arsenal"). Each word is written once; the three lists the stages read are
 * unions of these groups.
 */
/** Firms, never a person, and also institutions the role finder knows. */
const FIRM_NOUNS = words(`
  firm giant maker group company retailer bank carrier insurer airline supermarket chain website agency
  manufacturer conglomerate label newspaper magazine brand bookmaker
`);
/** Firms and bands, never a person. */
const MORE_FIRM_NOUNS = words(`brewer multinational startup start-up broadcaster band utility lender consultancy firms bookmakers`);
/** Businesses named by what they do, which a person may be too ("publisher", "producer"). */
const TRADE_NOUNS = words(`operator provider publisher site broker producer developer distributor studio channel outfit club fund`);
/** Teams and groups before a name, as the person finder reads them ("rivals Arsenal", "investor"). */
const SIDE_NOUNS = words(`stockbroker side team rivals investor analysts researchers`);
/** Bodies and institutions, as the role finder reads them ("the charity Oxfam", "university"). */
const BODY_NOUNS = words(`
  paper network supplier subsidiary parent unit consortium corporation business store shop exchange index
  telecoms service charity foundation institute university college school hospital
`);

/** Descriptors that are never said of a person ("the firm", "the band"). */
export const COMPANY_DESCRIPTORS: ReadonlySet<string> = new Set([...FIRM_NOUNS, ...MORE_FIRM_NOUNS]);

/** Descriptors before a capitalised run that make it an organisation or a team (the person finder). */
export const FIRM_OR_TEAM_DESCRIPTORS: ReadonlySet<string> = new Set([...COMPANY_DESCRIPTORS, ...TRADE_NOUNS, ...SIDE_NOUNS]);

/** Words before a name that say it names an organisation ("parts maker Robert Bosch"; the role finder). */
export const ORG_DESCRIPTORS: ReadonlySet<string> = new Set([...FIRM_NOUNS, ...TRADE_NOUNS, ...BODY_NOUNS]);

/**
 * Named entities, kept as data: firms, brands and bands named like a person ("William Hill and Ladbrokes", "Krispy Kreme said",
 * "Franz Ferdinand's album"): in news copy these are nearly always the business or the band.
 * Source: written by hand for newslint from business and arts news.
 */
export const PERSON_LIKE_BRANDS = new Set([
  'william hill', 'laura ashley', 'krispy kreme', 'louis vuitton', 'stella artois', 'franz ferdinand', 'velvet revolver',
  'standard life', 'dresdner kleinwort', 'kleinwort benson', 'sal oppenheim', 'ted baker', 'harvey nichols',
  'thomas cook', 'morgan stanley', 'goldman sachs', 'charles schwab', 'smith barney', 'dean witter', 'dow jones',
  'aston martin', 'alfa romeo', 'rolls royce', 'johnnie walker', 'jack daniels', 'tim hortons', 'pink floyd',
  'jethro tull', 'steely dan', 'lynyrd skynyrd', 'fleetwood mac', 'duran duran', 'simply red', 'christian dior',
  'estee lauder', 'paddy power', 'price waterhouse', 'merrill lynch', 'hugo boss', 'max factor', 'lehman brothers',
  'salomon brothers', 'warner brothers', 'warner bros',
]);

/** Bodies and firms compromise's lexicon lacks (parties, armed groups, regulators). */
export const EXTRA_ORGS = `
hezbollah hizbollah hamas taliban al-qaeda al-qaida alqaeda isis isil daesh nato opec fifa uefa
wagner rosneft gazprom aeroflot ofcom labour conservatives tories ukip reform snp plaid fatah
`.split(/\s+/).filter((w) => w.length > 0);

/**
 * Last words of shops, venues and halls named after a person ("Harlan Restaurant", "Quayside Motel",
 * "Harlan Gallery"): with COMPANY_ENDINGS, the signal that a person-like name is a place of
 * business (signals/organisation.ts). Source: written by hand for newslint (issue 16).
 */
export const VENUE_ENDINGS: ReadonlySet<string> = new Set(words(`
  restaurant hotel motel inn lodge cafe bar tavern diner store stores shop theater theatre gallery building
  memorial library museum studio brothers bros foundation award prize trophy school college hospital
`));
