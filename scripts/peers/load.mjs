// Reads the peer cases and the exclusion list; shared by scripts/score-peers.mjs and test/peers/score.test.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Third-party cases, read in place beside the project (STYLE.md §8), never copied in. */
export const PEER_DIR = fileURLToPath(new URL('../../../shared/peer-suites/recognizers/', import.meta.url));
export const EXCLUSIONS = `${ROOT}test/peers/exclusions.yml`;

export const hasPeerSuites = () => existsSync(PEER_DIR);

/** Every case of every `<culture>.<Model>.jsonl`, in file order. */
export function loadCases(dir = PEER_DIR) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) =>
      readFileSync(`${dir}${f}`, 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line)),
    );
}

/** `{ patterns: {name: reason}, cases: {id: reason} }`; every entry must give a reason. */
export function loadExclusions(path = EXCLUSIONS) {
  const data = parseYaml(readFileSync(path, 'utf8')) ?? {};
  for (const section of ['patterns', 'cases']) {
    for (const [key, reason] of Object.entries(data[section] ?? {})) {
      if (typeof reason !== 'string' || reason.trim().length < 10) throw new Error(`${path}: ${section}.${key} needs a reason`);
    }
  }
  return { patterns: data.patterns ?? {}, cases: data.cases ?? {} };
}
