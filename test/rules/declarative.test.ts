import { describe, expect, test } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { extractClaims } from '../../src/extract/engine.js';
import { runRules } from '../../src/rules/engine.js';
import { builtinChecks } from '../../src/rules/builtin/checks.js';
import { BUILTIN_RULES } from '../../src/rules/builtin/index.js';
import { loadYamlRule } from '../../src/rules/load-yaml.js';
import { makeDocument } from '../helpers/documents.js';

const rule = (expression: string, measures = '[returned, displaced]') =>
  `id: returned-within-displaced\nkind: expression\nseverity: error\nmessage: "{{returned}} returned exceeds {{displaced}} displaced"\nmeasures: ${measures}\nexpression: ${JSON.stringify(expression)}\n`;

function check(yaml: string, text: string, lang: 'nl' | 'en' = 'nl') {
  const doc = makeDocument(text, { lang, date: '2020-06' });
  return runRules([{ doc, claims: extractClaims(doc) }], [loadYamlRule('rule.yml', yaml)]);
}

describe('expression rules', () => {
  test('a figure of one measure that cannot stand against another is reported, with the arithmetic', () => {
    const { findings } = check(rule('returned <= displaced'), 'In Syrië moesten een miljoen mensen hun huis verlaten. Volgens de VN zijn in Syrië 1.200.000 mensen teruggekeerd.');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'returned-within-displaced', severity: 'error' });
    expect(findings[0]!.message).toBe('"1.200.000" (line 1) returned exceeds "een miljoen" (line 1) displaced (1200000 <= 1000000)');
    expect(findings[0]!.locations.map((l) => l.text)).toEqual(['1.200.000', 'een miljoen']);
  });

  test('figures that fit, or fit once rounding is read leniently, are not errors', () => {
    expect(check(rule('returned <= displaced'), 'In Syrië moesten een miljoen mensen hun huis verlaten. In Syrië zijn 120.000 mensen teruggekeerd.').findings).toEqual([]);
    const lenient = check(rule('returned <= displaced'), 'In Syrië moesten een miljoen mensen hun huis verlaten. In Syrië zijn 1.040.000 mensen teruggekeerd.');
    expect(lenient.findings.map((f) => f.severity)).toEqual(['warning']);
  });

  test('pairs linked as part and whole are left to part-exceeds-whole', () => {
    expect(check(rule('returned <= displaced'), 'Een miljoen mensen moesten hun woonplaats verlaten, maar 1.200.000 onder hen konden terugkeren.').findings).toEqual([]);
  });

  test('≈ compares within the tolerance, and dotted measure ids stand as themselves', () => {
    const yaml = 'id: civilian-share\nkind: expression\nmessage: "civilian deaths"\nmeasures: [deaths.civilian, deaths]\nexpression: "deaths.civilian ≈ deaths / 2"\ntolerance: 0.1\n';
    expect(check(yaml, 'In Idlib vielen 100 doden. In Idlib vielen 52 burgerdoden.').findings).toEqual([]);
    expect(check(yaml, 'In Idlib vielen 100 doden. In Idlib vielen 80 burgerdoden.').findings).toHaveLength(1);
  });
});

test('the built-in checks (rules/checks/*.yml) load and compile, each under a catalogue id', () => {
  const checks = builtinChecks(true);
  expect(checks.length).toBeGreaterThan(0);
  const catalogue = new Set(BUILTIN_RULES.filter((r) => !checks.includes(r)).map((r) => r.meta.id));
  for (const check of checks) expect(catalogue).toContain(check.meta.id);
});

describe('the expression sandbox refuses what reaches outside an expression', () => {
  test.for([
    ['import({}, {})', /function import\(\) is not allowed/],
    ['createUnit("foo")', /function createUnit\(\) is not allowed/],
    ['evaluate("1 + 1")', /function evaluate\(\) is not allowed/],
    ['parse("1")', /function parse\(\) is not allowed/],
    ['compile("1")', /function compile\(\) is not allowed/],
    ['f(x) = x', /a function definition is not allowed/],
    ['returned = 1', /assignment is not allowed/],
    ['returned.constructor', /property access is not allowed/],
    ['[returned, 1]', /an array is not allowed/],
    ['{a: returned}', /an object is not allowed/],
    ['cos(returned) < 1', /function cos\(\) is not allowed/],
    ['returned <= secret', /unknown name "secret"/],
    ['returned + 1', /must be true or false/],
  ])('%s', ([expression, message]) => {
    expect(() => loadYamlRule('rules/checks/x.yml', rule(expression as string))).toThrow(message as RegExp);
  });

  test('a refused expression names the file and the line of the expression key', () => {
    expect(() => loadYamlRule('rules/checks/x.yml', rule('import({}, {})'))).toThrow(/^rules\/checks\/x\.yml:6: /);
  });
});

describe('YAML rule files', () => {
  test.for([
    ['id: x\nkind: sum2\nmessage: m\n', 'r.yml:2: unknown kind "sum2"; expected one of: expression'],
    ['id: x\nkind: expression\nmessage: m\nmeasures: [a]\nexpression: a > 0\nsevrity: error\n', 'r.yml:6: unknown key "sevrity"'],
    ['id: Bad_Id\nkind: expression\nmessage: m\nmeasures: [a]\nexpression: a > 0\n', 'r.yml:1: rule id "Bad_Id" must be kebab-case'],
    ['id: x\nkind: expression\nseverity: fatal\nmessage: m\nmeasures: [a]\nexpression: a > 0\n', 'r.yml:3: severity "fatal" is not one of: error, warning, info'],
    ['id: x\nkind: [expression\n', /^r\.yml:\d: not valid YAML/],
    ['- just\n- a list\n', 'r.yml:1: a rule is a YAML mapping'],
  ] as const)('%s', ([yaml, message]) => {
    expect(() => loadYamlRule('r.yml', yaml)).toThrow(ConfigError);
    expect(() => loadYamlRule('r.yml', yaml)).toThrow(message);
  });
});
