import { errorLocation, type ReportedError } from '../errors.js';
import type { Finding } from '../rules/types.js';
import { displayPath, type Formatter } from './types.js';

/**
 * Checkstyle XML, which Jenkins, reviewdog and many CI dashboards read: one `<file>` for each article
 * with findings (or that could not be read), one `<error>` a finding, at its first location. An
 * unreadable article is reported at its line when known, else at line 0 (the whole file).
 *
 * @example
 * formatCheckstyle(results, { rulesMeta, cwd: process.cwd(), color: false });
 * // <checkstyle version="4.3">
 * //   <file name="news/a.txt">
 * //     <error line="4" column="12" severity="error" message="…" source="factlint.sum-mismatch"/>
 */
export const formatCheckstyle: Formatter = (results, options) => {
  const files = new Map<string, string[]>();
  const add = (id: string, entry: string) => {
    const name = displayPath(id, options);
    files.set(name, [...(files.get(name) ?? []), entry]);
  };
  for (const f of results.findings ?? []) add(f.locations[0]?.document ?? '', findingEntry(f));
  for (const e of results.errors) add(errorLocation(e).file, errorEntry(e));
  const blocks = [...files].map(([name, entries]) => [`  <file name="${escapeXml(name)}">`, ...entries, '  </file>'].join('\n'));
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<checkstyle version="4.3">', ...blocks, '</checkstyle>', ''].join('\n');
};

function findingEntry(f: Finding): string {
  const loc = f.locations[0];
  return entry(loc?.line ?? 0, loc?.column ?? 0, f.severity, f.message, `factlint.${f.ruleId}`);
}

const errorEntry = (e: ReportedError): string => entry(errorLocation(e).line ?? 0, 0, 'error', e.message, `factlint.${e.code}`);

const entry = (line: number, column: number, severity: string, message: string, source: string): string =>
  `    <error line="${line}" column="${column}" severity="${severity}" message="${escapeXml(message)}" source="${escapeXml(source)}"/>`;

// Characters XML 1.0 cannot hold at all, even as references: control characters and lone surrogates.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
// Line breaks and tabs as references, because parsers turn them into spaces in attribute values.
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

/**
 * Text for an XML attribute value.
 *
 * @example
 * escapeXml('"a" < b & c'); // '&quot;a&quot; &lt; b &amp; c'
 */
const escapeXml = (s: string): string => s.replace(NOT_XML, '').replace(/[&<>"'\t\n\r]/g, (ch) => ENTITY[ch] ?? ch);

