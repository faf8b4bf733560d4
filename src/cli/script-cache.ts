import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

/**
 * The first line the build writes into each file it bundles (scripts/stamp.mjs): a hash of the rest
 * of the file, so that a cache made from one build is never used for another. V8 itself checks only
 * the length of the source a code cache was made from.
 */
const STAMP = /^\/\/ factlint-build ([0-9a-f]{16,64})\r?\n/;

interface CompiledScript {
  script: Script;
  cacheFile: string;
}

type ModuleFunction = (exports: unknown, require: NodeJS.Require, module: object, filename: string, dirname: string) => void;
type CompileMethod = (this: { exports: unknown }, content: string, filename: string) => unknown;

/**
 * Runs the bundled scripts bin/run.js loads (the check/extract path, chrono's locales, mathjs) from a
 * V8 code cache, as the v8-compile-cache package does: Node 20's module loaders keep none, and parsing
 * and compiling factlint's and chrono's code was about a sixth of a one-article check. A file's cache
 * is written after the run (so that it holds the functions that run compiled lazily, not only the top
 * level) when there was none or V8 refused it, to a file named for the build's stamp, node's version
 * and V8 flags. A missing, stale, refused or unwritable cache only means compiling as node would.
 *
 * The build leaves a seed (dist/compile-cache, scripts/seed-cache.mjs): the cache of a check it runs
 * once, read when the user's folder has no file of its own, so that the first run after an install
 * starts as fast as the next. It is only read, never written.
 */
export class ScriptCache {
  private readonly pending: CompiledScript[] = [];

  /**
   * @param dir the folder for cache files; `null` compiles every script without a cache.
   * @param seed a folder of cache files to read when `dir` has none (the build's seed).
   */
  constructor(
    readonly dir: string | null,
    readonly seed: string | null = null,
  ) {}

  /** How many scripts ran without a usable cache: those save() writes. */
  get unsaved(): number {
    return this.pending.length;
  }

  /**
   * `require(filename)` for a CommonJS file, compiled through the cache. Its `module.importModule` is
   * `import()`, which a script compiled with node:vm cannot call on Node 20 without a flag.
   */
  require(filename: string): unknown {
    const module = { exports: {} as unknown, importModule: (specifier: string) => import(specifier) };
    const source = readFileSync(filename, 'utf8');
    const run = this.compile(source, filename) ?? (new Script(wrap(source), { filename }).runInThisContext() as ModuleFunction);
    run.call(module.exports, module.exports, createRequire(filename), module, filename, dirname(filename));
    return module.exports;
  }

  /**
   * Makes node's own `require` compile the stamped CommonJS files under `folder` through the cache
   * (chrono's locales and mathjs in dist/vendor/), keeping its module cache and everything else as is.
   */
  hookRequire(folder: string): void {
    const prefix = folder.endsWith(sep) ? folder : folder + sep;
    const proto = Module.prototype as unknown as { _compile: CompileMethod };
    const original = proto._compile;
    const cache = this;
    proto._compile = function (content, filename) {
      const run = filename.startsWith(prefix) ? cache.compile(content, filename) : null;
      if (!run) return original.call(this, content, filename);
      return run.call(this.exports, this.exports, createRequire(filename), this, filename, dirname(filename));
    };
  }

  /**
   * Writes the cache of each script compiled without a usable one, then drops the oldest caches of
   * the same script and runtime beyond the newest KEPT_BUILDS; errors leave it unwritten.
   */
  save(): void {
    for (const { script, cacheFile } of this.pending.splice(0)) {
      const temporary = `${cacheFile}.${process.pid}.tmp`;
      try {
        mkdirSync(dirname(cacheFile), { recursive: true });
        writeFileSync(temporary, script.createCachedData());
        renameSync(temporary, cacheFile); // whole or not at all, even with several runs at once
        pruneOlderBuilds(cacheFile);
      } catch {
        try {
          rmSync(temporary, { force: true });
        } catch {
          // the folder cannot be written at all
        }
      }
    }
  }

  private compile(source: string, filename: string): ModuleFunction | null {
    const stamp = STAMP.exec(source)?.[1];
    if (this.dir === null || stamp === undefined) return null;
    const name = `${basename(filename)}.${stamp.slice(0, 16)}.${runtimeKey()}.v8cache`;
    const cacheFile = join(this.dir, name);
    const cachedData = readIfAny(cacheFile) ?? (this.seed === null ? undefined : readIfAny(join(this.seed, name)));
    const script = new Script(wrap(source), { filename, cachedData });
    if (cachedData === undefined || script.cachedDataRejected === true) this.pending.push({ script, cacheFile });
    return script.runInThisContext() as ModuleFunction;
  }
}

function readIfAny(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/**
 * How many builds' caches of one script and runtime the folder keeps: one per build would make two
 * installs used in turn rewrite each other's cache on every run; without a limit the folder only grows.
 */
export const KEPT_BUILDS = 4;

/** Removes the caches of `cacheFile`'s script and runtime beyond the KEPT_BUILDS newest (by mtime). */
function pruneOlderBuilds(cacheFile: string): void {
  const dir = dirname(cacheFile);
  // "<file name>.<stamp>.<runtime key>.v8cache"; the file name has dots of its own ("fast-path.cjs").
  const parts = basename(cacheFile).slice(0, -'.v8cache'.length).split('.');
  const stampAt = parts.findIndex((p, i) => i > 0 && /^[0-9a-f]{16}$/.test(p));
  if (stampAt < 0) return;
  const prefix = `${parts.slice(0, stampAt).join('.')}.`;
  const suffix = `.${parts.slice(stampAt + 1).join('.')}.v8cache`;
  const builds = readdirSync(dir)
    .filter((f) => f.startsWith(prefix) && f.endsWith(suffix) && /^[0-9a-f]{16}$/.test(f.slice(prefix.length, f.length - suffix.length)))
    .map((f) => ({ file: join(dir, f), mtime: statSync(join(dir, f)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const { file } of builds.slice(KEPT_BUILDS)) rmSync(file, { force: true });
}

/**
 * Where the cache lives: `$FACTLINT_COMPILE_CACHE` if set (`0` or empty turns it off), else
 * factlint/compile-cache in the user's cache folder (`$XDG_CACHE_HOME`, `%LOCALAPPDATA%`, ~/.cache).
 */
export function compileCacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  const setting = env.FACTLINT_COMPILE_CACHE;
  if (setting !== undefined) return setting === '' || setting === '0' ? null : setting;
  try {
    const base = env.XDG_CACHE_HOME || (process.platform === 'win32' ? env.LOCALAPPDATA : undefined) || join(homedir(), '.cache');
    return join(base, 'factlint', 'compile-cache');
  } catch {
    return null; // no home folder
  }
}

/** The build's seed of cache files in the package (dist/compile-cache). */
export const seedCacheDir = (): string => fileURLToPath(new URL('../compile-cache/', import.meta.url));

// CommonJS's module wrapper, as node's loader applies it.
const wrap = (source: string): string => `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;

/** Node's version and V8's flags, which a code cache must match (V8 refuses it otherwise). */
function runtimeKey(): string {
  const flags = `${process.execArgv.join(' ')}|${process.env.NODE_OPTIONS ?? ''}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < flags.length; i++) hash = Math.imul(hash ^ flags.charCodeAt(i), 0x01000193) >>> 0;
  return `${process.version}-${process.arch}-${hash.toString(16).padStart(8, '0')}`;
}
