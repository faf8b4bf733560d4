import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { computeTable, render } from '../../scripts/case-fold-table.mjs';
import { grammarFor } from '../../src/extract/common/grammar.js';
import { LOCALES } from '../../src/extract/index.js';
import { foldText } from '../../src/util/case-fold.js';
import { foldSource } from '../../src/util/fold-source.js';
import { firstGroupMatcher, foldedRegExp } from '../../src/util/folded-regexp.js';
import { proseOf } from '../helpers/prose.js';

// The table is node's own /iu case folding: another node (ICU) may fold otherwise. Regenerate it with
// `node scripts/case-fold-table.mjs` when this fails.
test('the case-fold table is what this node folds', () => {
  const file = readFileSync(new URL('../../src/util/case-fold-table.ts', import.meta.url), 'utf8');
  const body = (text: string) => text.slice(text.indexOf('\n\n'));
  expect(body(render(computeTable()))).toBe(body(file));
}, 60_000);

test('every BMP character folds, code unit for code unit, to one /iu treats as the same', () => {
  const mismatches: string[] = [];
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const c = String.fromCharCode(code);
    // Alone and in a text that is folded code by code (İ forces that path).
    for (const folded of [foldText(`${c}a`), foldText(`İ${c}`)?.slice(1)]) {
      if (folded === null || folded === undefined || !new RegExp(`^\\u{${code.toString(16)}}$`, 'iu').test(folded[0]!)) mismatches.push(c);
    }
  }
  expect(mismatches).toEqual([]);
  expect(foldText('İstanbul ſtraat 3 K ΣΟΦΟΣ')).toBe('İstanbul straat 3 k ςοφος');
  expect(foldText('𐐀 Deseret')).toBeNull(); // a cased letter outside the BMP: the original regex runs
  expect(foldText('😀 Emoji')).toBe('😀 emoji');
});

const TRICKY = [
  'ſtraat K KELVIN İstanbul ıi DIT ẞ straße ΣΊΣΥΦΟΣ ς ͅ ι Ι ῾ ᾳ ǅ ǆ Ǆ ꭰ Ꭰ µ Μ',
  'TWEEËNVEERTIG DODEN, 3 MILJOEN EURO, ZEVENTIG JAAR OUD; vijfjarige; Jan (42); de burgemeester, 58, trad af',
  'Over 𐐀 THREE hundred AND twenty-One 😀 people, aged 5 To 9, ÉÉN op de DRIE',
];

// [source, flags]: the shapes our patterns use (classes, ranges, escapes, lookarounds, groups).
const SHAPES: [string, string][] = [
  [String.raw`(?<![\p{L}\p{N}-])(\d{1,3})\s*jaar(?![\p{L}])`, 'giu'],
  [String.raw`[a-z]+|[A-Z]+|[À-ÿ]+`, 'giu'],
  [String.raw`[^\p{L}\s]+`, 'giu'],
  [String.raw`\w+\b|\W+`, 'giu'],
  [String.raw`(?<cue>ſ|s|k)(?<n>[Ι-ι])?\k<cue>`, 'giu'],
  [String.raw`(d)(i)t\s+\1\2T`, 'iu'],
  [String.raw`\u00C9\u00e9N|één|[\u00c9-\u00cb]`, 'giu'],
  [String.raw`\p{Lu}\p{Ll}+|\p{Sc}\s?\d+`, 'giu'],
  [String.raw`[-a]|[a-]|[\-.]+`, 'giu'],
  [String.raw`kelvin|straße|strasse|ΣΟΦΟΣ|ςοφοσ`, 'iuy'],
];

const matchesOf = (re: { lastIndex: number; exec(t: string): RegExpExecArray | null; flags: string }, text: string) => {
  const out: unknown[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push([m.index, [...m], m.groups ? { ...m.groups } : undefined, re.lastIndex]);
    if (!re.flags.includes('g') && !re.flags.includes('y')) break;
    if (m[0].length === 0) re.lastIndex += 1;
  }
  return out;
};

test.for(SHAPES)('%s /%s matches as the /iu original does', ([source, flags]) => {
  expect(foldSource(source)).not.toBeNull();
  for (const text of TRICKY) expect(matchesOf(foldedRegExp(source, flags), text)).toEqual(matchesOf(new RegExp(source, flags), text));
});

// The numeral grammar, the longest pattern that runs folded, over all our prose and the tricky texts.
test.for(['nl', 'en'] as const)('%s: the folded numeral grammar finds what the original finds', (lang) => {
  const { source } = grammarFor(LOCALES[lang]().lexicon).numeral;
  const folded = foldedRegExp(source, 'giu');
  const original = new RegExp(source, 'giu');
  expect(folded).not.toBeInstanceOf(RegExp);
  let matches = 0;
  for (const text of [...proseOf(lang), ...TRICKY, ...TRICKY.map((t) => t.toUpperCase())]) {
    const found = matchesOf(folded, text);
    matches += found.length;
    expect(found).toEqual(matchesOf(original, text));
  }
  expect(matches).toBeGreaterThan(1000);
});

// firstGroupMatcher folds the whole text once and runs on slices of the fold: a slice may start or end
// anywhere, inside a surrogate pair too, and a text with a cased letter outside the BMP runs unfolded.
const slicesOf = (text: string): [number, number][] => {
  const out: [number, number][] = [[0, text.length]];
  for (let from = 0; from < text.length; from += 3) for (const len of [1, 9, 40, 100]) out.push([from, Math.min(text.length, from + len)]);
  return out;
};

const GROUPED: [string, string][] = [
  ...SHAPES.filter(([source]) => source.includes('(')).map(([source, flags]): [string, string] => [source, flags.replace(/[gy]/g, '')]),
  [String.raw`(?<![\p{L}])(?:(doden|ΣΟΦΟΣ)|(straße|kelvin)|(istanbul|dit)(?:\s+[\p{L}\p{N}'’.,-]+){0,5}?\s+(t|af))(?![\p{L}])`, 'iu'],
];

test.for(GROUPED)('%s /%s: the first group on each slice of a text is the /iu original\'s', ([source, flags]) => {
  const original = new RegExp(source, flags);
  const groupOf = (m: RegExpExecArray | null) => (m ? m.slice(1).findIndex((g) => g !== undefined) : -1);
  let groups = 0;
  for (const text of [...TRICKY, TRICKY.join(' ').replace('𐐀', ''), TRICKY.join(' ').toUpperCase().replace('𐐀', '')]) {
    const matcher = firstGroupMatcher(source, flags);
    for (const [from, to] of slicesOf(text)) {
      const want = groupOf(original.exec(text.slice(from, to)));
      if (want >= 0) groups++;
      expect(matcher(text, from, to), `${from}-${to}`).toBe(want);
    }
  }
  if (source.includes('doden')) expect(groups).toBeGreaterThan(10); // the measure verbs' shape
});
