import ArchiveAdd from './commands/archive/add.js';
import ArchiveExport from './commands/archive/export.js';
import ArchiveLs from './commands/archive/ls.js';
import ArchiveRm from './commands/archive/rm.js';
import Check from './commands/check.js';
import Extract from './commands/extract.js';
import Init from './commands/init.js';
import RulesTest from './commands/rules-test.js';
import Rules from './commands/rules.js';

/** oclif's explicit command map: no directory scan at start-up. */
export const COMMANDS = {
  check: Check,
  extract: Extract,
  init: Init,
  rules: Rules,
  'rules:test': RulesTest,
  'archive:add': ArchiveAdd,
  'archive:ls': ArchiveLs,
  'archive:rm': ArchiveRm,
  'archive:export': ArchiveExport,
};

export { checkDocuments, type CheckOptions } from './pipeline.js';
export { extractClaims } from './extract/engine.js';
export { parseTextDocument } from './document/parse-text.js';
export { loadDocuments } from './document/load.js';
export { runRules } from './rules/engine.js';
export { ArchiveStore, DEFAULT_ARCHIVE } from './archive/store.js';
export { BUILTIN_RULES } from './rules/builtin/index.js';
export { FORMATTERS } from './report/index.js';
export type { Claim } from './claims/types.js';
export type { Document } from './document/types.js';
export type { Finding, RuleModule } from './rules/types.js';
