import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import Ajv from 'ajv';
import { ConfigError, configSchema, defaultConfig, parseConfigText, resolveConfig } from '../../../server/out/engine/config.js';
import { ConfigCache, isIgnored, loadConfigForFile, readConfigText, MAX_CONFIG_BYTES } from '../../../server/out/config-loader.js';

function tmpdir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'newslint-config-'));
}

function throwsConfig(fn: () => unknown, expected: { message: string; file?: string; key?: string; line?: number; column?: number }) {
  assert.throws(fn, (err: unknown) => {
    assert.ok(err instanceof ConfigError, `expected ConfigError, got ${err}`);
    assert.equal(err.message, expected.message);
    if (expected.file !== undefined) assert.equal(err.file, expected.file);
    if (expected.key !== undefined) assert.equal(err.key, expected.key);
    if (expected.line !== undefined) assert.equal(err.line, expected.line);
    if (expected.column !== undefined) assert.equal(err.column, expected.column);
    return true;
  });
}

test('no layers gives the defaults with the AP profile', () => {
  const c = resolveConfig([]);
  assert.deepEqual(c.profiles, ['newslint:ap']);
  assert.equal(c.rules['quote-attribution'].severity, 'warning');
  // The AP profile lowers title-case to info.
  assert.equal(c.rules['title-case'].severity, 'info');
  assert.deepEqual(c.ignore, []);
  assert.deepEqual(defaultConfig().profiles, ['newslint:ap']);
});

test('rules take a severity or [severity, options]; later layers win', () => {
  const c = resolveConfig([
    { source: 'settings', raw: { rules: { 'quote-marks': 'error', 'title-case': 'off' } } },
    { source: 'a.json', raw: { extends: ['newslint:bbc'], rules: { 'quote-marks': ['info', {}] }, ignore: ['archive/**'], people: [{ name: 'Ada Quill', title: 'Mayor' }], names: { 'Volodymyr Zelensky': ['Zelenskyy'] } } },
  ]);
  assert.deepEqual(c.profiles, ['newslint:bbc']);
  assert.equal(c.rules['quote-marks'].severity, 'info');
  // bbc sets nothing on title-case, so the settings layer's "off" stays.
  assert.equal(c.rules['title-case'].severity, 'off');
  assert.deepEqual(c.style, { courtesyTitles: 'later-references', courtesyTitleStop: false });
  assert.deepEqual(c.ignore, ['archive/**']);
  assert.deepEqual(c.people, [{ name: 'Ada Quill', title: 'Mayor' }]);
  // The file's own spelling list replaces the profile's for that name.
  assert.deepEqual(c.names['Volodymyr Zelensky'], ['Zelenskyy']);
});

test('order: profiles, then extended files, then the file itself', () => {
  const files: Record<string, unknown> = {
    '/x/base.json': { extends: ['newslint:guardian'], rules: { 'quote-marks': 'error', 'title-case': 'warning' } },
  };
  const c = resolveConfig(
    [{ source: '/x/.newslintrc.json', raw: { extends: ['newslint:reuters', './base.json'], rules: { 'quote-marks': 'info' } } }],
    (spec, from) => {
      const file = path.posix.join(path.posix.dirname(from), spec);
      return { source: file, raw: files[file] };
    },
  );
  assert.deepEqual(c.profiles, ['newslint:reuters', 'newslint:guardian']);
  assert.equal(c.rules['quote-marks'].severity, 'info');
  assert.equal(c.rules['title-case'].severity, 'warning');
  assert.deepEqual(c.style, { courtesyTitles: 'none', courtesyTitleStop: false });
});

test('an extends loop is an error naming the chain', () => {
  throwsConfig(
    () => resolveConfig([{ source: '/x/a.json', raw: { extends: ['./b.json'] } }], (spec) => (spec === './b.json' ? { source: '/x/b.json', raw: { extends: ['./a.json'] } } : { source: '/x/a.json', raw: { extends: ['./b.json'] } })),
    { message: '/x/b.json: extends[0]: "./a.json" extends itself in a loop (/x/a.json → /x/b.json → /x/a.json)', file: '/x/b.json' },
  );
});

