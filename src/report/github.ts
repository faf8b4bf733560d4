import { errorLocation, type ReportedError } from '../errors.js';
import type { Finding, Severity } from '../rules/types.js';
import { displayPath, type FormatOptions, type Formatter } from './types.js';
import { endOf } from './location.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

type Property = [name: string, value: string | number];

/**
 * GitHub Actions workflow commands, one line a finding, which the runner turns into annotations on
 * the pull request; then one `::error` line for each article that could not be checked. Nothing
 * else: no summary line. End columns are exclusive (the column after the span), as in SARIF.
 *
 * @example
 * formatGithub(results, { rulesMeta, cwd: process.cwd(), color: false });
 * // ::error file=news/a.txt,line=9,col=269,endLine=9,endColumn=278,title=part-exceeds-whole::"1.200.000" returned …
 * // ::error file=missing.txt::missing.txt: no such file or folder
 */
export const formatGithub: Formatter = (results, options) => {
  const lines = Array.from(results.findings ?? [], (f) => command(COMMAND[f.severity], findingProperties(f, options), f.message));
  for (const e of results.errors) lines.push(command('error', errorProperties(e, options), e.message));
  return lines.map((line) => `${line}\n`).join('');
};

function findingProperties(f: Finding, options: FormatOptions): Property[] {
  const loc = f.locations[0];
  if (!loc) return [['title', f.ruleId]];
  const end = endOf(loc);
  // GitHub drops columns on an annotation that spans lines, so they are given only on one line.
  const columns: Property[] = end.line === loc.line ? [['col', loc.column], ['endLine', end.line], ['endColumn', end.column]] : [['endLine', end.line]];
  return [['file', displayPath(loc.document, options)], ['line', loc.line], ...columns, ['title', f.ruleId]];
}

function errorProperties(e: ReportedError, options: FormatOptions): Property[] {
  const { file, line } = errorLocation(e);
  return [['file', displayPath(file, options)], ...(line === null ? [] : [['line', line] as Property])];
}

function command(name: string, properties: readonly Property[], message: string): string {
  const props = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

/**
 * A message as workflow command data: `%`, CR and LF are percent-encoded, so a message stays one line.
 *
 * @example
 * escapeData('50% up\nor not'); // '50%25 up%0Aor not'
 */
const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/**
 * A property value: as data, and `:` and `,` too, which would end the value.
 *
 * @example
 * escapeProperty('a,b:c'); // 'a%2Cb%3Ac'
 */
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');


