import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { factlintAsync as factlint, scratch } from '../helpers/cli.js';

/**
 * The bad-input catalogue (README, "Bad input"): every kind of broken input through the built CLI,
 * each beside a good article. Each gives a message naming the file (and line where there is one),
 * exit code 2, and the good article is still checked: its claims are in the report.
 */
const { dir, write } = scratch('factlint-bad-');
const GOOD = write('good.txt', 'date 2024-03-05\nOne million people fled their homes, and 120,000 of them have since returned.\n');
const TIMEOUT = 60_000;

interface Report {
  documents: { id: string; lang: string; date: string | null; claims: { text: string; line: number; column: number; start: number; end: number }[] }[];
  findings?: { ruleId: string; locations: { line: number; column: number; text: string }[] }[];
  errors?: { code: string; message: string }[];
}

/** Runs `factlint check --format json` and parses the report. */
async function check(paths: string[], extra: string[] = [], input?: string | Buffer) {
  const result = await factlint(['check', ...paths, '--format', 'json', ...extra], input === undefined ? {} : { input });
  const report = (result.stdout.trim() ? JSON.parse(result.stdout) : null) as Report | null;
  return { ...result, report, ids: report?.documents.map((d) => d.id) ?? [] };
}

/** The good article was checked in full: its two figures are in the report. */
function expectGoodChecked(report: Report | null) {
  const good = report?.documents.find((d) => d.id === GOOD);
  expect(good?.claims.map((c) => c.text)).toEqual(['One million', '120,000']);
}

