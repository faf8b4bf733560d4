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

/** A rule that threw while checking a document: a bug in factlint, reported, not fatal. */
export class RuleCrash extends FactlintError {
  constructor(
    readonly ruleId: string,
    readonly documentId: string,
    cause: unknown,
  ) {
    super(`rule ${ruleId} crashed on ${documentId}: ${cause instanceof Error ? cause.message : String(cause)}`, 'rule-crash');
  }
}