test('errors name the file, the key, the line and the column', () => {
  const text = '{\n  // house rules\n  "rules": {\n    "quote-atribution": "off"\n  }\n}\n';
  throwsConfig(() => resolveConfig([parseConfigText('desk/.newslintrc.json', text)]), {
    message: 'desk/.newslintrc.json:4:5: rules.quote-atribution: unknown rule "quote-atribution" (did you mean "quote-attribution"?); known rules: quote-attribution, quote-marks, name-consistency, first-reference, title-case, later-reference',
    key: 'rules.quote-atribution',
    line: 4,
    column: 5,
  });
  throwsConfig(() => resolveConfig([parseConfigText('c.json', '{"rules": {"quote-marks": "warn"}}')]), {
    message: 'c.json:1:27: rules.quote-marks: "warn" is not a severity; use "off", "info", "warning" or "error" (did you mean "warning"?)',
  });
  throwsConfig(() => resolveConfig([parseConfigText('c.json', '{"extends": ["newslint:apx"]}')]), {
    message: 'c.json:1:14: extends[0]: unknown profile "newslint:apx" (did you mean "newslint:ap"?); known profiles: newslint:ap, newslint:reuters, newslint:bbc, newslint:guardian, newslint:nyt',
  });
  throwsConfig(() => resolveConfig([parseConfigText('c.json', '{\n"rule": {}}')]), {
    message: 'c.json:2:1: rule: unknown key (did you mean "rules"?); allowed: extends, rules, ignore, names, people',
  });
  throwsConfig(() => resolveConfig([parseConfigText('c.json', '{"people": [{"name": "Ada Quill", "noTitle": "yes"}]}')]), {
    message: 'c.json:1:46: people[0].noTitle: expected true or false, not "yes"',
  });
  throwsConfig(() => resolveConfig([parseConfigText('c.json', '{"ignore": "drafts"}')]), {
    message: 'c.json:1:12: ignore: expected a list of glob patterns, not "drafts"',
  });
  throwsConfig(() => resolveConfig([{ source: 'settings', raw: ['x'] }]), {
    message: 'settings: expected a JSON object at the top, not a list',
  });
});

test('invalid JSON is reported with line and column; comments and trailing commas are fine', () => {
  throwsConfig(() => parseConfigText('c.json', '{\n  "rules": {\n    "quote-marks": "off"\n    "title-case": "off"\n  }\n}'), {
    message: 'c.json:4:5: invalid JSON: expected ","',
    line: 4,
    column: 5,
  });
  throwsConfig(() => parseConfigText('c.json', ''), { message: 'c.json:1:1: the file is empty; expected a JSON object' });
  const ok = parseConfigText('c.json', '\uFEFF/* desk */ {"rules": {"quote-marks": "off",},}');
  assert.deepEqual(ok.raw, { rules: { 'quote-marks': 'off' } });
  // A BOM does not shift columns.
  throwsConfig(() => resolveConfig([parseConfigText('c.json', '\uFEFF{"rules": {"nope": "off"}}')]), { message: 'c.json:1:13: rules.nope: unknown rule "nope"; known rules: quote-attribution, quote-marks, name-consistency, first-reference, title-case, later-reference' });
});

test('configSchema lists every rule and profile', () => {
  const s = configSchema() as { properties: { rules: { properties: Record<string, unknown> }; extends: { items: { anyOf: { enum?: string[] }[] } } } };
  assert.deepEqual(Object.keys(s.properties.rules.properties), ['quote-attribution', 'quote-marks', 'name-consistency', 'first-reference', 'title-case', 'later-reference']);
  assert.deepEqual(s.properties.extends.items.anyOf[0].enum, ['newslint:ap', 'newslint:reuters', 'newslint:bbc', 'newslint:guardian', 'newslint:nyt']);
});

