import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The CLI as users run it; FACTLINT_OCLIF=1 makes every command go through oclif. */
const ARTICLE = 'date 2024-03-05\n\nVolgens de VN kwamen 41 mensen om, onder wie 12 kinderen.\n';

function factlint(args: string[], viaOclif: boolean, input = ARTICLE) {
  const env = { ...process.env, FORCE_COLOR: '0', ...(viaOclif ? { FACTLINT_OCLIF: '1' } : {}) };
  const result = spawnSync(process.execPath, [join(ROOT, 'bin/run.js'), ...args], { cwd: ROOT, encoding: 'utf8', env, input });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// bin/run.js parses check and extract itself (oclif's start-up costs more than a small check); it
// must read every flag exactly as oclif does.
test.for([
  ['check', 'examples/idlib-raids'],
  ['check', 'examples/idlib-raids/defects/nl-part-exceeds-whole.txt', '--format', 'json'],
  ['check', '-f', 'sarif', 'examples/limburg-floods/en.txt'],
  ['check', 'examples/limburg-floods', '--format=github', '--fail-on', 'warning'],
  ['check', 'examples/limburg-floods', '-q', '--no-color'],
  ['check', 'examples/limburg-floods', '--color'],
  ['check', 'examples/idlib-raids', '--rule', 'part-exceeds-whole:off', '--rule', 'duplicate-passage:warning', '--max-warnings', '0'],
  ['check', '--lang', 'en', '--date', '2021-07-20', 'examples/limburg-floods/en.txt', '-j', '1'],
  ['check', '-', '--format', 'json'],
  ['check', 'examples/packs', '--print-config'],
  ['check', 'examples/limburg-floods', 'examples/idlib-raids', '--group-by', 'story', '--format', 'json'],
  ['check', 'no/such/file.txt'],
  ['check', 'examples', '--date', 'yesterday'],
  ['extract', 'examples/idlib-raids/nl.txt'],
  ['extract', 'examples/idlib-raids/en.txt', '--format', 'json', '-c', 'examples/packs/elections.factlintrc.yaml'],
])('%s %s …: the same output and exit code as through oclif', (args) => {
  expect(factlint(args, false)).toEqual(factlint(args, true));
});

test.for([
  [['check', '--help'], /USAGE/],
  [['check', 'examples', '--format', 'yaml'], /Expected --format=yaml to be one of/],
  [['check', 'examples', '--jobs', '0'], /greater than or equal to 1/],
  [['check', 'examples', '--no-such-flag'], /Nonexistent flag/],
  [['check'], /Missing 1 required arg/],
])('%s is left to oclif, with its message', ([args, message]) => {
  // No standard input: oclif reads piped input as the arguments of a command given none.
  const { code, stdout, stderr } = factlint(args as string[], false, '');
  expect(`${stdout}${stderr}`).toMatch(message as RegExp);
  expect(code).toBe((args as string[]).includes('--help') ? 0 : 2);
});
