import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { KEPT_BUILDS, ScriptCache, compileCacheDir } from '../../src/cli/script-cache.js';
import { ROOT } from '../helpers/cli.js';

const work = mkdtempSync(join(tmpdir(), 'factlint-script-cache-'));
let files = 0;

/** A stamped CommonJS file (as the build writes them) whose exports show that it ran. */
function scriptFile(body = 'exports.answer = [1, 2, 3].map((n) => n * 14)[2]; exports.file = __filename;', stamp = 'a1b2c3d4e5f60718'): string {
  const dir = join(work, `s${files++}`);
  mkdirSync(dir);
  const file = join(dir, 'bundle.cjs');
  // Each file's source differs (by its number, of fixed width): V8 reuses a script it compiled already
  // in the same process from the same source, without looking at the cache.
  writeFileSync(file, `// factlint-build ${stamp}\n"use strict";\n${body} // ${String(files).padStart(4, '0')}\n`);
  return file;
}

const cacheFiles = (dir: string): string[] => {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
};

/**
 * `new ScriptCache(dir).require(file)` and `save()` in a process of its own, as bin/run.js runs them:
 * within one process V8 reuses a script it compiled from the same source, without looking at a cache.
 */
function isolated(dir: string, file: string, seed: string | null = null): { exports: unknown; rejected: boolean } {
  // A script file, not `-e`: node's flags (`process.execArgv`, part of a cache's key) would hold the script.
  const out = spawnSync(process.execPath, [ISOLATED, dir, file, seed ?? ''], { cwd: ROOT, encoding: 'utf8' });
  expect(out.status, out.stderr).toBe(0);
  return JSON.parse(out.stdout) as { exports: unknown; rejected: boolean };
}
const ISOLATED = join(work, 'isolated.mjs');
writeFileSync(
  ISOLATED,
  `const { ScriptCache } = await import(${JSON.stringify(join(ROOT, 'dist/cli/script-cache.js'))});
const [dir, file, seed] = process.argv.slice(2);
const cache = new ScriptCache(dir, seed || null);
const exports = cache.require(file);
const rejected = cache.unsaved > 0;
cache.save();
console.log(JSON.stringify({ exports, rejected }));`,
);

