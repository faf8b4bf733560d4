import { open, readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { FactlintError, InputError } from '../errors.js';
import { DEFAULT_MAX_DOCUMENT_SIZE, formatSize } from '../util/size.js';
import { parseJsonl, parseJsonlLine, type Loaded } from './parse-jsonl.js';
import { readLines } from './read-lines.js';
import { parseTextDocument } from './parse-text.js';
import type { DocumentOverrides } from './types.js';

/** Extensions read when walking a folder. */
export const ARTICLE_EXTENSIONS = ['.txt', '.jsonl', '.md', '.markdown', '.html', '.htm'] as const;

type Parser = typeof parseTextDocument;

/**
 * The parser for each kind of file, imported on first use (parse5 and mdast cost start-up time a
 * run over plain text need not pay); anything else given by name is read as plain text.
 */
const PARSERS: Record<string, () => Promise<Parser>> = {
  '.md': async () => (await import('./parse-markdown.js')).parseMarkdownDocument,
  '.markdown': async () => (await import('./parse-markdown.js')).parseMarkdownDocument,
  '.html': async () => (await import('./parse-html.js')).parseHtmlDocument,
  '.htm': async () => (await import('./parse-html.js')).parseHtmlDocument,
};
const SKIPPED_DIRS = new Set(['node_modules', '.git']);

export interface LoadOptions extends DocumentOverrides {
  /** Reads standard input for the path "-". */
  readStdin?: () => Promise<Buffer>;
  /**
   * The largest article read, in bytes (default 10 MB), or a function giving it per file (from the
   * config that applies there). A bigger file is refused unread; a JSONL corpus is read line by line
   * and the limit applies to each line. A ConfigError it throws stops loading.
   */
  maxSize?: number | ((path: string) => number);
}

/**
 * Every article behind the given paths, in order: files, folders (recursive, sorted) and "-".
 * An unreadable path yields an error and loading goes on with the next.
 */
export async function* loadDocuments(paths: readonly string[], options: LoadOptions = {}): AsyncGenerator<Loaded> {
  const limitFor = (path: string): number =>
    typeof options.maxSize === 'function' ? options.maxSize(path) : (options.maxSize ?? DEFAULT_MAX_DOCUMENT_SIZE);
  for (const path of paths) {
    if (path === '-') {
      const bytes = options.readStdin ? await options.readStdin() : Buffer.alloc(0);
      const limit = limitFor(path);
      if (bytes.length > limit) yield { error: tooBig('<stdin>', null, bytes.length, limit) };
      else yield* fromBytes('<stdin>', '-', bytes, options, parseTextDocument);
      continue;
    }
    let files: string[];
    try {
      files = await expand(path);
    } catch (error) {
      yield { error: toInputError(path, error) };
      continue;
    }
    if (files.length === 0) {
      yield { error: new InputError(path, null, `no articles found (looked for ${ARTICLE_EXTENSIONS.join(', ')})`) };
    }
    for (const file of files) {
      const limit = limitFor(file); // outside the try: a broken config is no input error
      try {
        if (extname(file).toLowerCase() === '.jsonl' && !(await startsUtf16(file))) {
          yield* jsonlLines(file, limit, options);
          continue;
        }
        const { size } = await stat(file);
        if (size > limit) {
          yield { error: tooBig(file, null, size, limit) };
          continue;
        }
        const parser = await (PARSERS[extname(file).toLowerCase()] ?? (async () => parseTextDocument))();
        yield* fromBytes(file, file, await readFile(file), options, parser);
      } catch (error) {
        yield { error: toInputError(file, error) };
      }
    }
  }
}

/**
 * The files behind the given paths, as `loadDocuments` will read them, without reading them: what a
 * run needs to find its configs before the first article comes. Paths that cannot be listed are
 * skipped here; loading reports them.
 */
export async function listArticleFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    if (path === '-') continue;
    try {
      files.push(...(await expand(path)));
    } catch {
      // reported when loaded
    }
  }
  return files;
}

