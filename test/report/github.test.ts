import { describe, expect, test } from 'vitest';
import { InputError, RuleCrash } from '../../src/errors.js';
import { formatGithub } from '../../src/report/github.js';
import type { RunResults } from '../../src/report/types.js';
import { exampleResults, formatOptions, at, finding } from '../helpers/report.js';

const results = exampleResults;
const options = formatOptions;

const github = (r: Partial<RunResults>, cwd = '/') => formatGithub({ documents: [], findings: [], errors: [], ...r }, { ...options, cwd });

describe('github', () => {
  test('matches the golden file', async () => {
    await expect(formatGithub(results, options)).toMatchFileSnapshot('./__snapshots__/github-check.txt');
  });

  test('one line a finding, then one an unreadable article, and nothing else', () => {
    const lines = formatGithub(results, options).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(results.findings!.length + 1);
    for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) file=[^:]+::[^\n]+$/);
    expect(lines[0]).toBe(
      '::error file=examples/idlib-raids/defects/nl-part-exceeds-whole.txt,line=9,col=269,endLine=9,endColumn=278,title=part-exceeds-whole::'
      + '"1.200.000" returned (line 9) is more than the "Een miljoen" displaced (line 9) it is part of.',
    );
    expect(lines.at(-1)).toBe('::error file=missing.txt::missing.txt: no such file or folder');
  });

  test('nothing to report: no output at all', () => {
    expect(github({})).toBe('');
    expect(github({ findings: null })).toBe('');
  });

  test.each([
    ['error', '::error '],
    ['warning', '::warning '],
    ['info', '::notice '],
  ] as const)('a finding at %s is a %s command', (severity, prefix) => {
    expect(github({ findings: [finding([at('a.txt', 1, 1, '12')], { severity })] })).toMatch(new RegExp(`^${prefix}`));
  });

  test.each([
    ['% and line breaks are encoded', 'Up 50%\r\nthen 60%', 'Up 50%25%0D%0Athen 60%25'],
    ['commas and colons stay as they are', 'Ratio 2:1, not 3:1', 'Ratio 2:1, not 3:1'],
    ['an escape is not read twice', '%0A is not a line break', '%250A is not a line break'],
  ])('the message: %s', (_name, message, escaped) => {
    expect(github({ findings: [finding([at('a.txt', 1, 1, '12')], { message })] })).toBe(`::error file=a.txt,line=1,col=1,endLine=1,endColumn=3,title=sum-mismatch::${escaped}\n`);
  });

  test('properties also encode commas and colons, which would end them', () => {
    const out = github({ findings: [finding([at('news/a,b:c%\n.txt', 1, 1, '12')], { ruleId: 'pack:odd,rule' })] });
    expect(out).toBe('::error file=news/a%2Cb%3Ac%25%0A.txt,line=1,col=1,endLine=1,endColumn=3,title=pack%3Aodd%2Crule::The parts add up to 12, not 10.\n');
  });

  test.each([
    ['one line: the end column is exclusive', at('a.txt', 4, 7, '1.200.000'), 'line=4,col=7,endLine=4,endColumn=16'],
    ['across lines: no columns, which GitHub would drop', at('a.txt', 2, 5, 'one\ntwo'), 'line=2,endLine=3'],
    ['an empty span', at('a.txt', 2, 5, ''), 'line=2,col=5,endLine=2,endColumn=5'],
  ])('positions: %s', (_name, loc, position) => {
    expect(github({ findings: [finding([loc])] })).toBe(`::error file=a.txt,${position},title=sum-mismatch::The parts add up to 12, not 10.\n`);
  });

  test('paths are relative to cwd; only the first location is annotated', () => {
    const out = github({ findings: [finding([at('/work/news/a.txt', 1, 1, '12'), at('/work/news/b.txt', 5, 1, '10')])] }, '/work');
    expect(out).toMatch(/^::error file=news\/a\.txt,line=1,/);
    expect(out).not.toContain('b.txt');
  });

  test('errors name the file, and the line when known', () => {
    const errors = [new InputError('/work/corpus.jsonl', 3, 'not valid JSON'), new RuleCrash('sum-mismatch', 'news/a.txt', new Error('boom'))];
    expect(github({ errors }, '/work')).toBe(
      '::error file=corpus.jsonl,line=3::/work/corpus.jsonl:3: not valid JSON\n'
      + '::error file=news/a.txt::rule sum-mismatch crashed on news/a.txt: boom\n',
    );
  });
});
