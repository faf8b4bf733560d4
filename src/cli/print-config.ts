import { yaml } from '../util/yaml.js';
import type { RunSetup } from './setup.js';

/** The configuration that applies to `path`, as YAML: files, packs, and every rule's severity and options. */
export function printConfig(setup: RunSetup, path: string): string {
  const config = setup.configFor(path);
  const rules: Record<string, unknown> = {};
  for (const rule of setup.rules) {
    const setting = config.rules[rule.meta.id] ?? {};
    const options = { ...rule.meta.defaultOptions, ...setting.options };
    const severity = setting.severity ?? rule.meta.severity;
    rules[rule.meta.id] = Object.keys(options).length > 0 ? { severity, options } : severity;
  }
  return yaml().stringify({ path, files: config.files, packs: config.packs, rules });
}