test('loader: nearest file wins, extends by relative path, cache per directory', () => {
  const root = tmpdir();
  fs.mkdirSync(path.join(root, 'desk/metro'), { recursive: true });
  fs.mkdirSync(path.join(root, 'shared'), { recursive: true });
  fs.writeFileSync(path.join(root, '.newslintrc.json'), '{"rules": {"quote-marks": "error"}}');
  fs.writeFileSync(path.join(root, 'shared/base.json'), '{"extends": ["newslint:nyt"], "rules": {"title-case": "error"}}');
  fs.writeFileSync(path.join(root, 'desk/.newslintrc.json'), '// metro desk\n{"extends": ["../shared/base.json"], "ignore": ["archive", "*.old.md"]}');
  const cache = new ConfigCache();
  const top = loadConfigForFile(path.join(root, 'a.md'), { cache });
  assert.equal(top.configFile, path.join(root, '.newslintrc.json'));
  assert.equal(top.config.rules['quote-marks'].severity, 'error');
  // Outside git, `extends` may reach anywhere in the workspace (here the folder newslint runs in).
  const desk = loadConfigForFile(path.join(root, 'desk/metro/b.md'), { cache, workspace: root });
  assert.equal(desk.configFile, path.join(root, 'desk/.newslintrc.json'));
  // Nearest wins: the root file's quote-marks "error" does not apply.
  assert.equal(desk.config.rules['quote-marks'].severity, 'warning');
  assert.equal(desk.config.rules['title-case'].severity, 'error');
  assert.deepEqual(desk.config.profiles, ['newslint:nyt']);
  assert.equal(cache.dirs.get(path.join(root, 'desk/metro')), path.join(root, 'desk/.newslintrc.json'));
  assert.equal(loadConfigForFile(path.join(root, 'desk/c.md'), { cache, workspace: root }), desk, 'resolved config is cached');
  assert.equal(isIgnored(path.join(root, 'desk/archive/2019/x.md'), desk), true);
  assert.equal(isIgnored(path.join(root, 'desk/metro/y.old.md'), desk), true);
  assert.equal(isIgnored(path.join(root, 'desk/metro/y.md'), desk), false);
  assert.equal(isIgnored(path.join(root, 'archive/y.md'), desk), false, 'outside the config folder');
  // --no-config, defaults and overrides.
  const none = loadConfigForFile(path.join(root, 'desk/b.md'), { noConfig: true, defaults: { rules: { 'quote-marks': 'off' } }, overrides: { rules: { 'title-case': 'error' } } });
  assert.equal(none.configFile, null);
  assert.equal(none.config.rules['quote-marks'].severity, 'off');
  assert.equal(none.config.rules['title-case'].severity, 'error');
  // --config overrides the search.
  const explicit = loadConfigForFile(path.join(root, 'desk/b.md'), { configPath: path.join(root, 'shared/base.json'), workspace: root });
  assert.equal(explicit.configFile, path.join(root, 'shared/base.json'));
  fs.rmSync(root, { recursive: true, force: true });
});

test('loader: bad files are errors naming the file', () => {
  const root = tmpdir();
  fs.writeFileSync(path.join(root, '.newslintrc.json'), '{"extends": ["./missing.json"]}');
  fs.mkdirSync(path.join(root, 'dir.json'));
  const cfg = path.join(root, '.newslintrc.json');
  throwsConfig(() => loadConfigForFile(path.join(root, 'a.md')), {
    message: `${cfg}:1:14: extends[0]: cannot extend "./missing.json": no such file (${path.join(root, 'missing.json')})`,
    file: cfg,
  });
  throwsConfig(() => loadConfigForFile(path.join(root, 'a.md'), { configPath: path.join(root, 'dir.json') }), {
    message: `${path.join(root, 'dir.json')}: is a directory, not a config file`,
  });
  throwsConfig(() => loadConfigForFile(path.join(root, 'a.md'), { configPath: path.join(root, 'nope.json') }), {
    message: `${path.join(root, 'nope.json')}: no such file`,
  });
  fs.writeFileSync(path.join(root, 'broken.json'), '{\n  "rules": {\n');
  fs.writeFileSync(cfg, '{"extends": ["./broken.json"]}');
  throwsConfig(() => loadConfigForFile(path.join(root, 'a.md')), {
    message: `${path.join(root, 'broken.json')}:3:1: invalid JSON: expected "}"`,
  });
  fs.rmSync(root, { recursive: true, force: true });
});

