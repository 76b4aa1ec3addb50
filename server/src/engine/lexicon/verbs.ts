/**
 * Verbs, kept as data: verbs of saying (every inflection written out, one family per line) and
 * the verbs of a person that are not saying ("won" is not a verb of saying). The stages read named
 * subsets of these, never a list of their own.
 *
 * Source: written by hand for newslint from the reporting verbs of English news copy (attribution
 * was the first reader: a missed cue there makes a false alarm, so the families are generous).
 * All lower-case.
 */

/** Verbs of saying, one family per line: base, third person, past, participle(s). */
const SAYING_FAMILIES = `
say says said saying
tell tells told telling
add adds added adding
ask asks asked asking
write writes wrote written writing
state states stated stating
explain explains explained explaining
note notes noted noting
insist insists insisted insisting
argue argues argued arguing
claim claims claimed claiming
warn warns warned warning
reply replies replied replying
answer answers answered answering
respond responds responded responding
react reacts reacted reacting
continue continues continued continuing
recall recalls recalled recalling
tweet tweets tweeted tweeting
post posts posted posting
announce announces announced announcing
declare declares declared declaring
admit admits admitted admitting
acknowledge acknowledges acknowledged acknowledging
concede concedes conceded conceding
complain complains complained complaining
urge urges urged urging
suggest suggests suggested suggesting
testify testifies testified testifying
conclude concludes concluded concluding
report reports reported reporting
shout shouts shouted shouting
yell yells yelled yelling
scream screams screamed screaming
cry cries cried crying
chant chants chanted chanting
joke jokes joked joking
quip quips quipped quipping
remark remarks remarked remarking
assure assures assured assuring
observe observes observed observing
comment comments commented commenting
confirm confirms confirmed confirming
deny denies denied denying
boast boasts boasted boasting
predict predicts predicted predicting
promise promises promised promising
vow vows vowed vowing
pledge pledges pledged pledging
stress stresses stressed stressing
emphasise emphasises emphasised emphasising
emphasize emphasizes emphasized emphasizing
maintain maintains maintained maintaining
contend contends contended contending
mutter mutters muttered muttering
murmur murmurs murmured murmuring
whisper whispers whispered whispering
exclaim exclaims exclaimed exclaiming
laugh laughs laughed laughing
sigh sighs sighed sighing
retort retorts retorted retorting
counter counters countered countering
interject interjects interjected interjecting
interrupt interrupts interrupted interrupting
wonder wonders wondered wondering
muse muses mused musing
agree agrees agreed agreeing
disagree disagrees disagreed disagreeing
confess confesses confessed confessing
charge charges charged charging
allege alleges alleged alleging
lament laments lamented lamenting
reflect reflects reflected reflecting
plead pleads pleaded pled pleading
demand demands demanded demanding
snap snaps snapped snapping
bark barks barked barking
thunder thunders thundered thundering
fume fumes fumed fuming
grumble grumbles grumbled grumbling
gush gushes gushed gushing
enthuse enthuses enthused enthusing
rage rages raged raging
sneer sneers sneered sneering
scoff scoffs scoffed scoffing
mock mocks mocked mocking
tease teases teased teasing
repeat repeats repeated repeating
reiterate reiterates reiterated reiterating
echo echoes echoed echoing
begin begins began beginning
explode explodes exploded exploding
hint hints hinted hinting
reveal reveals revealed revealing
speculate speculates speculated speculating
caution cautions cautioned cautioning
advise advises advised advising
recount recounts recounted recounting
describe describes described describing
call calls called calling
read reads reading
quote quotes quoted quoting
cite cites cited citing
reason reasons reasoned reasoning
estimate estimates estimated estimating
calculate calculates calculated calculating
object objects objected objecting
protest protests protested protesting
implore implores implored imploring
beg begs begged begging
pray prays prayed praying
mouth mouths mouthed mouthing
sing sings sang sung singing
proclaim proclaims proclaimed proclaiming
rule rules ruled ruling
find finds found finding
blog blogs blogged blogging
text texts texted texting
email emails emailed emailing
e-mail e-mails e-mailed e-mailing
message messages messaged messaging
attack attacks attacked attacking
slam slams slammed slamming
blast blasts blasted blasting
criticise criticises criticised criticising
criticize criticizes criticized criticizing
praise praises praised praising
label labels labelled labeled labelling labeling
dub dubs dubbed dubbing
brand brands branded branding
hail hails hailed hailing
condemn condemns condemned condemning
dismiss dismisses dismissed dismissing
accuse accuses accused accusing
blame blames blamed blaming
defend defends defended defending
threaten threatens threatened threatening
mention mentions mentioned mentioning
voice voices voiced voicing
express expresses expressed expressing
reject rejects rejected rejecting
scold scolds scolded scolding
chide chides chided chiding
lash lashes lashed lashing
ridicule ridicules ridiculed ridiculing
thank thanks thanked thanking
question questions questioned questioning
think thinks thought thinking
believe believes believed believing
smile smiles smiled smiling
grin grins grinned grinning
shrug shrugs shrugged shrugging
remember remembers remembered remembering
exhort exhorts exhorted exhorting
`;

