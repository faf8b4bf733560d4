/** The library: factlint's core for programs; the command line lives in commands/. */
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