describe('ScriptCache', () => {
  test('a missing cache: the script runs, and save() writes one that the next run takes', () => {
    const file = scriptFile();
    const dir = join(work, 'cache-missing');
    expect(isolated(dir, file)).toEqual({ exports: { answer: 42, file }, rejected: true });
    const [name] = cacheFiles(dir);
    expect(cacheFiles(dir)).toHaveLength(1);
    expect(name).toMatch(/^bundle\.cjs\.a1b2c3d4e5f60718\.v\d+\.\d+\.\d+-\w+-[0-9a-f]{8}\.v8cache$/);
    const written = readFileSync(join(dir, name!));
    // The next run takes it and writes nothing.
    expect(isolated(dir, file)).toEqual({ exports: { answer: 42, file }, rejected: false });
    expect(cacheFiles(dir)).toEqual([name]);
    expect(readFileSync(join(dir, name!))).toEqual(written);
  });

  test.for([
    { name: 'garbage', corrupt: () => Buffer.from('not a code cache at all') },
    { name: 'truncated', corrupt: (valid: Buffer) => valid.subarray(0, valid.length >> 1) },
    { name: 'empty', corrupt: () => Buffer.alloc(0) },
  ])('a $name cache is refused: the script still runs, and save() replaces it', ({ corrupt }) => {
    const file = scriptFile();
    const dir = join(work, `cache-${files}`);
    isolated(dir, file);
    const [name] = cacheFiles(dir);
    const valid = readFileSync(join(dir, name!));
    writeFileSync(join(dir, name!), corrupt(valid));
    expect(isolated(dir, file)).toEqual({ exports: { answer: 42, file }, rejected: true });
    expect(cacheFiles(dir)).toEqual([name]);
    expect(readFileSync(join(dir, name!)).length).toBe(valid.length);
    expect(isolated(dir, file).rejected).toBe(false);
  });

  test('a cache made from another build is not looked at: each stamp has its own file', () => {
    const dir = join(work, 'cache-stamps');
    const before = new ScriptCache(dir);
    before.require(scriptFile('exports.answer = 1;', '1111111111111111'));
    before.save();
    const after = new ScriptCache(dir);
    // Same length as the first build, so V8's own check (the source's length) would not see it.
    expect(after.require(scriptFile('exports.answer = 2;', '2222222222222222'))).toEqual({ answer: 2 });
    after.save();
    expect(cacheFiles(dir).map((f) => f.split('.')[2]).sort()).toEqual(['1111111111111111', '2222222222222222']);
  });

  test('an unwritable cache folder, no folder, or a file without a stamp: runs without a cache', () => {
    const blocker = join(work, 'not-a-folder');
    writeFileSync(blocker, '');
    for (const dir of [join(blocker, 'cache'), null]) {
      const cache = new ScriptCache(dir);
      expect(cache.require(scriptFile())).toMatchObject({ answer: 42 });
      expect(() => cache.save()).not.toThrow();
    }
    const dir = join(work, 'cache-unstamped');
    const unstamped = join(work, 'unstamped.cjs');
    writeFileSync(unstamped, 'module.exports = { answer: 7 };');
    const cache = new ScriptCache(dir);
    expect(cache.require(unstamped)).toEqual({ answer: 7 });
    cache.save();
    expect(cacheFiles(dir)).toEqual([]);
  });

  test("the build's seed is read when the user's folder has no cache, and never written", () => {
    const file = scriptFile();
    const seed = join(work, 'seed-made');
    isolated(seed, file);
    const [name] = cacheFiles(seed);
    const seeded = readFileSync(join(seed, name!));
    // An empty user folder: the seed is taken, so there is nothing to write.
    const dir = join(work, 'seed-user');
    expect(isolated(dir, file, seed)).toEqual({ exports: { answer: 42, file }, rejected: false });
    expect(cacheFiles(dir)).toEqual([]);
    // A refused seed: the user's folder gets a cache of its own, the seed stays as it was.
    const badSeed = join(work, 'seed-bad');
    mkdirSync(badSeed);
    writeFileSync(join(badSeed, name!), 'not a code cache');
    expect(isolated(dir, file, badSeed).rejected).toBe(true);
    expect(cacheFiles(dir)).toEqual([name]);
    expect(readFileSync(join(badSeed, name!), 'utf8')).toBe('not a code cache');
    // The user's own cache comes first: the refused seed is not read any more.
    expect(isolated(dir, file, badSeed).rejected).toBe(false);
    expect(readFileSync(join(seed, name!))).toEqual(seeded);
  });

  test(`save() keeps the ${KEPT_BUILDS} newest builds' caches of a script and runtime, and no others of them`, () => {
    const dir = join(work, 'cache-prune');
    const made = join(work, 'cache-prune-made');
    const first = scriptFile('exports.answer = 1;', 'ffffffffffffffff');
    isolated(made, first);
    const [template] = cacheFiles(made);
    const [, , stamp, ...runtime] = template!.split('.');
    expect(stamp).toBe('ffffffffffffffff');
    mkdirSync(dir);
    // Older builds of the same script and runtime, oldest first; another script and another runtime.
    const older = Array.from({ length: KEPT_BUILDS + 2 }, (_, i) => `bundle.cjs.${String(i).repeat(16)}.${runtime.join('.')}`);
    const kept = [`other.cjs.${'0'.repeat(16)}.${runtime.join('.')}`, `bundle.cjs.${'0'.repeat(16)}.v0.0.0-x64-00000000.v8cache`];
    for (const [i, f] of [...older, ...kept].entries()) {
      copyFileSync(join(made, template!), join(dir, f));
      utimesSync(join(dir, f), 1_000_000 + i, 1_000_000 + i);
    }
    isolated(dir, scriptFile('exports.answer = 2;', 'eeeeeeeeeeeeeeee'));
    const newest = `bundle.cjs.eeeeeeeeeeeeeeee.${runtime.join('.')}`;
    expect(cacheFiles(dir).sort()).toEqual([newest, ...older.slice(-(KEPT_BUILDS - 1)), ...kept].sort());
  });

  test('hookRequire compiles only the stamped files of its folder through the cache, keeping require as it is', async () => {
    const vendor = join(work, 'vendor');
    mkdirSync(vendor);
    writeFileSync(join(vendor, 'lib.cjs'), `// factlint-build 0123456789abcdef\nmodule.exports = { twice: (n) => 2 * n, dir: __dirname };\n`);
    const dir = join(work, 'cache-hook');
    const script = `const { ScriptCache } = await import(${JSON.stringify(join(ROOT, 'dist/cli/script-cache.js'))});
const { createRequire } = await import('node:module');
const cache = new ScriptCache(${JSON.stringify(dir)});
cache.hookRequire(${JSON.stringify(vendor)});
const req = createRequire(${JSON.stringify(join(work, 'x.js'))});
const lib = req(${JSON.stringify(join(vendor, 'lib.cjs'))});
console.log(JSON.stringify([lib.twice(21), lib.dir, lib === req(${JSON.stringify(join(vendor, 'lib.cjs'))})]));
cache.save();`;
    for (let run = 0; run < 2; run++) {
      const out = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
      expect(out.status, out.stderr).toBe(0);
      expect(JSON.parse(out.stdout)).toEqual([42, vendor, true]);
      expect(cacheFiles(dir)).toHaveLength(1);
    }
  });
});

