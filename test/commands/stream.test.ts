import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const article = readFileSync(join(ROOT, 'examples/limburg-floods/en.txt'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'factlint-stream-'));
const corpus = join(dir, 'corpus.jsonl');
writeFileSync(corpus, Array.from({ length: 300 }, (_, i) => JSON.stringify({ id: `a${i}`, date: '2021-07-20', text: article })).join('\n'));

// The JSON report of a corpus is written as its articles are checked; a reader that has seen enough
// (`factlint check corpus.jsonl --format json | head`) closes the pipe, and factlint stops quietly.
test('a reader that closes the pipe early stops the run quietly, without a crash', async () => {
  const child = spawn(process.execPath, [join(ROOT, 'bin/run.js'), 'check', corpus, '--format', 'json', '--jobs', '1'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const first = await new Promise<string>((resolve) => child.stdout.once('data', (d: Buffer) => resolve(d.toString())));
  child.stdout.destroy();
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(first.startsWith('{\n  "version": 1,\n  "documents": [')).toBe(true);
  expect(stderr).not.toMatch(/EPIPE|Unhandled|Error/);
  expect(code).not.toBe(2);
});
