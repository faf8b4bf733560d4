import { errorLocation } from '../errors.js';
import type { Finding } from '../rules/types.js';
import { displayPath, type FormatOptions, type Formatter } from './types.js';

interface Problem {
  message: string;
  type: string;
  text: string;
}

/** One test case: an article, or a path that could not be read. */
interface TestCase {
  classname: string;
  failures: Problem[];
  errors: Problem[];
  infos: string[];
}

/**
 * JUnit XML for CI test reports: one test case an article, failing with one `<failure>` for each
 * error or warning (info findings go to its `<system-out>`), and one test case with an `<error>` for
 * each article that could not be read. A test case counts once, as an error if it has one.
 *
 * @example
 * formatJunit(results, { rulesMeta, cwd: process.cwd(), color: false });
 * // <testsuites name="factlint" tests="2" failures="1" errors="1">
 * //   <testsuite name="factlint" tests="2" failures="1" errors="1">
 * //     <testcase classname="news/a.txt" name="factlint">
 * //       <failure message="…" type="sum-mismatch">news/a.txt:4:12 sum-mismatch …</failure>
 */
export const formatJunit: Formatter = (results, options) => {
  const cases = new Map<string, TestCase>();
  const caseOf = (id: string): TestCase => {
    let c = cases.get(id);
    if (!c) cases.set(id, (c = { classname: displayPath(id, options), failures: [], errors: [], infos: [] }));
    return c;
  };
  for (const { doc } of results.documents) caseOf(doc.id);
  for (const f of results.findings ?? []) {
    const c = caseOf(f.locations[0]?.document ?? '');
    if (f.severity === 'info') c.infos.push(line(f, options));
    else c.failures.push({ message: f.message, type: f.ruleId, text: line(f, options) });
  }
  for (const e of results.errors) {
    caseOf(errorLocation(e).file).errors.push({ message: e.message, type: e.code, text: e.message });
  }
  const all = [...cases.values()];
  const errors = all.filter((c) => c.errors.length > 0).length;
  const failures = all.filter((c) => c.errors.length === 0 && c.failures.length > 0).length;
  const counts = `tests="${all.length}" failures="${failures}" errors="${errors}"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="factlint" ${counts}>`,
    `  <testsuite name="factlint" ${counts}>`,
    ...all.map(testCase),
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
};

function testCase(c: TestCase): string {
  const open = `    <testcase classname="${escapeXml(c.classname, true)}" name="factlint"`;
  const body = [
    ...c.errors.map((p) => problem('error', p)),
    ...c.failures.map((p) => problem('failure', p)),
    ...(c.infos.length > 0 ? [`      <system-out>${escapeXml(c.infos.join('\n'))}</system-out>`] : []),
  ];
  return body.length === 0 ? `${open}/>` : [`${open}>`, ...body, '    </testcase>'].join('\n');
}

const problem = (tag: string, p: Problem): string =>
  `      <${tag} message="${escapeXml(p.message, true)}" type="${escapeXml(p.type, true)}">${escapeXml(p.text)}</${tag}>`;

/** "path:line:col rule message", as a CI log shows it. */
function line(f: Finding, options: FormatOptions): string {
  const loc = f.locations[0];
  const where = loc ? `${displayPath(loc.document, options)}:${loc.line}:${loc.column} ` : '';
  return `${where}${f.ruleId} ${f.message}`;
}

// Characters XML 1.0 cannot hold at all, even as references: control characters and lone surrogates.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

/**
 * Text for XML content or, with `attribute`, for an attribute value, where quotes are escaped too and
 * line breaks and tabs are written as references, because parsers would turn them into spaces.
 *
 * @example
 * escapeXml('"a" < b & c'); // '"a" &lt; b &amp; c'
 * escapeXml('"a" < b & c', true); // '&quot;a&quot; &lt; b &amp; c'
 */
const escapeXml = (s: string, attribute = false): string =>
  s.replace(NOT_XML, '').replace(attribute ? /[&<>"'\t\n\r]/g : /[&<>]/g, (ch) => ENTITY[ch] ?? ch);

