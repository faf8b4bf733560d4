import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadDocuments } from '../../src/document/load.js';
import type { Loaded } from '../../src/document/parse-jsonl.js';

async function load(paths: string[], stdin?: string): Promise<Loaded[]> {
  const out: Loaded[] = [];
  const options = stdin === undefined ? {} : { readStdin: async () => Buffer.from(stdin) };
  for await (const item of loadDocuments(paths, options)) out.push(item);
  return out;
}

const ids = (items: Loaded[]) => items.map((i) => ('document' in i ? i.document.id : `ERROR ${i.error.message}`));

describe('loadDocuments', () => {
  const dir = mkdtempSync(join(tmpdir(), 'factlint-load-'));
  mkdirSync(join(dir, 'nested'));
  writeFileSync(join(dir, 'b.txt'), 'date 2020-06\nDe raids vonden woensdag plaats.');
  writeFileSync(join(dir, 'nested', 'a.txt'), 'The raids took place on Wednesday.');
  writeFileSync(join(dir, 'notes.md.bak'), 'ignored');
  writeFileSync(
    join(dir, 'corpus.jsonl'),
    [
      JSON.stringify({ id: 'one', text: 'In Limburg kwamen 23 mensen om.', date: '2021-07-16', lang: 'nl' }),
      '{"id": "broken", "text": ',
      JSON.stringify({ id: 'three', text: 'Floods killed 23 people.' }),
      JSON.stringify({ id: 'four' }),
      '',
    ].join('\n'),
  );
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x66, 0x00, 0x01, 0x02]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x0a]));

  test('walks folders recursively in sorted order and reads JSONL one article a line', async () => {
    const items = await load([dir]);
    expect(ids(items)).toEqual([
      expect.stringMatching(/b\.txt$/),
      expect.stringMatching(/binary\.txt:1: looks like a binary file/),
      'one',
      expect.stringMatching(/corpus\.jsonl:2: not valid JSON/),
      'three',
      expect.stringMatching(/corpus\.jsonl:4: missing "text"/),
      expect.stringMatching(/latin1\.txt:1: is not valid UTF-8 text \(byte 0xe9 at offset 3; save it as UTF-8\)/),
      expect.stringMatching(/nested\/a\.txt$/),
    ]);
    const one = items[2]!;
    expect('document' in one && one.document).toMatchObject({ lang: 'nl', date: { value: '2021-07-16' } });
  });

  test('a path that does not exist is an error, and the others are still read', async () => {
    const items = await load(['/no/such/article.txt', join(dir, 'b.txt')]);
    expect(ids(items)).toEqual(['ERROR /no/such/article.txt: no such file or folder', join(dir, 'b.txt')]);
  });

  test('an empty folder says so', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'factlint-empty-'));
    expect(ids(await load([empty]))).toEqual([expect.stringMatching(/no articles found/)]);
  });

  test('"-" reads standard input', async () => {
    const items = await load(['-'], 'date 2024-03-05\nThe toll rose to 12.');
    expect(items[0]).toMatchObject({ document: { id: '<stdin>', date: { value: '2024-03-05' }, lang: 'en' } });
  });
});
