import { join } from 'node:path';
import { PACKAGE_ROOT } from '../util/package-root.js';
import { readFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { withArchiveDefault } from './archive-argv.js';
import { INTEGER_FLAGS } from './flag-specs.js';
import { runFactlint, type RunFlags } from './run.js';

interface ManifestFlag {
  name: string;
  type: 'boolean' | 'option';
  char?: string;
  multiple?: boolean;
  allowNo?: boolean;
  options?: string[];
  default?: unknown;
  dependsOn?: string[];
}

const COMMANDS: Record<string, boolean> = { check: false, extract: true }; // command → extract only

/**
 * Runs `check` and `extract` without loading oclif, whose start-up costs more than a one-article check
 * itself. The flags come from oclif's manifest (written at build time), so both parse the same flags;
 * anything this path does not handle exactly as oclif would (help, a bad or unknown flag, a missing
 * argument) returns false and oclif runs the command instead, with its own messages.
 */
export async function runFast(argv: readonly string[]): Promise<number | null> {
  const [command, ...rest] = argv;
  if (command === undefined || !(command in COMMANDS)) return null;
  if (rest.some((a) => a === '--help' || a === '-h' || a === '--version')) return null;
  const parsed = parse(command, command === 'check' ? withArchiveDefault(rest) : rest);
  if (!parsed) return null;
  return runFactlint(parsed.paths, parsed.flags, COMMANDS[command]!);
}

function parse(command: string, args: string[]): { paths: string[]; flags: RunFlags } | null {
  const flags = manifestFlags(command);
  if (!flags) return null;
  const options: NonNullable<ParseArgsConfig['options']> = {};
  for (const flag of flags) {
    options[flag.name] = { type: flag.type === 'boolean' ? 'boolean' : 'string', ...(flag.char ? { short: flag.char } : {}), ...(flag.multiple ? { multiple: true } : {}) };
    if (flag.allowNo) options[`no-${flag.name}`] = { type: 'boolean' };
  }
  let values: Record<string, unknown>;
  let positionals: string[];
  try {
    const result = parseArgs({ args, options, allowPositionals: true, strict: true, tokens: true });
    ({ values, positionals } = result);
    // oclif reads the words after a flag that takes several values as more values: leave that to it.
    const multiple = new Set(flags.filter((f) => f.multiple).map((f) => f.name));
    if (result.tokens.some((t, i) => t.kind === 'option' && multiple.has(t.name) && result.tokens[i + 1]?.kind === 'positional')) return null;
  } catch {
    return null; // oclif explains what is wrong
  }
  if (positionals.length === 0) return null;
  const out: Record<string, unknown> = {};
  for (const flag of flags) {
    let value = values[flag.name];
    if (flag.allowNo && values[`no-${flag.name}`] === true) {
      if (value !== undefined) return null;
      value = false;
    }
    if (value === undefined) {
      if (flag.default !== undefined) out[flag.name] = flag.default;
      continue;
    }
    if (typeof value === 'string' && flag.options && !flag.options.includes(value)) return null;
    if (typeof value === 'string' && flag.name in INTEGER_FLAGS) {
      if (!/^\d+$/.test(value) || Number(value) < INTEGER_FLAGS[flag.name]!) return null;
      out[flag.name] = Number(value);
      continue;
    }
    out[flag.name] = value;
  }
  for (const flag of flags) if (out[flag.name] !== undefined && flag.type === 'boolean' && flag.dependsOn?.some((d) => out[d] === undefined)) return null;
  return { paths: positionals, flags: out as unknown as RunFlags };
}

function manifestFlags(command: string): ManifestFlag[] | null {
  try {
    const manifest = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'oclif.manifest.json'), 'utf8')) as {
      commands: Record<string, { flags: Record<string, ManifestFlag> }>;
    };
    const flags = manifest.commands[command]?.flags;
    return flags ? Object.values(flags) : null;
  } catch {
    return null; // no manifest (a source checkout before its build): oclif finds the commands itself
  }
}