/** A JSONL corpus, streamed: each line decoded and parsed on its own, the size limit per line. */
async function* jsonlLines(file: string, limit: number, overrides: DocumentOverrides): AsyncGenerator<Loaded> {
  const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  for await (const raw of readLines(file, limit)) {
    if ('tooLong' in raw) {
      yield { error: tooBig(file, raw.line, raw.tooLong, limit) };
      continue;
    }
    let text: string;
    try {
      text = utf8.decode(raw.bytes).trim();
    } catch {
      yield { error: new InputError(file, raw.line, 'is not valid UTF-8 text') };
      continue;
    }
    if (text === '') continue;
    try {
      yield { document: parseJsonlLine(file, raw.line, text, overrides) };
    } catch (error) {
      yield { error: toInputError(file, error) };
    }
  }
}

async function startsUtf16(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const { bytesRead, buffer } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    return bytesRead === 2 && ((buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff));
  } finally {
    await handle.close();
  }
}

const tooBig = (file: string, line: number | null, size: number, limit: number): InputError =>
  new InputError(
    file,
    line,
    `${line === null ? 'is' : 'this article is'} ${formatSize(size)}, over the ${formatSize(limit)} limit for one article; not checked (raise it with --max-size or maxDocumentSize in the config)`,
  );

function* fromBytes(id: string, path: string, bytes: Buffer, overrides: DocumentOverrides, parser: Parser): Generator<Loaded> {
  let text: string;
  try {
    text = decode(id, bytes);
  } catch (error) {
    yield { error: toInputError(id, error) };
    return;
  }
  if (extname(path).toLowerCase() === '.jsonl') {
    yield* parseJsonl(id, text, overrides);
    return;
  }
  try {
    yield { document: parser(id, text, overrides) };
  } catch (error) {
    yield { error: toInputError(id, error) };
  }
}

function decode(file: string, bytes: Buffer): string {
  const nul = bytes.indexOf(0);
  const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  if (utf16) return new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
  if (nul !== -1) throw new InputError(file, lineAt(bytes, nul), 'looks like a binary file (it contains NUL bytes)');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new InputError(file, lineAt(bytes, at), `is not valid UTF-8 text (byte 0x${(bytes[at] ?? 0).toString(16).padStart(2, '0')} at offset ${at}; save it as UTF-8)`);
  }
}

/** The offset of the first byte that does not decode: where the first U+FFFD appears that the file does not spell out. */
function firstInvalidUtf8(bytes: Buffer): number {
  const text = new TextDecoder('utf-8').decode(bytes);
  let byte = 0;
  let from = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) {
    byte += Buffer.byteLength(text.slice(from, i));
    from = i;
    if (!(bytes[byte] === 0xef && bytes[byte + 1] === 0xbf && bytes[byte + 2] === 0xbd)) return byte;
  }
  return 0;
}

const lineAt = (bytes: Buffer, offset: number): number => bytes.subarray(0, offset).toString('latin1').split('\n').length;

async function expand(path: string): Promise<string[]> {
  const info = await stat(path);
  if (!info.isDirectory()) return [path];
  const found: string[] = [];
  const entries = await readdir(path, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || SKIPPED_DIRS.has(entry.name)) continue;
    const full = join(path, entry.name);
    if (entry.isDirectory()) found.push(...(await expand(full)));
    else if ((ARTICLE_EXTENSIONS as readonly string[]).includes(extname(entry.name).toLowerCase())) found.push(full);
  }
  return found;
}

function toInputError(path: string, error: unknown): InputError {
  if (error instanceof InputError) return error;
  if (error instanceof FactlintError) return new InputError(path, null, error.message);
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new InputError(path, null, 'no such file or folder');
  if (code === 'EACCES') return new InputError(path, null, 'permission denied');
  if (code === 'EISDIR') return new InputError(path, null, 'is a folder');
  return new InputError(path, null, `cannot be read (${(error as Error).message})`);
}