test('configSchema accepts what resolveConfig accepts and rejects what it rejects', () => {
  const ajv = new Ajv({ strict: false, allErrors: true });
  const validate = ajv.compile(configSchema());
  const good = [
    {},
    { $schema: './schema.json', extends: ['newslint:bbc', '../desk.json'], rules: { 'quote-marks': 'off', 'quote-attribution': ['error', { minWords: 1000 }] }, ignore: ['archive/**'], names: { 'Ada Quill': ['Ada Quil'] }, people: [{ name: 'Ada Quill', title: 'Mayor' }, { name: 'Ben Ortiz', noTitle: true }] },
  ];
  for (const raw of good) {
    assert.ok(validate(raw), JSON.stringify(validate.errors));
    resolveConfig([{ source: 'c.json', raw }], () => ({ source: 'desk.json', raw: {} }));
  }
  const bad = [
    { rule: {} },
    { rules: { nope: 'off' } },
    { rules: { 'quote-marks': 'warn' } },
    { extends: ['newslint:espn'] },
    { people: [{ title: 'Mayor' }] },
    { ignore: 'archive' },
    { rules: { 'quote-attribution': ['warning', { minWords: -5 }] } },
    { rules: { 'quote-attribution': ['warning', { minWords: 2.5 }] } },
  ];
  for (const raw of bad) {
    assert.equal(validate(raw), false, JSON.stringify(raw));
    assert.throws(() => resolveConfig([{ source: 'c.json', raw }]), ConfigError);
  }
});

test('loader: a config that is a device, a FIFO or over 1 MB is refused, never read', { timeout: 20_000 }, () => {
  const root = fs.realpathSync(tmpdir());
  const cfg = path.join(root, '.newslintrc.json');
  const draft = path.join(root, 'a.md');
  const opts = { workspace: root };
  fs.symlinkSync('/dev/zero', cfg);
  throwsConfig(() => loadConfigForFile(draft, opts), {
    message: `${cfg}: is a device, not a config file; newslint reads configuration only from regular files`,
    file: cfg,
  });
  fs.rmSync(cfg);
  fs.writeFileSync(cfg, '{"extends": ["/dev/zero"]}');
  throwsConfig(() => loadConfigForFile(draft, { ...opts, allowExtendsOutside: true }), {
    message: `${cfg}:1:14: extends[0]: cannot extend "/dev/zero": is a device, not a config file; newslint reads configuration only from regular files (/dev/zero)`,
  });
  if (process.platform !== 'win32') {
    // Nobody ever writes to this pipe: a blocking open or read would hang here.
    execFileSync('mkfifo', [path.join(root, 'pipe.json')]);
    fs.writeFileSync(cfg, '{"extends": ["./pipe.json"]}');
    throwsConfig(() => loadConfigForFile(draft, opts), {
      message: `${cfg}:1:14: extends[0]: cannot extend "./pipe.json": is a named pipe (FIFO), not a config file; newslint reads configuration only from regular files (${path.join(root, 'pipe.json')})`,
    });
  }
  fs.writeFileSync(path.join(root, 'big.json'), `{"rules": {}}${' '.repeat(MAX_CONFIG_BYTES)}`);
  fs.writeFileSync(cfg, '{"extends": ["./big.json"]}');
  throwsConfig(() => loadConfigForFile(draft, opts), {
    message: `${cfg}:1:14: extends[0]: cannot extend "./big.json": is larger than 1 MB, too large for a config file (${path.join(root, 'big.json')})`,
  });
  // A file that reports no size (as in /proc) is still read no further than the limit.
  if (fs.existsSync('/proc/self/environ')) {
    assert.throws(() => readConfigText('/proc/self/environ', 8), { message: '/proc/self/environ: is larger than 8 bytes, too large for a config file' });
  }
  fs.rmSync(root, { recursive: true, force: true });
});

