/**
 * Spelling variants of names: is "Zelenskiy" the same name as "Zelensky", "Qaddafi" as "Gaddafi",
 * "Volodymyr" as "Vladimir"? Pure string functions, no lexicon except where stated.
 */
import { isCommonWord, isKnownSurname, isGivenName, nameGender, lookupKey } from './names';

/** Lower case, no diacritics, letters only: "Erdoğan" → "erdogan", "Đoković" → "dokovic". */
const foldCache = new Map<string, string>();
const keyCache = new Map<string, string>();
const variantCache = new Map<string, Map<string, VariantKind>>();

function remember<T>(m: Map<string, T>, k: string, v: T): T {
  if (m.size > 50000) m.clear();
  m.set(k, v);
  return v;
}

export function fold(s: string): string {
  const c = foldCache.get(s);
  if (c !== undefined) return c;
  return remember(foldCache, s, foldRaw(s));
}

function foldRaw(s: string): string {
  return s
    .toLowerCase()
    .replace(/đ/g, 'd')
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe')
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/[^a-z]/g, '');
}

/**
 * A key that is equal for transliteration variants: kh/h, ph/f, ks/x, ou/u, dh/d, Q/K/G/Gh
 * initials, y/i/iy/yy endings, doubled consonants, w/v, sch/sh, tch/ch, j/dj.
 */
export function translitKey(s: string): string {
  const c = keyCache.get(s);
  if (c !== undefined) return c;
  return remember(keyCache, s, translitKeyRaw(s));
}

function translitKeyRaw(s: string): string {
  let x = fold(s);
  // Initials: Kh/Gh/Qh → h (Khatami/Ghatami, Khodorkovsky/Hodorkovsky); Q/K/G → k (Gaddafi, Qaddafi,
  // Kadhafi, Gadhafi).
  x = x.replace(/^[kgq]h/, 'h').replace(/^[gq]/, 'k');
  x = x
    .replace(/tsch/g, 'ch')
    .replace(/sch/g, 'sh')
    .replace(/tch/g, 'ch')
    .replace(/dj/g, 'j')
    .replace(/dzh/g, 'j')
    .replace(/zh/g, 'j')
    .replace(/kh/g, 'h')
    .replace(/gh/g, 'g')
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/cks/g, 'x')
    .replace(/ks/g, 'x')
    .replace(/dh/g, 'd')
    .replace(/th/g, 't')
    .replace(/ou/g, 'u')
    .replace(/oo/g, 'u')
    .replace(/ee/g, 'i')
    .replace(/q/g, 'k')
    .replace(/w/g, 'v')
    .replace(/^ye/, 'e')
    .replace(/^yu/, 'iu')
    .replace(/^ya/, 'ia')
    .replace(/(?:iy|yy|yi|ii|ij|y)$/, 'i')
    .replace(/ey$/, 'ei')
    .replace(/ay$/, 'ai')
    .replace(/([b-df-hj-np-tv-z])y(?=[b-df-hj-np-tv-z])/g, '$1i')
    .replace(/([a-z])\1+/g, '$1');
  return x;
}

/** The first letter of the transliteration key, c read as k: names that can be variants share it. */
export function blockInitial(s: string): string {
  const k = translitKey(s).charAt(0);
  return k === 'c' ? 'k' : k;
}

/** First letter plus consonants ("Mohammed" → "mhmd"), from the transliteration key. */
export function consonantSkeleton(key: string): string {
  return key.charAt(0) + key.slice(1).replace(/[aeiouy]/g, '');
}

/** Damerau–Levenshtein (optimal string alignment) distance. */
export function editDistance(a: string, b: string): number {
  const n = a.length;
  const m = b.length;
  if (n === 0) return m;
  if (m === 0) return n;
  let prev2: number[] = new Array(m + 1).fill(0);
  let prev: number[] = Array.from({ length: m + 1 }, (_, j) => j);
  let cur: number[] = new Array(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    for (let j = 1; j <= m; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        v = Math.min(v, prev2[j - 2] + 1);
      }
      cur[j] = v;
    }
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m];
}

