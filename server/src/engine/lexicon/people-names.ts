/**
 * People's names as data: given names and surnames the compromise lexicon lacks, its "first
 * names" that are nearly always something else, particles, surname-first names and given names
 * used for both sexes. Lower-case. Each list says where it comes from.
 */

/** Lower-case name particles that belong to the surname: de, van, von, bin, al- … (source: naming conventions of Dutch, German, Romance and Arabic names). */
export const PARTICLES = new Set([
  'de', 'del', 'della', 'der', 'den', 'di', 'da', 'das', 'do', 'dos', 'du', 'la', 'le', 'van', 'von',
  'ter', 'ten', 'bin', 'ibn', 'bint', 'al', 'el', 'abu', 'ben', 'st', 'y', 'zu', 'mac',
]);

/**
 * Lexicon "first names" that in news copy are nearly always something else (a month, a place,
 * a virtue, a surname of a president). Source: written by hand for newslint from news copy.
 */
export const NOT_GIVEN: readonly string[] = [
  'may', 'june', 'april', 'august', 'rose', 'hope', 'faith', 'joy', 'chase', 'chance', 'sunny', 'summer',
  'autumn', 'winter', 'dawn', 'eve', 'christian', 'major', 'king', 'prince', 'princess', 'earl', 'duke',
  'baron', 'sterling', 'amber', 'crystal', 'ivy', 'iris', 'violet', 'pearl', 'sky', 'storm', 'river', 'brook',
  'cliff', 'heath', 'justice', 'liberty', 'unity', 'harmony', 'royal', 'london', 'paris', 'carolina',
  'florida', 'india', 'china', 'israel', 'dallas', 'houston', 'phoenix', 'denver', 'orlando', 'diego',
  'augusta', 'beverly', 'regina', 'adelaide', 'alexandria', 'camden', 'lincoln', 'washington', 'jackson',
  'clinton', 'reagan', 'nixon', 'ford',
];

/**
 * Given names common in news that compromise's lexicon lacks. Source: written by hand for
 * newslint from the given names of people in the news (heads of government, ministers, players).
 * Surnames and titles once listed here (Mnuchin, Kristersson, Ayatollah, Mullah) were taken out:
 * they are not given names (titles are in the title words).
 */
export const EXTRA_GIVEN: readonly string[] = `
abdel abdelaziz abdelfattah abdulaziz abdullahi abiy abu ahmad ahmed akhmad alaa ali alisher aliaksandr
alexei aleksei alexey aleksey alexandr aleksandr oleksandr oleksiy olexiy andriy andrii anatoly anatoliy
arseniy arseny avigdor ayman bashar benjamin benny beto bibi bola boyko carles cyril dmitry dmitri dmytro
emmanuel ehud evgeny yevgeny yevgeniy yevhen fumio gennady gennadiy hassan hosni hossein hussein ilham ismail
ivanka jeb jens jerzy jong jae kamala kellyanne kim kirill kristalina leonid lula maia mahmoud mahmood
mamnoon marine melania mette mikheil mohamed mohammad mohammed muhammad muhammed moammar muammar nawaz nayib
nikol nursultan olaf oleg petro pyotr qasem ramzan recep reince rodrigo rishi saddam salva sebastian sergei
sergey serhiy shinzo shavkat sviatlana svetlana tayyip tsai viktor volodymyr vladimir vyacheslav wladimir
xavier yair yoshihide yulia yuri yury yuriy zalmay zoran huma newt mitt rand marco bernie kaine jared tulsi
hakeem mitch chuck nancy pete ilhan alexandria kirsten amy cory lindsey jeanne sean corey ryan stephen steve
rudy rudolph omarosa roger rex betsy wilbur mike mick anthony jeff ajit katrina tomi milo jill ben keir liz
boris theresa jacinda angela annalena giorgia pedro mateusz andrzej yoav bezalel itamar naftali yitzhak
shimon ariel golda levi nikki vivek ron kari glenn gavin jb gretchen josh kathy janet lael jerome christine
ursula roberta josep charles kaja margrethe antonio ulf jonas sanna alexander alexandre gianni matteo silvio
romano enrico giuseppe mario sergio luiz jair dilma inacio nicolas hugo evo alberto cristina javier gustavo
andres manuel claudia felipe ivan iván sebastián jean novak bill bob pat rob sue ted frank rhys rhian rhodri
dafydd ieuan iwan sian bethan carwyn meirion elfyn huw aled geraint glyn gwyn emlyn hywel owain alun llyr
cerys eluned ffion shani aoife saoirse sinead eamonn oisin cathal dermot fergal lorcan ruairi aine grainne
orla mairead mhairi ailsa kirsty morag hamish didier nestor sander reiner casper gaspar tudor teodor fedor
todor sandor tibor gabor wiktor einar ragnar ingvar peder onur
`.split(/\s+/).filter((w) => w.length > 0);

