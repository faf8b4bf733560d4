import { InputError } from '../errors.js';
import { yaml as yamlParser } from '../util/yaml.js';
import { detectLang } from './detect-lang.js';
import { ProseBuilder } from './prose.js';
import { parseReferenceDate } from './reference-date.js';
import { LANGS, type Document, type DocumentOverrides, type Lang, type ReferenceDate } from './types.js';

/** Metadata an article may carry ahead of its text. */
export interface ArticleMeta {
  date?: string;
  lang?: string;
  title?: string;
  source?: string;
  id?: string;
}

// "date 2020-06" opening the file, possibly on the same line as the first sentence.
const DATE_LINE = /^\s*date[ \t]+(\d{4}-\d{2}(?:-\d{2})?)(?=\s|$)\s*/i;
const FRONT_MATTER = /^(?:\uFEFF)?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)\s*/;

/** Splits the metadata (front matter or a date line) from the text, keeping offsets unshifted. */
export function readHeader(path: string, text: string): { meta: ArticleMeta; bodyStart: number } {
  const front = FRONT_MATTER.exec(text);
  if (front) return { meta: parseFrontMatter(path, front[1] ?? ''), bodyStart: front[0].length };
  const dateLine = DATE_LINE.exec(text);
  if (dateLine) return { meta: { date: dateLine[1] }, bodyStart: dateLine[0].length };
  return { meta: {}, bodyStart: 0 };
}

function parseFrontMatter(path: string, yaml: string): ArticleMeta {
  let data: unknown;
  try {
    data = yamlParser().parse(yaml);
  } catch (error) {
    if (error instanceof yamlParser().YAMLParseError) {
      // +1: the front matter starts on the line after the opening ---.
      const line = (error.linePos?.[0].line ?? 0) + 1;
      // The parser's own "at line 2, column 1" counts inside the front matter: the file line says it.
      const reason = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
      throw new InputError(path, line, `front matter is not valid YAML: ${reason}`);
    }
    throw error;
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new InputError(path, 2, 'front matter must be a YAML mapping');
  const meta: ArticleMeta = {};
  for (const key of ['date', 'lang', 'title', 'source', 'id'] as const) {
    const value = (data as Record<string, unknown>)[key];
    if (value instanceof Date) meta[key] = value.toISOString().slice(0, 10);
    else if (value !== undefined && value !== null) meta[key] = String(value);
  }
  return meta;
}

/** English of the regions that write digit dates day first ("en-GB", "en_IE", "en-AU"). */
const DAY_FIRST_ENGLISH = /^en[-_](?:gb|uk|ie|au|nz|za|in)$/iu;

/** Turns metadata and overrides into the document's language and reference date. */
export function buildDocument(
  init: { id: string; path: string; text: string; prose?: string; bodyStart: number; line?: number },
  meta: ArticleMeta,
  overrides: DocumentOverrides,
): Document {
  const where = (key: string) => `${key} ${JSON.stringify(meta[key as keyof ArticleMeta])}`;
  let date: ReferenceDate | null = overrides.date ?? null;
  if (!date && meta.date !== undefined) {
    date = parseReferenceDate(meta.date);
    if (!date) throw new InputError(init.path, init.line ?? 1, `${where('date')} is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)`);
  }
  let lang: Lang | undefined = overrides.lang;
  if (!lang && meta.lang !== undefined) {
    const code = meta.lang.toLowerCase().slice(0, 2);
    if (!(LANGS as readonly string[]).includes(code)) {
      throw new InputError(init.path, init.line ?? 1, `${where('lang')} is not supported (expected one of: ${LANGS.join(', ')})`);
    }
    lang = code as Lang;
  }
  const dayFirst = overrides.dayFirst ?? (meta.lang !== undefined && DAY_FIRST_ENGLISH.test(meta.lang));
  return {
    id: meta.id ?? init.id,
    path: init.path,
    text: init.text,
    prose: init.prose ?? new ProseBuilder(init.text, true).blankComments().blankLinks().toString(),
    bodyStart: init.bodyStart,
    lang: lang ?? detectLang((init.prose ?? init.text).slice(init.bodyStart)),
    ...(dayFirst ? { dayFirst: true as const } : {}),
    date,
    ...(meta.title === undefined ? {} : { title: meta.title }),
    ...(meta.source === undefined ? {} : { source: meta.source }),
  };
}

/** A plain-text article: `date YYYY-MM[-DD]` line or YAML front matter, then the text. */
export function parseTextDocument(path: string, text: string, overrides: DocumentOverrides = {}): Document {
  const { meta, bodyStart } = readHeader(path, text);
  return buildDocument({ id: path, path, text, bodyStart }, meta, overrides);
}
