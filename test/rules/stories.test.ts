import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { parseTextDocument } from '../../src/document/parse-text.js';
import { checkDocument, startCorpus } from '../../src/pipeline.js';
import { formatStylish } from '../../src/report/stylish.js';
import { formatOptions } from '../helpers/report.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const read = (dir: string) =>
  readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.txt')).sort().map((f) => parseTextDocument(`${dir}/${f}`, readFileSync(join(ROOT, dir, f), 'utf8')));

function storiesOf(dirs: string[]) {
  const corpus = startCorpus({ groupByStory: true });
  for (const doc of dirs.flatMap(read)) corpus.add(doc, checkDocument(doc));
  return corpus.finish();
}

const name = (id: string) => id.split('/').at(-1);

// --group-by story: articles about the same events, in either language, are one story; another place
// or another period is another story.
test('the Rotterdam fire, the Limburg floods and the Idlib raids are three stories, across languages', () => {
  const { stories } = storiesOf(['test/fixtures/stories/rotterdam-fire', 'examples/limburg-floods', 'examples/idlib-raids']);
  const byFirst = new Map(stories!.map((s) => [name(s.documents[0]!), s]));
  expect(byFirst.get('en-2024-03-05-fire.txt')?.documents.map(name)).toEqual(['en-2024-03-05-fire.txt', 'en-2024-03-05-wrong.txt', 'nl-2024-03-04-brand.txt', 'nl-2024-03-06-concept.txt']);
  expect(byFirst.get('en-2024-03-05-fire.txt')?.about).toEqual(['deaths in rotterdam']);
  // Last year's fire (another period) and the fire in Antwerp (another place) are stories of their own.
  expect(byFirst.get('en-2024-03-05-last-year.txt')?.documents).toHaveLength(1);
  expect(byFirst.get('nl-2024-03-05-antwerpen.txt')?.documents).toHaveLength(1);
  const floods = stories!.find((s) => s.documents.includes('examples/limburg-floods/nl.txt'))!;
  expect(floods.documents).toContain('examples/limburg-floods/en.txt');
  expect(floods.documents.some((id) => id.startsWith('examples/idlib-raids/'))).toBe(false);
  expect(stories!.map((s) => s.id)).toEqual(stories!.map((_, i) => `story-${i + 1}`));
});

test('stylish output groups the findings under their story', () => {
  const results = storiesOf(['test/fixtures/stories/rotterdam-fire']);
  const out = formatStylish(results, formatOptions);
  expect(out).toMatch(/^story-1: 4 articles — deaths in rotterdam$/m);
  expect(out.indexOf('story-1:')).toBeLessThan(out.indexOf('cross-article-conflict'));
});

test('without --group-by there are no stories in the results', () => {
  const corpus = startCorpus();
  for (const doc of read('examples/idlib-raids')) corpus.add(doc, checkDocument(doc));
  expect(corpus.finish().stories).toBeUndefined();
});
