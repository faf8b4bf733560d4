/** Errors factlint reports to its user. Each carries the exit code the command ends with. */
export class FactlintError extends Error {
  readonly exitCode: number = 2;
  constructor(
    message: string,
    readonly code: string,
    readonly suggestions: string[] = [],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** A bad flag, config or rule file. */
export class ConfigError extends FactlintError {
  constructor(message: string, suggestions: string[] = []) {
    super(message, 'config', suggestions);
  }
}

/** An article that cannot be read: names the file and, where known, the line. */
export class InputError extends FactlintError {
  constructor(
    readonly file: string,
    readonly line: number | null,
    reason: string,
  ) {
    super(`${file}${line === null ? '' : `:${line}`}: ${reason}`, 'input');
  }
}

/** Extraction that threw on a document: a bug in factlint, reported with the document, not fatal. */
export class ExtractionCrash extends FactlintError {
  constructor(
    readonly documentId: string,
    cause: unknown,
  ) {
    super(`${documentId}: extraction failed (a bug in factlint): ${cause instanceof Error ? cause.message : String(cause)}`, 'extract-crash');
  }
}

/** A rule that threw while checking a document: a bug in factlint, reported, not fatal. */
export class RuleCrash extends FactlintError {
  /** What the rule threw, without the document: a worker thread passes it on as text. */
  readonly causeMessage: string;
  constructor(
    readonly ruleId: string,
    readonly documentId: string,
    cause: unknown,
  ) {
    const causeMessage = cause instanceof Error ? cause.message : String(cause);
    super(`rule ${ruleId} crashed on ${documentId}: ${causeMessage}`, 'rule-crash');
    this.causeMessage = causeMessage;
  }
}

/** What a report lists besides findings: articles that could not be read, and crashes. */
export type ReportedError = InputError | RuleCrash | ExtractionCrash;

/** The file (or document id) and line a reported error is about. */
export function errorLocation(error: ReportedError): { file: string; line: number | null } {
  return error instanceof InputError ? { file: error.file, line: error.line } : { file: error.documentId, line: null };
}