const FAMILIES: ReadonlyMap<string, readonly string[]> = new Map(
  SAYING_FAMILIES.trim().split('\n').map((l) => {
    const forms = l.trim().split(/\s+/);
    return [forms[0], forms] as const;
  }),
);

/** Every form of every verb of saying: generous ("brands", "finds", "rules" are here). */
export const SAYING_VERBS: ReadonlySet<string> = new Set([...FAMILIES.values()].flat());

/** The participles of the verbs of saying ("…, saying: "). */
export const SAYING_PARTICIPLES: ReadonlySet<string> = new Set([...SAYING_VERBS].filter((w) => w.endsWith('ing')));

/** The forms `pick` chooses from each named family (lemmas separated by white space). */
function familyForms(lemmas: string, pick: (forms: readonly string[]) => string[]): string[] {
  return lemmas.trim().split(/\s+/).flatMap((lemma) => {
    const forms = FAMILIES.get(lemma);
    if (!forms) throw new Error(`lexicon: no verb family '${lemma}'`);
    return pick(forms);
  });
}

/** The third-person and simple past forms of the named families ("says", "said"). */
function finiteForms(lemmas: string): string[] {
  return familyForms(lemmas, (forms) => forms.slice(1, 3).filter((w) => !w.endsWith('ing')));
}

/** The base forms of the verbs of saying ("say", "brand", "demand"). */
export const SAYING_BASE_FORMS: ReadonlySet<string> = new Set(FAMILIES.keys());

/** Third-person and past forms of every verb of saying ("shouted", "wondered" too). */
export const SAYING_FINITE_VERBS: ReadonlySet<string> = new Set(finiteForms([...FAMILIES.keys()].join(' ')));

/**
 * Plain verbs of saying and of judging aloud, finite forms: what a desk reads as speech right
 * after (or, inverted, before) a bare name ("Lavrov said", "said Lavrov", "Smith denied").
 * Firms say these too; the expressive ones ("shouted", "fumed") and the ambiguous ones ("finds",
 * "rules", "calls", "posted") are left out.
 */
export const PLAIN_SAYING_VERBS: ReadonlySet<string> = new Set(finiteForms(`
say tell add ask write state explain note insist argue claim warn reply respond continue recall tweet
announce declare admit acknowledge concede complain urge suggest testify joke quip remark observe confirm
deny predict promise vow pledge stress counter agree reveal describe think believe
`));

/** Verbs of judging aloud, in the forms news reports them ("Smith criticised", "Jones accuses"). */
export const JUDGING_VERBS: ReadonlySet<string> = new Set([
  'criticised', 'criticized', 'praised', 'praises', 'dismissed', 'accused', 'accuses', 'rejected',
]);

/**
 * The verbs a news sentence puts before its speaker ("…," said Smith): quotative inversion
 * happens with these few, and a name after any other verb is more often its object.
 */
export const INVERTED_SAYING_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'asked', 'added', 'wrote']);

/**
 * Verbs of a person that are not saying: a career or life event, a wish or a fear ("Smith won",
 * "Jones resigned", "Lee hopes"). Evidence of a person; never a cue for a quote.
 */