/**
 * How two different spellings of a name relate:
 * - 'translit': the same name transliterated or accented differently (Zelensky/Zelenskyy,
 *   Gaddafi/Qaddafi, Erdoğan/Erdogan, Mohammed/Muhammad);
 * - 'vowel': only vowels differ (Mohammed/Muhammad for given names, but McMillan/McMullen too);
 * - 'edit': a small edit relative to length (a likely typo or a close variant);
 * - 'typo': one slip of the kind a copy desk catches that the kinds above leave out (a vowel,
 *   a dropped or doubled letter, two letters swapped, c/k, an ey/y ending: Obama/Obame,
 *   Comey/Comy, Clinton/Cinton). Whether it is one person is the caller's judgement (see
 *   `deskSlip`);
 * - null: different names.
 */
export type VariantKind = 'translit' | 'vowel' | 'edit' | 'typo' | null;

export function spellingVariant(a: string, b: string): VariantKind {
  if (a === b) return null;
  // Cheap rejection: lengths too far apart.
  if (Math.abs(a.length - b.length) > 4) return null;
  const ka = translitKey(a);
  const kb = translitKey(b);
  if (ka.charCodeAt(0) !== kb.charCodeAt(0) && fold(a).charCodeAt(0) !== fold(b).charCodeAt(0) && !(CKQ.test(ka) && CKQ.test(kb))) return null;
  if (Math.abs(ka.length - kb.length) > 3) return null;
  const [x, y] = a < b ? [a, b] : [b, a];
  let inner = variantCache.get(x);
  if (!inner) {
    if (variantCache.size > 20000) variantCache.clear();
    inner = new Map();
    variantCache.set(x, inner);
  }
  const cached = inner.get(y);
  if (cached !== undefined) return cached;
  const v = spellingVariantRaw(a, b);
  inner.set(y, v);
  return v;
}

function spellingVariantRaw(a: string, b: string): VariantKind {
  const fa = fold(a);
  const fb = fold(b);
  if (fa.length < 2 || fb.length < 2) return null;
  if (fa === fb) return 'translit';
  // A name of 4 letters or more with one dropped (Cruz/Crz, Bush/Buh) is the shortest slip.
  if (fa.length < 4 || fb.length < 4) return Math.max(fa.length, fb.length) >= 4 && deskSlip(fa, fb) ? 'typo' : null;
  // A plural or a suffix is a different word: "Clinton"/"Clintons".
  if (isSuffixed(fa, fb) || isSuffixed(fb, fa)) return null;
  const ka = translitKey(a);
  const kb = translitKey(b);
  if (ka === kb) return 'translit';
  return closeVariant(fa, fb, ka, kb) ?? (deskSlip(fa, fb, ka, kb) ? 'typo' : null);
}

/** 'vowel' and 'edit' of `spellingVariant`, on folded forms and transliteration keys. */
function closeVariant(fa: string, fb: string, ka: string, kb: string): VariantKind {
  const min = Math.min(ka.length, kb.length);
  const d = editDistance(ka, kb);
  // A longer form of the same word is a different name or word: Carson/Carsoni, Malone/Maloney.
  if (fa.startsWith(fb) || fb.startsWith(fa)) return null;
  // Only the final vowel differs: a different (often feminine) form: Latino/Latina, Paolo/Paola.
  if (fa.length === fb.length && fa.slice(0, -1) === fb.slice(0, -1) && /[aeiou]/.test(fa.slice(-1)) && /[aeiou]/.test(fb.slice(-1))) return null;
  // Vowel changes only (Mohammed/Muhammad, Vladimir/Volodymyr; but also McMillan/McMullen).
  if (min >= 5 && d <= 1) return 'edit';
  if (min >= 5 && d <= 2 && consonantSkeleton(ka) === consonantSkeleton(kb) && ka.charAt(ka.length - 1) === kb.charAt(kb.length - 1)) return 'vowel';
  if (ka.charAt(0) !== kb.charAt(0) && fa.charAt(0) !== fb.charAt(0)) {
    // Different first letters are transliteration only for the cases the key already folds.
    return null;
  }
  const raw = editDistance(fa, fb);
  if (min >= 5 && (d <= 1 || raw <= 1)) return 'edit';
  if (min >= 9 && (d <= 2 || raw <= 2)) return 'edit';
  return null;
}

