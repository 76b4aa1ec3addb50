/**
 * Typos of a name the way a copy desk meets them, one edit of one class at a time. Used by the
 * names eval to inject a misspelling into one mention of a person. The first letter is kept except
 * where the class is about it (c/k/q and transliterated initials).
 */
export const DESK_CLASSES = ['vowel', 'double', 'ph-f', 'y-i', 'c-k-q', 'translit', 'dropped', 'transposed'] as const;
export type DeskClass = (typeof DESK_CLASSES)[number];

const VOWELS = 'aeiou';
const isVowel = (c: string | undefined) => c !== undefined && VOWELS.includes(c);
const isLower = (c: string | undefined) => c !== undefined && /^[a-z]$/.test(c);

/** Every variant of `name` made by one edit of class `cls` (deduplicated, never `name` itself). */
export function deskTypos(name: string, cls: DeskClass): string[] {
  const out = new Set<string>();
  const add = (v: string) => {
    if (v !== name && /^\p{Lu}/u.test(v)) out.add(v);
  };
  MAKERS[cls](name, add);
  return [...out];
}

type Maker = (name: string, add: (v: string) => void) => void;

/** Replace `len` characters at `i` by `by`. */
const splice = (s: string, i: number, len: number, by: string) => s.slice(0, i) + by + s.slice(i + len);

const MAKERS: Record<DeskClass, Maker> = {
  // One vowel for another: Harper/Harpir, Obama/Obame, Mickelson/Mickelsun.
  vowel(name, add) {
    for (let i = 1; i < name.length; i++) {
      if (!isVowel(name[i])) continue;
      for (const v of VOWELS) if (v !== name[i]) add(splice(name, i, 1, v));
    }
  },
  // A doubled consonant single, or a single consonant between vowels doubled: Bakker, Perrie.
  double(name, add) {
    for (let i = 1; i < name.length; i++) {
      const c = name[i];
      if (!isLower(c) || isVowel(c) || c === 'y') continue;
      if (name[i + 1] === c) add(splice(name, i, 1, ''));
      else if (name[i - 1] !== c && isVowel(name[i - 1]) && (isVowel(name[i + 1]) || name[i + 1] === 'y')) add(splice(name, i, 0, c));
    }
  },
  // One sound, one spelling: ph for f or ff (Jeff/Jeph), f for ph. Half of a double f is never
  // replaced ("Jephf" is no spelling a writer reaches by ear, so no desk meets it).
  'ph-f'(name, add) {
    for (const m of name.matchAll(/ph/g)) add(splice(name, m.index!, 2, 'f'));
    for (const m of name.matchAll(/(?<=[a-z])ff?/g)) add(splice(name, m.index!, m[0].length, 'ph'));
    if (name.startsWith('Ph')) add('F' + name.slice(2));
    if (name.startsWith('F')) add('Ph' + name.slice(1));
  },
  // Endings y/i/ey/ie (Comey/Comy, Perry/Perrie, Sergei/Sergey) and y/i inside (Lynn/Linn).
  'y-i'(name, add) {
    const endings: [RegExp, string[]][] = [
      [/ey$/, ['y', 'ie', 'i']],
      [/ie$/, ['y', 'ey']],
      [/(?<=[^ae])y$/, ['i', 'ie', 'ey']],
      [/(?<=[^aeiou])i$/, ['y', 'ie']],
      [/ei$/, ['ey', 'y']],
    ];
    for (const [re, tos] of endings) {
      const m = re.exec(name);
      if (m) for (const to of tos) add(name.slice(0, m.index) + to);
    }
    for (let i = 1; i < name.length - 1; i++) {
      if (name[i] === 'y' && !isVowel(name[i + 1])) add(splice(name, i, 1, 'i'));
      else if (name[i] === 'i' && !isVowel(name[i - 1]) && !isVowel(name[i + 1])) add(splice(name, i, 1, 'y'));
    }
  },
  // c/k/q: Mickelson/Mikelson, Kowalski/Cowalski, Iraq/Irak.
  'c-k-q'(name, add) {
    for (const m of name.matchAll(/ck/g)) {
      add(splice(name, m.index!, 2, 'k'));
      add(splice(name, m.index!, 2, 'c'));
    }
    for (let i = 0; i < name.length; i++) {
      const c = name[i].toLowerCase();
      const up = name[i] !== name[i].toLowerCase();
      const as = (x: string) => (up ? x.toUpperCase() : x);
      if (c === 'c' && name[i + 1] !== 'k' && name[i - 1] !== 'c' && !/[eiyh]/.test(name[i + 1] ?? '')) add(splice(name, i, 1, as('k')));
      if (c === 'k' && name[i - 1] !== 'c' && !/[eiyh]/.test(name[i + 1] ?? '')) add(splice(name, i, 1, as('c')));
      if (c === 'q') add(splice(name, i, name[i + 1] === 'u' ? 2 : 1, as('k')));
      if (c === 'k' && i > 0 && isVowel(name[i - 1])) add(splice(name, i, 1, 'ck'));
    }
  },
  // Transliteration pairs: kh/h, ks/x, ou/u, sch/sh, zh/j, w/v, G/K/Q initials, an accent.
  translit(name, add) {
    const swaps: [RegExp, string][] = [
      [/kh/, 'h'], [/ks/, 'x'], [/x/, 'ks'], [/ou/, 'u'], [/sch/, 'sh'], [/zh/, 'j'], [/(?<=[a-z])v/, 'w'], [/(?<=[a-z])w/, 'v'],
      [/(?<=[a-z])j/, 'dj'], [/^Kh/, 'H'], [/^Zh/, 'J'],
    ];
    for (const [re, to] of swaps) if (re.test(name)) add(name.replace(re, to));
    const first = name.charAt(0);
    if ('GKQ'.includes(first)) for (const c of 'GKQ') if (c !== first) add(c + name.slice(1));
    const accent: Record<string, string> = { e: 'é', o: 'ö', u: 'ü', c: 'ć', s: 'š', a: 'á' };
    const m = /[eoucsa](?=[a-z]+$)/.exec(name.slice(1));
    if (m) add(splice(name, m.index + 1, 1, accent[name[m.index + 1]]));
    const deaccent = name.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
    add(deaccent);
  },
  // One letter left out (not the first): Mickelson/Mickelon, Jacob/Jaob.
  dropped(name, add) {
    for (let i = 1; i < name.length; i++) if (isLower(name[i]) && (name.length > 4 || i < name.length - 1)) add(splice(name, i, 1, ''));
  },
  // Two neighbouring letters swapped (the first letter stays): Harper/Hraper, Comey/Comye.
  transposed(name, add) {
    for (let i = 1; i < name.length - 1; i++) {
      if (isLower(name[i]) && isLower(name[i + 1]) && name[i] !== name[i + 1]) add(splice(name, i, 2, name[i + 1] + name[i]));
    }
  },
};