export const PERSON_ACT_VERBS: ReadonlySet<string> = new Set([
  'won', 'lost', 'scored', 'met', 'visited', 'signed', 'resigned', 'voted', 'backed', 'pointed', 'points',
  'hopes', 'hoped', 'fears', 'feared', 'wants', 'wanted',
]);

/** Verbs of a person's life that a firm never does: "Smith died", "Jones retired". */
export const PERSON_LIFE_VERBS: ReadonlySet<string> = new Set(['apologised', 'apologized', 'resigned', 'retired', 'died']);

/** Verbs and similar words right after a bare name that show a person ("Lavrov said", "Smith won"). */
export const VERBS_AFTER_A_NAME: ReadonlySet<string> = new Set(['say', ...PLAIN_SAYING_VERBS, ...JUDGING_VERBS, ...PERSON_ACT_VERBS]);

/**
 * Verbs right after a full name (after an optional auxiliary) that only a person does: speech,
 * judgement and a person's career events. Evidence that "Naoki Kamiyama" or "Brendan Barber" is a
 * person; firms say, report and announce too, so these stay words of people ("called for",
 * "stepped down", "condemned").
 */
export const PERSON_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'tells', 'added', 'adds', 'predicted', 'predicts', 'estimated', 'estimates', 'warned', 'warns',
  'urged', 'urges', 'insisted', 'insists', 'argued', 'argues', 'claimed', 'noted', 'explained', 'explains',
  'stressed', 'stresses', 'admitted', 'admits', 'denied', 'denies', 'condemned', 'condemns', 'questioned', 'criticised',
  'criticized', 'criticises', 'criticizes', 'attacked', 'remembered', 'recalled', 'recalls', 'defended', 'defends',
  'conceded', 'concedes', 'replied', 'replies', 'responded', 'accused', 'accuses', 'praised', 'praises', 'thanked',
  'apologised', 'apologized', 'resigned', 'retired', 'died', 'testified', 'pleaded', 'confessed', 'joked', 'quipped',
  'tweeted', 'wrote', 'writes', 'thinks', 'wondered', 'telling', 'saying',
  'adding', 'insisting', 'warning', 'arguing', 'explaining', 'urging',
]);

/** Verbs a firm does as well as a person: "Acme said it …" reads as a firm. */
export const FIRM_SAYING_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'added', 'adds', 'told', 'warned', 'warns', 'estimated', 'estimates', 'predicted', 'predicts', 'denied', 'denies',
  'admitted', 'admits', 'insisted', 'insists', 'claimed', 'noted', 'stressed', 'explained', 'explains', 'thinks',
]);

/** Verbs that take a particle when said of a person: "called for", "stepped down". */
export const PERSON_PHRASAL_VERBS: Record<string, Set<string>> = Object.fromEntries(
  ([
    [['called', 'calls'], ['for', 'on']],
    [['stepped', 'steps'], ['down', 'aside']],
    [['spoke', 'speaks'], ['of', 'about', 'to', 'out']],
  ] as const).flatMap(([forms, particles]) => {
    const set = new Set<string>(particles);
    return forms.map((f) => [f, set] as const);
  }),
);

/** The forms of the named families that are not a past tense: base, -s and -ing forms. */
function nonPastForms(lemmas: string): string[] {
  return familyForms(lemmas, (forms) => [forms[0], forms[1], ...forms.filter((w) => w.endsWith('ing'))]);
}

/**
 * Verbs of saying that need an object ("brand it a failure", "describe him as"), in the forms a
 * noun shares: with punctuation right after, the word is a noun ("its confectionery brands - all
 * of them", "a heart attack.", "the calls, which").
 */
export const OBJECT_SAYING_FORMS: ReadonlySet<string> = new Set(nonPastForms(`
brand label dub describe accuse blame praise criticise criticize condemn hail slam blast attack mock
ridicule scold chide thank reject quote cite mention voice implore exhort call
`));

/** Verbs of saying that, before "to" or an object, tell of going on doing something else ("continued to host", "continued his attacks"). */
export const GOING_ON_FORMS: ReadonlySet<string> = new Set(FAMILIES.get('continue') ?? []);