/**
 * One desk slip between two folded spellings of 3 letters or more: a letter dropped, added or
 * swapped with its neighbour, or one changed within its class (a vowel for a vowel, y/i, c/k/q);
 * or one such step between the transliteration keys when the consonants agree (ph/f, Perry/Perrie,
 * Comey/Comy). The first letter stays, except for c/k/q and transliterated initials.
 */
export function deskSlip(fa: string, fb: string, ka = translitKey(fa), kb = translitKey(fb)): boolean {
  if (Math.min(fa.length, fb.length) < 3 || fa + 's' === fb || fb + 's' === fa) return false;
  if (fa.charAt(0) !== fb.charAt(0) && ka.charAt(0) !== kb.charAt(0) && !(CKQ.test(fa) && CKQ.test(fb))) return false;
  return oneSlip(fa, fb) || (oneSlip(ka, kb) && consonantSkeleton(ka) === consonantSkeleton(kb));
}

/** A variant of kind `v` between two spellings that is one desk slip (Greenspan/Groenspan is 'vowel' too). */
export function isSlip(v: VariantKind, a: string, b: string): boolean {
  return v === 'typo' || v === 'edit' || (v === 'vowel' && deskSlip(fold(a), fold(b)));
}

/**
 * `slip` is `name` with one letter more that doubles no neighbour (Racine beside Raine). A desk
 * slip drops letters far more often than it adds one, and an added letter often makes another real
 * name: such a spelling is read as a slip only of a name the draft uses more than once.
 */
export function addsLetter(slip: string, name: string): boolean {
  const a = fold(slip);
  const b = fold(name);
  if (a.length !== b.length + 1 || translitKey(a) === translitKey(b) || /(?:ey|ie)$/.test(a)) return false;
  let i = 0;
  while (i < b.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i) && a[i] !== a[i - 1] && a[i] !== a[i + 1];
}

const SLIP_CLASSES = ['aeiouy', 'iy', 'ckq'];
const CKQ = /^[ckq]/;

/** Exactly one letter dropped, added, swapped with its neighbour, or changed within its class. */
function oneSlip(a: string, b: string): boolean {
  if (a === b) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length !== b.length) {
    const [long, short] = a.length > b.length ? [a, b] : [b, a];
    return long.slice(i + 1) === short.slice(i);
  }
  if (a.slice(i + 1) === b.slice(i + 1)) return SLIP_CLASSES.some((c) => c.includes(a[i]) && c.includes(b[i]));
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

function isSuffixed(a: string, b: string): boolean {
  if (!b.startsWith(a)) return false;
  const rest = b.slice(a.length);
  return rest === 's' || rest === 'es' || rest === 'ian' || rest === 'ite' || rest === 'ites' || rest === 'ism' || rest === 'ist' || rest === 'ian';
}

/**
 * Two given names are spellings of one name (Vladimir/Volodymyr, Mohammed/Muhammad,
 * Sergey/Sergei). Names the lexicon knows as different genders never are.
 */
export function givenVariant(a: string, b: string): boolean {
  if (a === b) return true;
  if (GIVEN_GROUP.get(lookupKey(a)) !== undefined && GIVEN_GROUP.get(lookupKey(a)) === GIVEN_GROUP.get(lookupKey(b))) return true;
  const ga = nameGender(a);
  const gb = nameGender(b);
  // (Names of two sexes that sound alike, Tony/Toni, are one name's spellings: the gates of the
  // callers keep a couple apart.)
  if (ga && gb && ga !== gb && soundKey(a) !== soundKey(b)) return false;
  const v = spellingVariant(a, b);
  if (v === 'translit' || v === 'vowel') return true;
  if (v === 'edit') return true; // (Daniel/Danielle differ in gender, above)
  // A slip (Jacob/Jacub, Ted/Tud, Marco/Marko, Hillary/Hilary); two short given names a slip
  // apart are two names (Tim/Tom, Anna/Anne), unless they sound the same (Mark/Marc, Kurt/Curt).
  if (v === 'typo' || (v === null && !/\s/.test(a + b) && deskSlip(fold(a), fold(b)))) {
    return !(isGivenName(a) && isGivenName(b)) || Math.min(fold(a).length, fold(b).length) >= 5 || soundKey(a) === soundKey(b);
  }
  return false;
}