const utf16 = (text: string, endian: 'le' | 'be'): Buffer => {
  const le = Buffer.from(text, 'utf16le');
  const body = endian === 'le' ? le : Buffer.from(le.map((_, i) => le[i % 2 === 0 ? i + 1 : i - 1]!));
  return Buffer.concat([Buffer.from(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
};

describe.concurrent('files that read as nothing: checked, no claims, exit 0', () => {
  const empty = write('empty.txt', '');
  const blank = write('blank.txt', ' \n\t\r\n  \u00a0\n');
  const run = check([empty, blank, GOOD]);

  test.for([
    ['an empty file', empty],
    ['only whitespace', blank],
  ])('%s', { timeout: TIMEOUT }, async ([, file]) => {
    const { code, report, ids, stderr } = await run;
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(ids).toEqual([empty, blank, GOOD]);
    expect(report?.documents.find((d) => d.id === file)?.claims).toEqual([]);
    expectGoodChecked(report);
  });
});

/**
 * Every bad or odd file in one run, each between good articles: one CLI start instead of one per entry
 * (each costs a second or more of CPU), and the strongest form of "every other article still checked".
 */
describe.concurrent('a mixed run: each bad file beside good ones', () => {
  const eolLines = ['date 2020-06', 'Een miljoen mensen moesten vluchten.', '', 'Volgens de VN keerden 1.200.000 onder hen terug.', ''];
  const bomText = 'date 2020-06\nEen miljoen mensen moesten vluchten. 1.200.000 onder hen keerden terug.\n';
  const line = (id: string, text: string) => JSON.stringify({ id, text, lang: 'en', date: '2024-03-05' });
  const files = {
    binary: write('photo.txt', Buffer.from([0x47, 0x49, 0x46, 0x0a, 0x38, 0x39, 0x00, 0xff, 0x00, 0x10])),
    latin1: write('latin1.txt', Buffer.concat([Buffer.from('date 2024-03-05\nIn Li'), Buffer.from([0xe8]), Buffer.from('ge kwamen 23 mensen om.\n')])),
    bomUtf8: write('bom-utf8.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(bomText)])),
    bomUtf16le: write('bom-utf16le.txt', utf16(bomText, 'le')),
    bomUtf16be: write('bom-utf16be.txt', utf16(bomText, 'be')),
    crlf: write('eol-crlf.txt', eolLines.join('\r\n')),
    cr: write('eol-cr.txt', eolLines.join('\r')),
    mixedEol: write('eol-mixed.txt', `${eolLines[0]}\r\n${eolLines[1]}\r\r${eolLines[3]}\n`),
    huge: join(dir, 'one-line.txt'),
    corpus: write('corpus.jsonl', [line('a', 'About 500 people died.'), '{"id": "b", "text": "unterminated', line('c', 'Some 20 people were hurt.'), '', '[1, 2]', line('e', '300 homes were flooded.')].join('\n')),
    corpusLatin1: write('latin1.jsonl', Buffer.concat([Buffer.from(`${line('f', 'About 500 people died.')}\n{"id": "g", "text": "Li`), Buffer.from([0xe8]), Buffer.from(`ge"}\n${line('h', '20 were hurt.')}\n`)])),
    frontMatter: write('front.md', '---\ntitle: Floods\ndate: [2021-07-16\nlang: en\n---\nAbout 500 people died.\n'),
    frontDate: write('front-date.md', '---\ndate: 2024-02-30\n---\nAbout 500 people died.\n'),
    noArticles: join(dir, 'no-articles'),
    missing: join(dir, 'no-such-article.txt'),
  };
  writeFileSync(files.huge, 'Ongeveer 500 doden. '.repeat(2.5 * 1024 * 1024)); // 50 MB, no line break
  mkdirSync(join(files.noArticles, 'images'), { recursive: true });
  writeFileSync(join(files.noArticles, 'images', 'photo.jpg'), 'x');
  writeFileSync(join(files.noArticles, 'notes.pdf'), 'x');
  const GOOD2 = write('good2.txt', 'date 2024-03-05\nAbout 40 people were hurt.\n');
  const paths = Object.values(files).flatMap((file) => [file, GOOD2]);
  const run = check([GOOD, ...paths]);

  /** The run exits 2, names the file (and line) as given, checks every readable article, and loses none. */
  async function expectRefused(message: string | RegExp, file: string) {
    const { code, stderr, report, ids } = await run;
    expect(code).toBe(2);
    if (typeof message === 'string') expect(stderr).toContain(`factlint: ${message}`);
    else expect(stderr).toMatch(message);
    expect(ids.filter((id) => id === GOOD2)).toHaveLength(Object.keys(files).length);
    expect(ids).not.toContain(file);
    expectGoodChecked(report);
  }

  const claimsOf = async (file: string) => (await run).report?.documents.find((d) => d.id === file)?.claims ?? [];

  test('binary data: named with the line of its first NUL byte', { timeout: TIMEOUT }, async () => {
    await expectRefused(`${files.binary}:2: looks like a binary file (it contains NUL bytes)`, files.binary);
  });

  test('invalid UTF-8 (a Latin-1 file): the line and byte of the first bad byte', { timeout: TIMEOUT }, async () => {
    await expectRefused(`${files.latin1}:2: is not valid UTF-8 text (byte 0xe8 at offset 21; save it as UTF-8)`, files.latin1);
  });

  test.for([
    ['UTF-8', files.bomUtf8],
    ['UTF-16 LE', files.bomUtf16le],
    ['UTF-16 BE', files.bomUtf16be],
  ])('a %s byte-order mark: decoded, its date line read, offsets into the text as read', { timeout: TIMEOUT }, async ([, file]) => {
    const { report } = await run;
    expect(report?.documents.find((d) => d.id === file)).toMatchObject({ lang: 'nl', date: '2020-06' });
    expect((await claimsOf(file!)).map((c) => [c.text, c.line, c.column])).toEqual([['Een miljoen', 2, 1], ['1.200.000', 2, 38]]);
    const finding = report?.findings?.find((f) => f.ruleId === 'part-exceeds-whole' && f.locations.some((l) => l.line === 2 && l.column === 38));
    expect(finding).toBeDefined();
  });

  test.for([
    ['CRLF', files.crlf, eolLines.join('\r\n')],
    ['a lone CR', files.cr, eolLines.join('\r')],
    ['mixed line ends', files.mixedEol, `${eolLines[0]}\r\n${eolLines[1]}\r\r${eolLines[3]}\n`],
  ])('%s: each counts as one line break for lines and columns', { timeout: TIMEOUT }, async ([, file, content]) => {
    const claims = await claimsOf(file!);
    expect(claims.map((c) => [c.text, c.line, c.column])).toEqual([['Een miljoen', 2, 1], ['1.200.000', 4, 23]]);
    for (const c of claims) expect(content!.slice(c.start, c.end)).toBe(c.text);
  });

  test('a 50 MB single line: refused unread by the default 10 MB limit', { timeout: TIMEOUT }, async () => {
    await expectRefused(`${files.huge}: is 50 MB, over the 10 MB limit for one article; not checked (raise it with --max-size or maxDocumentSize in the config)`, files.huge);
  });

  test('a JSONL corpus with broken lines: each line number reported, every other article checked', { timeout: TIMEOUT }, async () => {
    await expectRefused(`${files.corpus}:2: not valid JSON`, files.corpus);
    const { stderr, ids } = await run;
    expect(stderr).toContain(`${files.corpus}:5: each line must be a JSON object with "id" and "text"`);
    expect(ids).toEqual(expect.arrayContaining(['a', 'c', 'e']));
    expect(ids).not.toContain('b');
  });

  test('a JSONL line that is not UTF-8 names that line; the lines around it are read', { timeout: TIMEOUT }, async () => {
    await expectRefused(`${files.corpusLatin1}:2: is not valid UTF-8 text`, files.corpusLatin1);
    expect((await run).ids).toEqual(expect.arrayContaining(['f', 'h']));
  });

  test('broken YAML front matter: the file line, without the parser\'s own count', { timeout: TIMEOUT }, async () => {
    await expectRefused(new RegExp(`factlint: ${files.frontMatter}:\\d: front matter is not valid YAML: [^\\n]+`), files.frontMatter);
    expect((await run).stderr).not.toMatch(/at line \d+, column/);
  });

  test('an impossible date in front matter', { timeout: TIMEOUT }, async () => {
    await expectRefused(`${files.frontDate}:1: date "2024-02-30" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)`, files.frontDate);
  });

  test('a folder with nothing to check', { timeout: TIMEOUT }, async () => {
    await expectRefused(`${files.noArticles}: no articles found (looked for .txt, .jsonl, .md, .markdown, .html, .htm)`, files.noArticles);
  });

  test('a path that does not exist', { timeout: TIMEOUT }, async () => {
    await expectRefused(`${files.missing}: no such file or folder`, files.missing);
  });

  test('every problem is in the JSON report too, in the order met', { timeout: TIMEOUT }, async () => {
    const { report } = await run;
    const messages = report?.errors?.map((e) => e.message) ?? [];
    expect(messages).toHaveLength(10);
    expect(messages[0]).toContain(files.binary);
    expect(messages[messages.length - 1]).toContain(files.missing);
  });
});

describe.concurrent('size limits', () => {
  test('maxDocumentSize in the config sets the limit where the config applies; --max-size wins', { timeout: TIMEOUT }, async () => {
    const sub = join(dir, 'limited');
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, '.factlintrc.yaml'), 'maxDocumentSize: 60\n');
    const article = join(sub, 'article.txt');
    writeFileSync(article, 'date 2024-03-05\nAbout 500 people died in the floods, the authorities said on Monday.\n');
    const limited = await check([article, GOOD]);
    expect(limited.code).toBe(2);
    expect(limited.stderr).toContain(`${article}: is 85 bytes, over the 60 bytes limit for one article`);
    expectGoodChecked(limited.report);
    expect((await check([article, GOOD], ['--max-size', '1kB'])).ids).toEqual([article, GOOD]);
  });

  test('a --max-size that is not a size is a usage error', { timeout: TIMEOUT }, async () => {
    const bad = await factlint(['check', GOOD, '--max-size', 'huge']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--max-size "huge" is not a size');
  });

  test('standard input over the limit is refused too', { timeout: TIMEOUT }, async () => {
    const { code, stderr, ids } = await check(['-', GOOD], ['--max-size', '30', '--lang', 'en'], 'About 500 people died in the floods.');
    expect(code).toBe(2);
    expect(stderr).toContain('<stdin>: is 36 bytes, over the 30 bytes limit');
    expect(ids).toEqual([]); // GOOD is 98 bytes: over 30 as well
  });

  test('a JSONL corpus larger than the limit is read line by line; an article over it is refused with its line', { timeout: TIMEOUT }, async () => {
    const line = (id: string, text: string) => JSON.stringify({ id, text, lang: 'en', date: '2024-03-05' });
    const lines = Array.from({ length: 40 }, (_, i) => line(`a${i}`, `About ${i + 10} people died in the floods.`));
    lines.splice(20, 0, line('huge', 'The toll rose to 12. '.repeat(200)));
    const corpus = write('big.jsonl', `${lines.join('\r\n')}\r\n`);
    const { code, stderr, ids, report } = await check([corpus, GOOD], ['--max-size', '200']);
    expect(code).toBe(2);
    expect(stderr).toMatch(new RegExp(`${corpus}:21: this article is 4\\.\\d kB, over the 200 bytes limit`));
    expect(ids).toHaveLength(41);
    expect(ids).not.toContain('huge');
    expect(report?.documents.find((d) => d.id === 'a39')?.claims.map((c) => c.text)).toEqual(['49']);
    expectGoodChecked(report);
  });
});

describe.concurrent('flags and paths', () => {
  test('an unknown --lang: exit 2 and the languages there are', { timeout: TIMEOUT }, async () => {
    const { code, stderr } = await factlint(['check', GOOD, '--lang', 'fr']);
    expect(code).toBe(2);
    expect(stderr).toContain('Expected --lang=fr to be one of: nl, en');
  });

  test('an impossible --date (2024-02-30): exit 2 and how to write one', { timeout: TIMEOUT }, async () => {
    const { code, stderr, stdout } = await factlint(['check', GOOD, '--date', '2024-02-30']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('--date "2024-02-30" is not a date');
    expect(stderr).toContain('try: use YYYY, YYYY-MM or YYYY-MM-DD');
  });
});

/**
 * Config and rule files are the run's own settings, not articles: a mistake in one stops the run
 * before any article is checked (as in ESLint), with the file and line, and exit 2.
 */
describe.concurrent('config and rule files', () => {
  test.for([
    ['bad YAML', 'rules:\n  part-exceeds-whole: [error\n', /\.factlintrc\.yaml:3: not valid YAML/],
    ['an unknown key', 'rules:\n  part-exceeds-whole: error\nrulez: {}\n', /\.factlintrc\.yaml:3: unknown key "rulez"; expected one of: extends, rules, packs, overrides, maxDocumentSize/],
    ['an unknown rule', 'rules:\n  part-exceed-whole: error\n', /\.factlintrc\.yaml:2: unknown rule "part-exceed-whole"; did you mean "part-exceeds-whole"\?/],
    ['a bad maxDocumentSize', 'maxDocumentSize: lots\n', /\.factlintrc\.yaml:1: "maxDocumentSize" must be a size/],
  ])('a config file with %s', { timeout: TIMEOUT }, async ([name, yaml, message]) => {
    const sub = join(dir, `config-${String(name).replace(/\W/g, '-')}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, '.factlintrc.yaml'), yaml as string);
    const article = join(sub, 'a.txt');
    writeFileSync(article, 'About 500 people died.\n');
    const { code, stderr } = await factlint(['check', article, GOOD]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message as RegExp);
    expect(stderr).not.toContain('internal error');
  });

  test.for([
    ['bad YAML', 'id: x\nkind: [expression\n', /rules\/x\.yml:\d: not valid YAML/],
    ['an unknown key', 'id: x\nkind: expression\nmessage: m\nmeasures: [returned, displaced]\nexpression: returned <= displaced\nsevrity: error\n', /rules\/x\.yml:6: unknown key "sevrity"/],
    ['an escape from the sandbox', 'id: x\nkind: expression\nmessage: m\nmeasures: [returned, displaced]\nexpression: returned.constructor > 1\n', /rules\/x\.yml:5: property access is not allowed/],
    ['text in an expression', 'id: x\nkind: expression\nmessage: m\nmeasures: [returned, displaced]\nexpression: \'"a" == "a"\'\n', /rules\/x\.yml:5: only numbers and true\/false/],
  ])('a rule pack file with %s', { timeout: TIMEOUT }, async ([name, yaml, message]) => {
    const sub = join(dir, `pack-${String(name).replace(/\W/g, '-')}`);
    mkdirSync(join(sub, 'pack', 'rules'), { recursive: true });
    writeFileSync(join(sub, '.factlintrc.yaml'), 'packs: [pack]\n');
    writeFileSync(join(sub, 'pack', 'rules', 'x.yml'), yaml as string);
    const article = join(sub, 'a.txt');
    writeFileSync(article, 'About 500 people died.\n');
    const { code, stderr } = await factlint(['check', article, GOOD]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message as RegExp);
    expect(stderr).not.toContain('internal error');
  });
});
