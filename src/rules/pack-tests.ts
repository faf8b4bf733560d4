import { readFileSync } from 'node:fs';
import { yaml } from '../util/yaml.js';
import type { Pack } from '../config/packs.js';
import { parseReferenceDate } from '../document/reference-date.js';
import { parseTextDocument } from '../document/parse-text.js';
import { LANGS, type Lang } from '../document/types.js';
import { ConfigError } from '../errors.js';
import { withPackMeasures } from '../measures/lexicon.js';
import { checkDocuments } from '../pipeline.js';

interface Case {
  lang: Lang;
  date?: string;
  text: string;
  /** Per expected finding, the text of each location in order. */
  errors?: string[][];
}

export interface CaseResult {
  file: string;
  rule: string;
  kind: 'valid' | 'invalid';
  index: number;
  ok: boolean;
  detail: string;
}

/**
 * Runs a pack's tests (tests/*.yml: `rule`, `valid` texts that must not trigger it, `invalid` texts
 * that must, with the text of each finding's locations), the way a linter's rule tester does.
 */
export function runPackTests(pack: Pack): CaseResult[] {
  const results: CaseResult[] = [];
  for (const file of pack.tests) {
    const spec = (yaml().parse(readFileSync(file, 'utf8')) ?? {}) as { rule?: string; valid?: Case[]; invalid?: Case[] };
    const rule = pack.rules.find((r) => r.meta.id === spec.rule);
    if (!rule) throw new ConfigError(`${file}:1: rule "${spec.rule}" is not in pack ${pack.name} (it has: ${pack.rules.map((r) => r.meta.id).join(', ')})`);
    for (const [kind, cases] of [['valid', spec.valid ?? []], ['invalid', spec.invalid ?? []]] as const) {
      cases.forEach((c, index) => {
        if (!(LANGS as readonly string[]).includes(c.lang) || typeof c.text !== 'string') {
          throw new ConfigError(`${file}: ${kind} case ${index + 1} needs lang (${LANGS.join(', ')}) and text`);
        }
        const date = c.date === undefined ? undefined : (parseReferenceDate(String(c.date)) ?? undefined);
        const doc = parseTextDocument(`${file}#${kind}-${index + 1}`, c.text, { lang: c.lang, ...(date ? { date } : {}) });
        const { findings, errors } = checkDocuments([doc], [], {
          rules: [rule],
          measures: withPackMeasures(c.lang, pack.measures[c.lang] ? [pack.measures[c.lang]!] : []),
        });
        const got = (findings ?? []).map((f) => f.locations.map((l) => l.text));
        const want = kind === 'valid' ? [] : (c.errors ?? [['?']]);
        const ok = errors.length === 0 && JSON.stringify(got) === JSON.stringify(want);
        const detail = errors.length > 0 ? errors[0]!.message : ok ? '' : `expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`;
        results.push({ file, rule: rule.meta.id, kind, index: index + 1, ok, detail });
      });
    }
  }
  return results;
}
