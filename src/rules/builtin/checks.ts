import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../util/package-root.js';
import { bundledData } from '../../util/bundled.js';
import { ruleFromData } from '../load-yaml.js';
import type { RuleModule } from '../types.js';

const CHECKS = join(PACKAGE_ROOT, 'rules/checks');

/**
 * The built-in declarative checks (rules/checks/*.yml). Their expressions are compiled on first use,
 * so mathjs loads only for an article that has figures for them; the test suite compiles them all.
 */
export function builtinChecks(compileNow = false): RuleModule[] {
  return readdirSync(CHECKS)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => ruleFromData(`rules/checks/${f}`, bundledData(`checks/${f}`).data, compileNow));
}
