#!/usr/bin/env node
// npm run score:peers — factlint's extractor (dist/) over the Recognizers-Text spec cases: pass rate
// per suite and language, with and without the reviewed exclusions (test/peers/exclusions.yml), the
// plain-date subset and a plain chrono-node baseline for datetime. Failures go to scores/peers-failures.txt.
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseTextDocument } from '../dist/document/parse-text.js';
import { parseReferenceDate } from '../dist/document/reference-date.js';
import { extractClaims } from '../dist/extract/engine.js';
import { hasPeerSuites, loadCases, loadExclusions, ROOT } from './peers/load.mjs';
import { chronoClaims, dayFirstCase, rate, refDay, scoreAll } from './peers/score.mjs';

if (!hasPeerSuites()) {
  console.error('score:peers: ../shared/peer-suites/recognizers not found');
  process.exit(2);
}

/**
 * factlint's claims for one case: its input as a plain-text article in its language, dated by its `ref`,
 * with digit dates day first for a British case (as an article's `lang: en-GB` says).
 */
export function factlintClaims(testCase) {
  const day = refDay(testCase);
  const date = day ? (parseReferenceDate(day) ?? undefined) : undefined;
  const doc = parseTextDocument(`${testCase.id}.txt`, testCase.input, { lang: testCase.lang, ...(date ? { date } : {}), ...(dayFirstCase(testCase) ? { dayFirst: true } : {}) });
  return extractClaims(doc);
}

const cases = loadCases();
const exclusions = loadExclusions();
const ours = scoreAll(cases, factlintClaims, exclusions);
const chrono = scoreAll(cases.filter((c) => c.model === 'DateTimeModel'), chronoClaims, exclusions);

const pct = (p, t) => (t === 0 ? '   -  ' : `${rate(p, t).toFixed(1).padStart(5)}%`);
const lines = [];
lines.push('suite        lang  cases  pass    rate | excl  kept  pass    rate');
for (const t of ours.tallies) {
  lines.push(
    `${t.suite.padEnd(12)} ${t.lang.padEnd(4)} ${String(t.total).padStart(6)} ${String(t.pass).padStart(5)} ${pct(t.pass, t.total)} |` +
      ` ${String(t.excluded).padStart(4)} ${String(t.kept).padStart(5)} ${String(t.keptPass).padStart(5)} ${pct(t.keptPass, t.kept)}`,
  );
}
lines.push('', 'datetime      lang  whole suite       plain-date subset   (without exclusions → with)');
for (const t of ours.tallies.filter((x) => x.suite === 'datetime')) {
  const c = chrono.tallies.find((x) => x.lang === t.lang);
  lines.push(`  factlint    ${t.lang.padEnd(4)}  ${pct(t.pass, t.total)} → ${pct(t.keptPass, t.kept)}   ${pct(t.plainPass, t.plain)} → ${pct(t.plainKeptPass, t.plainKept)}   (${t.plain} plain-date cases, ${t.plain - t.plainKept} excluded)`);
  if (c) lines.push(`  plain chrono ${c.lang.padEnd(4)} ${pct(c.pass, c.total)} → ${pct(c.keptPass, c.kept)}   ${pct(c.plainPass, c.plain)} → ${pct(c.plainKeptPass, c.plainKept)}`);
}
const excluded = ours.tallies.reduce((n, t) => n + t.excluded, 0);
lines.push('', `${excluded} of ${cases.length} cases excluded (test/peers/exclusions.yml); ${ours.failures.length} failures among the rest.`);
console.log(lines.join('\n'));

mkdirSync(`${ROOT}scores`, { recursive: true });
const show = (c) => `${c.kind} ${JSON.stringify(c.text)}@${c.start} = ${JSON.stringify(c.value)}${c.qualifier && c.qualifier !== 'exact' ? ` (${c.qualifier} ${c.low}..${c.high})` : ''}${c.unit ? ` ${c.unit}` : ''}${c.measure ? ` [${c.measure}]` : ''}`;
const report = ours.failures.map(({ testCase, got, missing }) =>
  [
    `${testCase.id}${testCase.ref ? `  ref ${testCase.ref}` : ''}`,
    `  input:    ${JSON.stringify(testCase.input)}`,
    `  expected: ${testCase.expected.length === 0 ? '(nothing)' : testCase.expected.map((e) => `${JSON.stringify(e.text)}@${e.start} = ${JSON.stringify(e.value)}`).join('; ')}`,
    ...(missing.length ? [`  missing:  ${missing.map((e) => JSON.stringify(e.text)).join(', ')}`] : []),
    `  got:      ${got.length === 0 ? '(nothing)' : got.map(show).join('; ')}`,
  ].join('\n'),
);
const path = `${ROOT}scores/peers-failures.txt`;
writeFileSync(path, `${report.join('\n\n')}\n`);
console.log(`Failures: ${path.slice(ROOT.length)}`);
