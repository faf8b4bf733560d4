import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

// Ctrl-C on a long sweep: the run's temporary files (texts past the memory budget, the spill database)
// and a half-written --output file go with it, and the exit code says a signal stopped it.
test('a run stopped by SIGINT removes its temporary files and its half-written report', { timeout: 120_000 }, async () => {
  const scratch = mkdtempSync(join(tmpdir(), 'factlint-signal-'));
  const big = join(scratch, 'big.jsonl');
  // About 8 MB of text: past the text store's 4 M characters, so that it writes a temporary file.
  writeFileSync(big, Array.from({ length: 4000 }, (_, i) => JSON.stringify({ id: `a${i}`, date: '2021-07-20', text: article })).join('\n'));
  const temp = mkdtempSync(join(scratch, 'tmp-'));
  const report = join(scratch, 'report.json');
  const child = spawn(process.execPath, [join(ROOT, 'bin/run.js'), 'check', big, '--format', 'json', '--jobs', '1', '--output', report], {
    stdio: 'ignore',
    env: { ...process.env, TMPDIR: temp },
  });
  const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
  const scratchFiles = () => readdirSync(temp).filter((name) => name.startsWith('factlint-'));
  for (let waited = 0; scratchFiles().length === 0 && waited < 100_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
  expect(scratchFiles().length).toBeGreaterThan(0);
  child.kill('SIGINT');
  expect(await closed).toBe(130);
  expect(scratchFiles()).toEqual([]);
  expect(readdirSync(scratch).filter((name) => name.startsWith('report.json'))).toEqual([]);
  rmSync(scratch, { recursive: true, force: true });
});
