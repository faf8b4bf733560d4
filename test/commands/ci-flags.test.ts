import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/run.js', import.meta.url));

function factlint(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', CI: 'true' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const BAD = 'Een miljoen mensen moesten vluchten, maar 1.200.000 onder hen keerden terug.';
const WARN = 'De raids vonden in de nacht van dinsdag op woensdag plaats in het noorden van de provincie.';

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'factlint-ci-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('report flags', () => {
  test('--output writes the report to a file, without colour, and keeps the exit code', () => {
    const dir = workspace({ 'a.txt': `date 2020-06\n${BAD}` });
    const { code, stdout } = factlint(['check', 'a.txt', '--output', 'report.json', '--format', 'json'], dir);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).summary.errors).toBe(1);
  });

  test('--max-warnings fails on more warnings than allowed; --quiet reports errors only', () => {
    const dir = workspace({ 'a.txt': `date 2020-06\n${WARN} ${WARN}\n\n${BAD}` });
    expect(factlint(['check', 'a.txt', '--fail-on', 'error', '--rule', 'part-exceeds-whole:off'], dir).code).toBe(0);
    expect(factlint(['check', 'a.txt', '--rule', 'part-exceeds-whole:off', '--max-warnings', '0'], dir).code).toBe(1);
    expect(factlint(['check', 'a.txt', '--rule', 'part-exceeds-whole:off', '--max-warnings', '1'], dir).code).toBe(0);
    const quiet = factlint(['check', 'a.txt', '--quiet'], dir);
    expect(quiet.stdout).toContain('part-exceeds-whole');
    expect(quiet.stdout).not.toContain('duplicate-passage');
  });
});

describe('--baseline', () => {
  test('records today, then reports only new findings, surviving edits elsewhere in the file', () => {
    const dir = workspace({ 'a.txt': `date 2020-06\n${BAD}` });
    const first = factlint(['check', 'a.txt', '--baseline', 'baseline.json'], dir);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('recorded 1 finding(s) in the baseline');
    expect(existsSync(join(dir, 'baseline.json'))).toBe(true);
    // An edit above the old finding moves it two lines down: still known.
    writeFileSync(join(dir, 'a.txt'), `date 2020-06\nEen nieuwe inleiding.\n\n${BAD}`);
    expect(factlint(['check', 'a.txt', '--baseline', 'baseline.json'], dir).code).toBe(0);
    // A new problem is reported.
    writeFileSync(join(dir, 'a.txt'), `date 2020-06\n${BAD}\n\nIn Idlib vluchtten twee miljoen mensen, van wie er 2.500.000 zijn teruggekeerd.`);
    const later = factlint(['check', 'a.txt', '--baseline', 'baseline.json'], dir);
    expect(later.code).toBe(1);
    expect(later.stdout).toContain('2.500.000');
    expect(later.stdout).toContain('1 problem');
  });
});

describe('--changed-since', () => {
  test('reports only findings on lines changed since the revision', () => {
    const dir = workspace({ 'a.txt': `date 2020-06\n${BAD}\n` });
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
    git('init', '-q');
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '--allow-empty', '-m', 'empty');
    git('add', 'a.txt');
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '-m', 'article');
    expect(factlint(['check', 'a.txt', '--changed-since', 'HEAD'], dir).code).toBe(0);
    expect(factlint(['check', 'a.txt', '--changed-since', 'HEAD~1'], dir).code).toBe(1);
    writeFileSync(join(dir, 'a.txt'), `date 2020-06\n${BAD}\n\nIn Idlib vluchtten twee miljoen mensen, van wie er 2.500.000 zijn teruggekeerd.\n`);
    const changed = factlint(['check', 'a.txt', '--changed-since', 'HEAD', '--format', 'json'], dir);
    expect(JSON.parse(changed.stdout).findings.map((f: { locations: { line: number }[] }) => f.locations[0]!.line)).toEqual([4]);
    const bad = factlint(['check', 'a.txt', '--changed-since', 'no-such-rev'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--changed-since: git diff');
  }, 90_000); // five CLI runs and git: over 30 s when the shared machine is busy
});

describe('factlint init', () => {
  test('writes a starter config that factlint reads, and does not overwrite it', () => {
    const dir = workspace({ 'a.txt': `date 2020-06\n${BAD}` });
    expect(factlint(['init'], dir).code).toBe(0);
    const config = readFileSync(join(dir, '.factlintrc.yaml'), 'utf8');
    expect(config).toContain('extends: factlint:recommended');
    expect(config).toContain('# part-exceeds-whole: error');
    expect(factlint(['check', 'a.txt'], dir).code).toBe(1);
    const again = factlint(['init'], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
    expect(factlint(['init', '--force'], dir).code).toBe(0);
  });
});

describe('colour', () => {
  const dir = workspace({ 'a.txt': `date 2020-06\n${BAD}` });
  const run = (env: Record<string, string>) =>
    spawnSync(process.execPath, [BIN, 'check', 'a.txt'], { cwd: dir, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '', NO_COLOR: '', ...env } }).stdout;

  test('off when not on a terminal, on with FORCE_COLOR, off again with NO_COLOR or --no-color', () => {
    expect(run({})).not.toMatch(/\u001b\[/);
    expect(run({ FORCE_COLOR: '1' })).toMatch(/\u001b\[31m/);
    expect(run({ FORCE_COLOR: '0' })).not.toMatch(/\u001b\[/);
    expect(spawnSync(process.execPath, [BIN, 'check', 'a.txt', '--no-color'], { cwd: dir, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '1' } }).stdout).not.toMatch(/\u001b\[/);
  });
});
