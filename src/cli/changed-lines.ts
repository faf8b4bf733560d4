import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ConfigError } from '../errors.js';
import type { Finding } from '../rules/types.js';

/**
 * `--changed-since REV`: keeps the findings whose first location is on a line added or changed since
 * the git revision (for pull requests). A file git does not track yet counts as changed throughout;
 * articles that are not files (standard input, JSONL lines) are kept.
 */
export function keepChangedSince(rev: string, findings: readonly Finding[]): Finding[] {
  const changed = new Map<string, Set<number> | 'all'>();
  const linesOf = (document: string): Set<number> | 'all' => {
    const path = resolve(document);
    let lines = changed.get(path);
    if (!lines) {
      lines = existsSync(path) ? changedLines(rev, path) : 'all';
      changed.set(path, lines);
    }
    return lines;
  };
  return findings.filter((f) => {
    const at = f.locations[0];
    if (!at) return true;
    const lines = linesOf(at.document);
    return lines === 'all' || lines.has(at.line);
  });
}

function git(cwd: string, args: string[]): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim();
    throw new ConfigError(`--changed-since: git ${args.join(' ')} failed${stderr ? `: ${stderr.split('\n')[0]}` : ''}`);
  }
}

function changedLines(rev: string, path: string): Set<number> | 'all' {
  const cwd = dirname(path);
  if (git(cwd, ['status', '--porcelain', '--', path]).startsWith('??')) return 'all';
  const lines = new Set<number>();
  for (const m of git(cwd, ['diff', '--unified=0', '--no-color', '--no-ext-diff', rev, '--', path]).matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) {
    const first = Number(m[1]);
    const count = m[2] === undefined ? 1 : Number(m[2]);
    for (let l = first; l < first + count; l++) lines.add(l);
  }
  return lines;
}
