import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseTextDocument } from '../../src/document/parse-text.js';
import { parseReferenceDate } from '../../src/document/reference-date.js';
import type { Lang } from '../../src/document/types.js';
import { checkDocuments } from '../../src/pipeline.js';
import { BUILTIN_RULES } from '../../src/rules/builtin/index.js';

const EXAMPLE = /<!-- example: (hit|no-hit) (nl|en) date=([0-9,-]+) -->\n```text\n([\s\S]*?)\n```/g;

/**
 * Every built-in rule has a page under docs/rules/ with a Dutch and an English example of a hit and of
 * a non-hit; each example is run here with that rule alone. A block may hold several articles
 * separated by a line "---" (with `date=A,B` for their dates).
 */
describe.for([...new Set(BUILTIN_RULES.map((r) => r.meta.id))])('docs/rules/%s.md', (id) => {
  const page = new URL(`../../docs/rules/${id}.md`, import.meta.url);
  const rule = BUILTIN_RULES.find((r) => r.meta.id === id)!;
  const markdown = existsSync(page) ? readFileSync(page, 'utf8') : '';
  const examples = [...markdown.matchAll(EXAMPLE)].map(([, label, lang, dates, body]) => ({ label: label!, lang: lang as Lang, dates: dates!.split(','), body: body! }));

  test('has a hit and a non-hit in Dutch and in English', () => {
    expect(markdown.startsWith(`# ${id}\n`)).toBe(true);
    for (const label of ['hit', 'no-hit']) for (const lang of ['nl', 'en']) expect(examples.some((e) => e.label === label && e.lang === lang), `${label} ${lang}`).toBe(true);
  });

  test.for(examples.map((e, i) => ({ ...e, name: `${e.label} ${e.lang} #${i + 1}` })))('$name', ({ label, lang, dates, body }) => {
    const docs = body.split(/\n---\n/).map((text, i) => parseTextDocument(`doc${i + 1}.txt`, text, { lang, date: parseReferenceDate(dates[i] ?? dates[0]!)! }));
    const { findings, errors } = checkDocuments(docs, [], { rules: [rule] });
    expect(errors).toEqual([]);
    if (label === 'hit') expect(findings?.length).toBeGreaterThan(0);
    else expect(findings?.map((f) => f.message)).toEqual([]);
  });
});
