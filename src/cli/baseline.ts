import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Document } from '../document/types.js';
import { ConfigError } from '../errors.js';
import { fingerprint } from '../report/fingerprint.js';
import type { Finding } from '../rules/types.js';

interface BaselineFile {
  version: 1;
  /** Fingerprint → how many findings carried it when the baseline was recorded. */
  fingerprints: Record<string, number>;
}

/**
 * `--baseline FILE`: the first run records today's findings and reports none of them; later runs
 * report only findings the baseline does not hold (each recorded finding excuses one occurrence).
 * With `update`, the file is rewritten from this run.
 */
export function applyBaseline(file: string, findings: readonly Finding[], documents: readonly Document[], update: boolean): { findings: Finding[]; recorded: number | null } {
  const byId = new Map(documents.map((d) => [d.id, d]));
  if (update || !existsSync(file)) {
    const fingerprints: Record<string, number> = {};
    for (const f of findings) {
      const key = fingerprint(f, byId);
      fingerprints[key] = (fingerprints[key] ?? 0) + 1;
    }
    writeFileSync(file, `${JSON.stringify({ version: 1, fingerprints } satisfies BaselineFile, null, 2)}\n`);
    return { findings: [], recorded: findings.length };
  }
  const remaining = { ...read(file).fingerprints };
  const fresh = findings.filter((f) => {
    const key = fingerprint(f, byId);
    if ((remaining[key] ?? 0) > 0) {
      remaining[key] = remaining[key]! - 1;
      return false;
    }
    return true;
  });
  return { findings: fresh, recorded: null };
}

function read(file: string): BaselineFile {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as BaselineFile;
    if (data.version !== 1 || typeof data.fingerprints !== 'object') throw new Error('not a factlint baseline');
    return data;
  } catch (error) {
    throw new ConfigError(`--baseline ${file}: ${(error as Error).message}`, ['delete it, or run with --update-baseline to record it again']);
  }
}
