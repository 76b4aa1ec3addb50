import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import assert from 'node:assert/strict';
import Ajv from 'ajv';
import { spawnSync } from 'node:child_process';
import { main } from '../../../server/out/cli.js';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI in-process (fast) with captured output. */
export async function cli(argv: string[], opts: { cwd: string; stdin?: string; env?: Record<string, string> }): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main({
    argv,
    cwd: opts.cwd,
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: Readable.from(opts.stdin !== undefined ? [Buffer.from(opts.stdin)] : []),
    env: opts.env ?? {},
  });
  return { code, stdout, stderr };
}

/** A temporary folder filled with files ({relative path: content}). */
export function tree(files: Record<string, string | Buffer>): string {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'newslint-cli-')));
  for (const [rel, content] of Object.entries(files)) {
    const p = path.join(root, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, content);
  }
  return root;
}

export function rm(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

export const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

export const BIN = path.resolve(__dirname, '../../../server/bin/newslint.js');

// Drafts written by the team (invented people and quotes). The unattributed quote comes before
// anyone is named, so no reading of the draft can credit it.
export const UNATTRIBUTED =
  '# Council approves bridge budget\n\n"This is a disgrace and we will fight it in court."\n\n"We will not back down," said Mayor Ada Quill.\n';
/** UNATTRIBUTED with the quote credited. */
export const ATTRIBUTED = UNATTRIBUTED.replace('in court."', 'in court," said Councillor Ben Ortiz.');
export const CLEAN = '# Council approves bridge budget\n\n"We will not back down," said Mayor Ada Quill.\n';
export const MIXED = '# Bridge\n\n"The bridge opens in May,” said Mayor Ada Quill.\n';

const sarifSchema = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../fixtures/cli/sarif-2.1.0-subset.schema.json'), 'utf8'));

/** Validate a SARIF log against the 2.1.0 structure (required members, names, types, enums). */
export function validateSarif(log: unknown): void {
  const ajv = new Ajv({ allErrors: true, validateFormats: false, strict: false });
  const validate = ajv.compile(sarifSchema);
  assert.ok(validate(log), JSON.stringify(validate.errors, null, 1));
}

/**
 * Run the CLI binary as an unprivileged user (nobody), so that file permissions apply even when
 * the tests run as root. Null when that is not possible here.
 */
export function runAsNobody(argv: string[], cwd: string): Run | null {
  if (!isRoot) {
    const r = spawnSync(process.execPath, [BIN, ...argv], { cwd, encoding: 'utf8' });
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  }
  // nobody must be able to run newslint from this checkout (its parent folders may be private).
  const probe = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, BIN, '--version'], { cwd, encoding: 'utf8' });
  if (probe.status !== 0 || !/^\d+\.\d+\.\d+\n$/.test(probe.stdout ?? '')) return null;
  const r = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, BIN, ...argv], { cwd, encoding: 'utf8' });
  if (r.status === null || /setpriv:/.test(r.stderr ?? '')) return null;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A git environment that ignores the machine's and the user's git configuration. */
export function env(home: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: home,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Desk Editor',
    GIT_AUTHOR_EMAIL: 'desk@example.org',
    GIT_COMMITTER_NAME: 'Desk Editor',
    GIT_COMMITTER_EMAIL: 'desk@example.org',
    PRE_COMMIT_HOME: path.join(home, '.pre-commit-cache'),
  };
}

/** A fresh repository (no commits) with newslint installed as node_modules/.bin/newslint. */
export function repo(): { dir: string; git: (...args: string[]) => { code: number; out: string }; write: (rel: string, text: string) => void; done: () => void } {
  const home = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'newslint-git-')));
  const dir = path.join(home, 'newsroom');
  fs.mkdirSync(path.join(dir, 'node_modules/.bin'), { recursive: true });
  fs.symlinkSync(BIN, path.join(dir, 'node_modules/.bin/newslint'));
  const e = env(home);
  const git = (...args: string[]) => {
    const r = spawnSync('git', args, { cwd: dir, env: e, encoding: 'utf8' });
    return { code: r.status ?? -1, out: (r.stdout ?? '') + (r.stderr ?? '') };
  };
  assert.equal(git('init', '-q', '-b', 'main').code, 0);
  fs.writeFileSync(path.join(dir, '.gitignore'), 'node_modules/\n');
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  };
  return { dir, git, write, done: () => rm(home) };
}
