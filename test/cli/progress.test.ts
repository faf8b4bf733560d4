import { expect, test } from 'vitest';
import { progressBar } from '../../src/cli/progress.js';

const stream = (isTTY: boolean) => {
  const written: string[] = [];
  return { isTTY, written, write: (text: string) => written.push(text) };
};

test('draws on a terminal for long runs, and clears itself at the end', () => {
  const out = stream(true);
  const bar = progressBar(40, out, {})!;
  bar(10);
  bar(40);
  expect(out.written[0]).toBe(`\r[${'='.repeat(8)}${' '.repeat(22)}] 10/40 articles`);
  expect(out.written.at(-1)).toBe('\r\x1b[K');
});

test.for([
  ['not a terminal', stream(false), 40, {}],
  ['in CI', stream(true), 40, { CI: 'true' }],
  ['a short run', stream(true), 5, {}],
] as const)('no bar: %s', ([, out, total, env]) => {
  expect(progressBar(total, out, env)).toBeNull();
});

test('counts the articles of a stream of unknown length, and clears itself when told', () => {
  const out = stream(true);
  const bar = progressBar(null, out, {})!;
  bar(5);
  expect(out.written).toEqual([]); // short runs draw nothing
  bar(25);
  expect(out.written).toEqual(['\r25 articles']);
  bar.end();
  expect(out.written.at(-1)).toBe('\r\x1b[K');
});