/** The transliteration key with a hard c read as k: Mark and Marc, Kurt and Curt, Eric and Erik sound alike. */
function soundKey(s: string): string {
  return translitKey(s).replace(/c(?![eiyh])/g, 'k');
}

/**
 * Under one surname, is given name `slip` a one-off desk slip of `name` (Jacob/Jacub, Ted/Td,
 * John/Jon)? It is written once; it is no given name of its own, or `name` is written more often;
 * a letter dropped, added, swapped or changed within its class, the first letter kept (c/k aside);
 * not a name of the other sex (Luis and Lois Garcia may be a couple); never an all-capital pair
 * of initials ("JB"), a surname ("Pearl Williams Hartsfield" beside William Hartsfield: a maiden
 * name) or the name with an s.
 */
export function givenSlip(slip: string, name: string, slipUses: number, nameUses: number): boolean {
  if (slipUses !== 1 || !/^\p{Lu}\p{Ll}+$/u.test(slip) || slip === `${name}s` || isKnownSurname(slip)) return false;
  if (isGivenName(slip) && nameUses < 2) return false;
  const gs = nameGender(slip);
  const gn = nameGender(name);
  if (gs && gn && gs !== gn && soundKey(slip) !== soundKey(name)) return false;
  const a = fold(slip);
  const b = fold(name);
  if (Math.max(a.length, b.length) < 3 || (a[0] !== b[0] && !(CKQ.test(a) && CKQ.test(b)))) return false;
  return oneSlip(a, b) || deskSlip(a, b) || givenVariant(slip, name);
}

/** Both spellings are ordinary English surnames or words (Johnson/Johnston, Clark/Clarke). */
export function bothOrdinary(a: string, b: string): boolean {
  const ord = (w: string) => isKnownSurname(w) || isCommonWord(w);
  return ord(a) && ord(b);
}

/** Known groups of given-name spellings that the rules above do not catch. */
const GIVEN_GROUP = new Map<string, number>();
[
  ['vladimir', 'volodymyr', 'wladimir', 'volodimir'],
  ['mohammed', 'muhammad', 'mohamed', 'mohammad', 'muhammed', 'mohamad', 'mahomed'],
  ['alexander', 'aleksandr', 'alexandr', 'oleksandr', 'aliaksandr', 'alexandre'],
  ['alexei', 'aleksei', 'alexey', 'aleksey', 'oleksiy', 'oleksii'],
  ['sergei', 'sergey', 'serhiy', 'serhii'],
  ['dmitry', 'dmitri', 'dmytro', 'dmitriy'],
  ['yevgeny', 'evgeny', 'yevgeniy', 'evgeni', 'yevhen', 'evgenii'],
  ['yuri', 'yury', 'yuriy', 'yurii', 'iurii'],
  ['andrei', 'andrey', 'andriy', 'andrii'],
  ['nikolai', 'nikolay', 'mykola'],
  ['mikhail', 'mykhailo'],
  ['anatoly', 'anatoliy', 'anatolii'],
  ['svetlana', 'sviatlana'],
  ['pyotr', 'petro', 'petr'],
  ['muammar', 'moammar', 'moamer', 'muamar'],
  ['osama', 'usama'],
  ['hosni', 'husni'],
  ['gennady', 'gennadiy', 'hennadiy'],
].forEach((group, i) => group.forEach((n) => GIVEN_GROUP.set(n, i)));
