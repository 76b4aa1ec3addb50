/** What a run lints: standard input, the drafts git names (--staged, --diff-base), or paths and globs. */
import * as path from 'node:path';
import picomatch from 'picomatch';
import { displayPath, expandPaths } from './files';
import * as gitOps from './git';
import type { Input, Session } from './session';

/**
 * The drafts to lint, in order; sets the session's git root and changed lines. A number is the
 * exit code when there is nothing that can be linted (no paths named, git failed).
 */
export async function findInputs(s: Session, stdin: NodeJS.ReadableStream): Promise<Input[] | number> {
  const { opts, cwd } = s;
  try {
    if (opts.stdin) {
      const buffer = await readAll(stdin);
      const name = opts.stdinFilename;
      return [{ abs: name ? path.resolve(cwd, name) : path.join(cwd, '<stdin>'), display: name ?? '<stdin>', buffer, stdin: true }];
    }
    if (opts.staged || opts.diffBase) return gitInputs(s);
    if (opts.patterns.length === 0) {
      s.stderr.write('newslint: no drafts named: give files, folders or globs (e.g. newslint drafts/), or use --stdin or --staged. See newslint --help.\n');
      return 2;
    }
    const { files, problems } = expandPaths(opts.patterns, cwd, opts.extensions);
    for (const p of problems) s.problem(p.file, p.reason);
    return files.map((abs) => ({ abs, display: displayPath(abs, cwd) }));
  } catch (err) {
    if (err instanceof gitOps.GitError) {
      s.stderr.write(`newslint: git: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}

/** --staged: the staged copies of staged drafts; --diff-base: the working copies of drafts changed since the base. */
function gitInputs(s: Session): Input[] {
  const { opts, cwd } = s;
  const root = (s.root = gitOps.repoRoot(cwd));
  const hasExt = (p: string) => opts.extensions.some((e) => p.toLowerCase().endsWith(e));
  const select = selector(opts.patterns, cwd, root);
  const rels = (opts.staged ? gitOps.stagedPaths(root) : gitOps.changedSince(root, opts.diffBase as string)).filter((r) => hasExt(r) && select(r));
  const inputs: Input[] = [];
  if (opts.staged) {
    const index = gitOps.indexEntries(root);
    const wanted = rels.filter((r) => index.has(r));
    const blobs = gitOps.readBlobs(root, wanted.map((r) => index.get(r) as string));
    for (const rel of wanted) {
      const abs = gitOps.toAbs(root, rel);
      inputs.push({ abs, display: displayPath(abs, cwd), buffer: blobs.get(index.get(rel) as string) ?? Buffer.alloc(0), gitPath: rel });
    }
  } else {
    for (const rel of rels) {
      const abs = gitOps.toAbs(root, rel);
      inputs.push({ abs, display: displayPath(abs, cwd), gitPath: rel });
    }
  }
  if (opts.changedLines || opts.diffBase) s.changed = gitOps.changedLines(root, opts.staged ? { staged: true } : { base: opts.diffBase as string });
  return inputs;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks);
}

/** Does a git path (root-relative) fall under one of the command-line paths or globs? */
function selector(patterns: string[], cwd: string, root: string): (rel: string) => boolean {
  if (patterns.length === 0) return () => true;
  const tests = patterns.map((p) => {
    const abs = path.resolve(cwd, p);
    const glob = picomatch(path.relative(root, abs).split(path.sep).join('/'), { dot: true });
    return (rel: string) => {
      const a = gitOps.toAbs(root, rel);
      return a === abs || a.startsWith(abs.endsWith(path.sep) ? abs : abs + path.sep) || glob(rel);
    };
  });
  return (rel) => tests.some((t) => t(rel));
}
