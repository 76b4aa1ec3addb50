/**
 * Places, and the group nouns for their people, that compromise's lexicon lacks or that news copy
 * needs as one word. Lower-case. Source: written by hand for newslint from the places in world,
 * UK and US news (capitals, US states, the places of the war in Ukraine and the Middle East).
 */

/** Multi-word places and organisations ("sri lanka", "wall street", "aston villa"). */
export const EXTRA_MULTI = ['sri lanka', 'hong kong', 'new york', 'new zealand', 'el salvador', 'costa rica',
  'puerto rico', 'saudi arabia', 'south africa', 'north korea', 'south korea', 'san francisco', 'los angeles',
  'las vegas', 'new jersey', 'new mexico', 'new delhi', 'buenos aires', 'tel aviv', 'abu dhabi', 'sierra leone',
  'burkina faso', 'cape town', 'rio de janeiro', 'sao paulo', 'kuala lumpur', 'addis ababa', 'dar es salaam',
  'wall street', 'downing street', 'capitol hill', 'white house', 'st louis', 'st petersburg', 'santa monica',
  'milton keynes', 'notts county', 'crystal palace', 'queens park', 'aston villa', 'leyton orient', 'hamilton academical'];

/** Places compromise's lexicon lacks. */
export const EXTRA_PLACES = `
kyiv kiev kharkiv kharkov odesa odessa lviv donbas donbass donetsk luhansk crimea mariupol kherson zaporizhzhia
zaporizhzhya dnipro bakhmut avdiivka gaza westminster whitehall brussels strasbourg davos beijing peking mumbai
bombay kolkata calcutta chennai madras myanmar burma yangon rangoon tehran teheran tripoli benghazi aleppo
idlib raqqa mosul fallujah kabul kandahar helmand karachi islamabad lahore riyadh jeddah doha dubai abu dhabi
sanaa aden beirut damascus baghdad basra ankara istanbul tbilisi yerevan baku minsk chisinau vilnius riga
tallinn grozny chechnya dagestan belarus moldova ukraine russia syria iraq iran libya yemen qatar bahrain
kuwait oman jordan lebanon israel palestine afghanistan pakistan turkey turkiye alabama alaska arizona arkansas
california colorado connecticut delaware florida georgia hawaii idaho illinois indiana iowa kansas kentucky
louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio
oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming dakota carolina
britain england scotland wales ireland ulster europe africa asia america australia canada holyrood stormont
geneva frankfurt tokyo seoul delhi moscow paris berlin rome madrid jerusalem kashmir tibet taiwan brazil
argentina mexico chile peru
`.split(/\s+/).filter((w) => w.length > 0);

/** Group nouns the lexicon lacks (singular forms): "Latinos said" is not a person. */
export const EXTRA_DEMONYMS = new Set(['latino', 'latina', 'latinx', 'hispanic', 'black', 'white', 'asian', 'arab', 'jew', 'muslim',
  'christian', 'hindu', 'sikh', 'kurd', 'sunni', 'shia', 'shiite', 'palestinian', 'israeli', 'yemeni', 'iraqi', 'kuwaiti',
  'saudi', 'pakistani', 'afghan', 'bangladeshi', 'nepali', 'thai', 'somali', 'democrat', 'republican', 'tory', 'liberal',
  'conservative', 'millennial', 'boomer', 'evangelical', 'catholic', 'protestant', 'mormon', 'baptist', 'brit', 'scot',
  'yankee', 'texan', 'californian', 'floridian', 'new yorker', 'londoner', 'parisian', 'muscovite',
  // Foreign-language adjectives that start company names ("Deutsche Boerse", "Deutsche Bank").
  'deutsche', 'deutscher', 'francaise', 'francais', 'espanola', 'espanol', 'italiana', 'nederlandse', 'svenska', 'norske',
  'danske', 'schweizerische', 'osterreichische']);

/** Street words and their abbreviations, written after a street's name ("Harmon Av", "Delbert Blvd"). */
export const STREET_WORDS: ReadonlySet<string> = new Set(`
av ave avenue blvd boulevard rd road st street pl place ct court dr drive ln lane pkwy parkway hwy highway ter terrace sq square expressway freeway turnpike
`.split(/\s+/).filter((w) => w.length > 0));

/** Prepositions of place that people seldom follow (not "from" or "to": "a letter from Tom Dravick"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'into', 'outside', 'across', 'throughout']);
