// Writes `// factlint-build <hash of the rest>` as the first line of a file the build bundles:
// src/cli/script-cache.ts keys the V8 code cache of a bundled script on it, so that a cache made from
// one build is never used for another (V8 itself compares only the length of the source).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

export function stamp(file) {
  const body = readFileSync(file, 'utf8').replace(/^\/\/ factlint-build [0-9a-f]+\n/, '');
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 32);
  writeFileSync(file, `// factlint-build ${hash}\n${body}`);
}
