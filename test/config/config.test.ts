import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { setupRun } from '../../src/cli/setup.js';
import { ConfigResolver, parseCliRules } from '../../src/config/load.js';
import { parseConfig } from '../../src/config/parse.js';
import { parseTextDocument } from '../../src/document/parse-text.js';
import { ConfigError } from '../../src/errors.js';
import { checkDocuments } from '../../src/pipeline.js';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'factlint-config-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('config files', () => {
  const root = tree({
    '.factlintrc.yaml': 'extends: factlint:strict\nrules:\n  duplicate-passage: off\n  percent-mismatch: { severity: warning, options: { tolerance: 1 } }\noverrides:\n  - files: ["archive/**"]\n    rules: { conflicting-figures: info }\n',
    'archive/2019/a.txt': 'x',
    'desk/b.txt': 'x',
    'desk/team/factlint.config.yaml': 'rules:\n  weekday-mismatch: warning\n',
    'desk/team/c.txt': 'x',
  });
  const resolver = new ConfigResolver({ cliRules: parseCliRules(['age-mismatch:off']) });

  test('the nearest config walking up applies, with its presets, overrides and --rule on top', () => {
    const b = resolver.forPath(join(root, 'desk/b.txt'));
    expect(b.files).toEqual([expect.stringMatching(/presets\/strict\.yaml$/), join(root, '.factlintrc.yaml')]);
    expect(b.rules).toMatchObject({
      'conflicting-figures': { severity: 'error' }, // from the strict preset
      'duplicate-passage': { severity: 'off' }, // the file's own rule beats the preset
      'percent-mismatch': { severity: 'warning', options: { tolerance: 1 } },
      'age-mismatch': { severity: 'off' }, // --rule
    });
    expect(resolver.forPath(join(root, 'archive/2019/a.txt')).rules['conflicting-figures']).toEqual({ severity: 'info' });
    const c = resolver.forPath(join(root, 'desk/team/c.txt'));
    expect(c.files).toEqual([join(root, 'desk/team/factlint.config.yaml')]);
    expect(c.rules['weekday-mismatch']).toEqual({ severity: 'warning' });
  });

  test('settings reach the rules: off, severities and options per article', () => {
    const doc = parseTextDocument(join(root, 'desk/b.txt'), 'The strikes took place at night in the north of the province.\n\nThe strikes took place at night in the north of the province.', { lang: 'en' });
    const setup = setupRun([doc.path], {});
    expect(checkDocuments([doc], [], setup.options).findings).toEqual([]); // duplicate-passage: off
    const loud = setupRun([doc.path], { rule: ['duplicate-passage:error'] });
    expect(checkDocuments([doc], [], loud.options).findings?.map((f) => `${f.ruleId}:${f.severity}`)).toEqual(['duplicate-passage:error']);
  });
});

describe('mistakes in config files name the file and line', () => {
  test.for([
    ['rulez: {}\n', /c\.yaml:1: unknown key "rulez"; expected one of: extends, rules, packs, overrides/],
    ['rules:\n  conflicting-figures: loud\n', /c\.yaml:2: severity "loud" is not one of: error, warning, info, off/],
    ['rules:\n  sum-mismatch: { severity: error, options: { tolerance: lots } }\n', /c\.yaml:2: option "tolerance" must be a number/],
    ['overrides:\n  - rules: {}\n', /c\.yaml:2: an override needs "files"/],
    ['rules: [\n', /c\.yaml:\d: not valid YAML/],
  ])('%s', ([yaml, message]) => {
    expect(() => parseConfig('c.yaml', yaml as string)).toThrow(ConfigError);
    expect(() => parseConfig('c.yaml', yaml as string)).toThrow(message as RegExp);
  });

  test('an unknown rule id or option is refused with its line and a suggestion', () => {
    const root = tree({ '.factlintrc.yaml': 'rules:\n  sum-mismatch: error\n  conflicting-figure: error\n', 'a.txt': 'x' });
    expect(() => setupRun([join(root, 'a.txt')], {})).toThrow(/\.factlintrc\.yaml:3: unknown rule "conflicting-figure"; did you mean "conflicting-figures"\?/);
    const options = tree({ '.factlintrc.yaml': 'rules:\n  weekday-mismatch: { options: { tolerance: 1 } }\n', 'a.txt': 'x' });
    expect(() => setupRun([join(options, 'a.txt')], {})).toThrow(/:2: rule weekday-mismatch has no option "tolerance"/);
  });

  test('--rule must be id:severity and name a rule', () => {
    expect(() => parseCliRules(['conflicting-figures'])).toThrow(/must be id:severity/);
    expect(() => setupRun([], { rule: ['no-such-rule:error'] })).toThrow(/--rule no-such-rule:error: unknown rule/);
  });

  test('a preset that extends itself is caught', () => {
    const root = tree({ '.factlintrc.yaml': 'extends: ./other.yaml\n', 'other.yaml': 'extends: ./.factlintrc.yaml\n', 'a.txt': 'x' });
    expect(() => new ConfigResolver().forPath(join(root, 'a.txt'))).toThrow(/extends itself/);
  });
});

describe('rule packs', () => {
  test('a pack adds its rules and its measure words where a config names it', () => {
    const pack = new URL('../../examples/packs/elections.factlintrc.yaml', import.meta.url).pathname;
    const text = 'In Amersfoort waren 120.000 kiesgerechtigden. In Amersfoort werden 126.400 stemmen uitgebracht.';
    const doc = parseTextDocument('a.txt', text, { lang: 'nl' });
    const setup = setupRun([doc.path], { config: pack });
    const results = checkDocuments([doc], [], setup.options);
    expect(results.documents[0]!.claims.map((c) => c.measure)).toEqual(['electorate', 'votes']);
    expect(results.findings?.map((f) => f.ruleId)).toEqual(['votes-within-electorate']);
    // Without the pack, neither the words nor the rule apply.
    expect(checkDocuments([doc]).findings).toEqual([]);
  });
});