describe('compileCacheDir', () => {
  test.for([
    { env: { FACTLINT_COMPILE_CACHE: '/x/cache' }, want: '/x/cache' },
    { env: { FACTLINT_COMPILE_CACHE: '0', XDG_CACHE_HOME: '/x' }, want: null },
    { env: { FACTLINT_COMPILE_CACHE: '' }, want: null },
    { env: { XDG_CACHE_HOME: '/x' }, want: join('/x', 'factlint', 'compile-cache') },
  ])('$env', ({ env, want }) => {
    expect(compileCacheDir(env)).toBe(want);
  });
});

// What a user runs: bin/run.js with the flags of its first line. The cache changes nothing but time.
describe('the CLI with a compile cache', () => {
  const flags = readFileSync(join(ROOT, 'bin/run.js'), 'utf8').split('\n')[0]!.split(/\s+/).filter((w) => w.startsWith('--'));
  const article = join(ROOT, 'examples');
  const run = (cache: string, ...args: string[]) =>
    spawnSync(process.execPath, [...flags, join(ROOT, 'bin/run.js'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', FACTLINT_COMPILE_CACHE: cache } });

  test("starts from the build's seed, replaces a refused cache with its own, and every run reports the same as without one", () => {
    const dir = join(work, 'cli-cache');
    const args = ['check', article, '--format', 'json'];
    const without = run('0', ...args);
    expect(without.status, without.stderr).not.toBe(2);
    // The seed holds English and Dutch: the first run writes nothing of its own for them.
    const first = run(dir, ...args);
    expect(cacheFiles(dir).filter((n) => /^(?:fast-path|chrono-)/.test(n))).toEqual([]);
    // The seed's files, refused in the user's folder: the run writes its own in their place.
    const seeded = cacheFiles(join(ROOT, 'dist/compile-cache'));
    expect(seeded.some((n) => n.startsWith('fast-path.cjs.'))).toBe(true);
    expect(seeded.filter((n) => n.startsWith('chrono-'))).toHaveLength(2);
    mkdirSync(dir, { recursive: true });
    for (const name of seeded) writeFileSync(join(dir, name), 'stale');
    const stale = run(dir, ...args);
    for (const name of seeded) expect(readFileSync(join(dir, name)).length).toBeGreaterThan(1000);
    const own = run(dir, ...args);
    for (const r of [first, stale, own]) {
      expect(r.status).toBe(without.status);
      expect(r.stdout).toBe(without.stdout);
      expect(r.stderr).toBe(without.stderr);
    }
  });

  test("the first run after a build starts from the build's seed: an English and a Dutch check write nothing of theirs", () => {
    const dir = join(work, 'cli-seeded');
    const r = run(dir, 'check', join(article, 'limburg-floods', 'nl.txt'), join(article, 'idlib-raids', 'en.txt'));
    expect(r.status, r.stderr).not.toBe(2);
    expect(cacheFiles(dir).filter((n) => /^(?:fast-path|chrono-)/.test(n))).toEqual([]);
  });
});