/**
 * Surnames common in English-language news (the most frequent British, Irish and Hispanic
 * surnames). Source: written by hand for newslint from UK and US surname frequency tables.
 */
export const EXTRA_SURNAMES: readonly string[] = `
smith jones williams taylor brown davies evans wilson thomas johnson roberts robinson thompson wright walker
white edwards hughes green hall lewis harris clarke clark jackson wood turner martin cooper hill ward morris
moore king watson harrison morgan baker young allen mitchell anderson lee kelly james bell scott campbell
miller davis garcia rodriguez martinez hernandez lopez gonzalez perez sanchez ramirez torres flores rivera
gomez diaz reyes cruz morales ortiz gutierrez chavez ramos ruiz johnston stevens stephens stevenson stephenson
thomson simpson mcdonald macdonald murray reid gray grey graham stewart stuart fraser ross hamilton kennedy
marshall duncan hunter russell henderson ferguson palmer owen owens lloyd price powell griffiths griffith
jenkins rees reece phillips philips parker collins cook cooke carter rogers shaw richards richardson fisher
fischer webb payne barnes knight hart harvey holmes dixon ellis mason matthews mathews brooks brookes gibson
chapman murphy kelley sullivan obrien o'brien byrne ryan walsh doyle reilly connor quinn burke
`.split(/\s+/).filter((w) => w.length > 0);

/**
 * Given names that are also ordinary words ("Rod Eddington", "Miles Shipside", "Hazel Blears"):
 * a given name only right before a word that is itself a name, never on their own.
 */
export const AMBIGUOUS_GIVEN = new Set(['rod', 'miles', 'hazel', 'sandy', 'rich', 'jan', 'ray', 'gene', 'dean', 'chip',
  'herb', 'dick', 'dawn', 'cliff', 'jay', 'max', 'rose', 'guy', 'art', 'bud', 'earl', 'rusty', 'olive', 'joy', 'faith',
  'pearl', 'penny', 'holly', 'lily', 'daisy', 'jade', 'sonny', 'ruby', 'heather', 'carol', 'gay', 'grant', 'mark', 'bill']);

/** Surnames written first (East Asian order): "Xi Jinping" → Xi, "Kim Jong Un" → Kim. Source: the commonest Chinese and Korean surnames. */
export const SURNAME_FIRST = new Set([
  'xi', 'hu', 'wen', 'li', 'wang', 'zhang', 'liu', 'chen', 'yang', 'zhao', 'huang', 'zhou', 'wu',
  'deng', 'mao', 'jiang', 'zhu', 'kim', 'moon', 'park', 'yoon', 'lee', 'roh', 'chun', 'ban', 'han',
  'choi', 'ma', 'lai', 'tsai', 'ko', 'ho', 'ng',
]);

/**
 * Given names borne by men and women alike (the name lexicon genders some of them): a pronoun is
 * not checked against them (Leslie Grantham, Kim Collins, Roni Size).
 */
export const UNISEX_GIVEN_NAMES: ReadonlySet<string> = new Set([
  'leslie', 'lesley', 'kim', 'lindsay', 'lindsey', 'kelly', 'roni', 'terry', 'jo', 'sam', 'alex', 'chris', 'hilary',
  'jamie', 'jordan', 'morgan', 'taylor', 'casey', 'ashley', 'dana', 'tracy', 'tracey', 'stacy', 'shannon', 'jackie',
  'frankie', 'billie', 'charlie', 'nicky', 'toni', 'mel', 'vivian', 'evelyn', 'beverly', 'marion', 'lynn', 'leigh',
  'sandy', 'sydney', 'jessie', 'kerry', 'gerry', 'jody', 'sacha', 'sasha', 'andrea', 'nicola', 'robin', 'jan', 'lee',
  'pat', 'jean', 'carey', 'cary', 'courtney', 'devon', 'drew', 'francis', 'frances', 'glenn', 'kai', 'laurie',
  'loren', 'lou', 'max', 'noel', 'paris', 'quinn', 'reese', 'riley', 'rowan', 'ryan', 'shelby', 'sidney', 'stevie',
  'tony', 'val', 'whitney', 'ali', 'aubrey', 'avery', 'bobbie', 'cameron', 'dale', 'darcy', 'ellis', 'emerson',
  'harley', 'jess', 'joss', 'kendall', 'kit', 'mickey', 'micky', 'ronnie', 'sage', 'shay', 'sky', 'tyler',
]);

/** Nouns whose "of" takes a person: "the resignation of Phil Watts", "the widow of …". */
export const PERSON_OF_NOUNS = new Set([
  'resignation', 'death', 'murder', 'killing', 'arrest', 'funeral', 'widow', 'widower', 'wife', 'husband', 'son', 'daughter',
  'sacking', 'assassination', 'kidnapping', 'biography', 'memoirs', 'girlfriend', 'boyfriend', 'fiancee', 'fiancée', 'mother', 'father',
]);