test('loader: extends stays inside the project unless allowed; a file that is no config is never echoed', () => {
  const home = fs.realpathSync(tmpdir());
  const repo = path.join(home, 'repo');
  fs.mkdirSync(path.join(repo, '.git'), { recursive: true });
  fs.mkdirSync(path.join(repo, 'desk'));
  fs.mkdirSync(path.join(home, 'private'));
  const secret = path.join(home, 'private', 'secret.json');
  fs.writeFileSync(secret, '{"SECRET_TOKEN_abc123": "hunter2"}');
  fs.writeFileSync(path.join(repo, 'house.json'), '{"rules": {"title-case": "error"}}');
  const cfg = path.join(repo, 'desk', '.newslintrc.json');
  const draft = path.join(repo, 'desk', 'a.md');
  // Inside the repository (above the config's folder) is fine, wherever newslint runs.
  fs.writeFileSync(cfg, '{"extends": ["../house.json"]}');
  assert.equal(loadConfigForFile(draft, { workspace: path.join(repo, 'desk') }).config.rules['title-case'].severity, 'error');
  // Out of it, by ../ or by an absolute path: refused before reading, with the way to allow it.
  for (const spec of ['../../private/secret.json', secret]) {
    fs.writeFileSync(cfg, JSON.stringify({ extends: [spec] }));
    throwsConfig(() => loadConfigForFile(draft, { workspace: home, outsideHint: 'use --allow-extends-outside to read it' }), {
      message: `${cfg}:1:13: extends[0]: cannot extend ${JSON.stringify(spec)}: ${secret} is outside the project folder ${repo} (use --allow-extends-outside to read it)`,
    });
  }
  // A symbolic link inside the repository does not lead out of it.
  fs.symlinkSync(secret, path.join(repo, 'link.json'));
  fs.writeFileSync(cfg, '{"extends": ["../link.json"]}');
  assert.throws(() => loadConfigForFile(draft, {}), /is outside the project folder/);
  // Allowed, the file is read, but its content is not repeated: it is not a config.
  fs.writeFileSync(cfg, JSON.stringify({ extends: [secret] }));
  throwsConfig(() => loadConfigForFile(draft, { allowExtendsOutside: true }), {
    message: `${secret}: none of its keys is a newslint setting (extends, rules, ignore, names, people): this is not a newslint config file`,
  });
  fs.writeFileSync(secret, '"SECRET_TOKEN_abc123"');
  throwsConfig(() => loadConfigForFile(draft, { allowExtendsOutside: true }), {
    message: `${secret}: expected a JSON object at the top, not string`,
  });
  // Outside git the project is the workspace; without one, the config's own folder.
  fs.rmSync(path.join(repo, '.git'), { recursive: true });
  fs.writeFileSync(cfg, '{"extends": ["../house.json"]}');
  assert.equal(loadConfigForFile(draft, { workspace: repo }).config.rules['title-case'].severity, 'error');
  assert.throws(() => loadConfigForFile(draft, {}), new RegExp(`is outside the project folder ${path.join(repo, 'desk')} \\(`));
  fs.rmSync(home, { recursive: true, force: true });
});

test('a config nested too deeply is refused before parsing; long values are not repeated in full', () => {
  const deep = `{"names": ${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
  throwsConfig(() => parseConfigText('c.json', deep), { message: 'c.json:1:74: nested more than 64 levels deep; not a config file' });
  // Brackets inside strings and comments do not count.
  assert.doesNotThrow(() => parseConfigText('c.json', `{"ignore": ["${'['.repeat(100)}"] /* ${'{'.repeat(100)} */}`));
  const long = `{"names": "${'x'.repeat(100_000)}"}`;
  throwsConfig(() => resolveConfig([parseConfigText('c.json', long)]), {
    message: `c.json:1:11: names: expected an object {"Canonical Name": ["variant", …]}, not "${'x'.repeat(40)}…" (100000 characters)`,
  });
});
