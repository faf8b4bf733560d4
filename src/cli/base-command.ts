import { Command } from '@oclif/core/command';
import { reportError, runFactlint, type RunFlags } from './run.js';

export type { RunFlags } from './run.js';

/** The oclif shell of every command: errors as factlint prints them, check and extract through run.ts. */
export abstract class BaseCommand extends Command {
  protected async runFactlint(paths: string[], flags: RunFlags, extractOnly: boolean): Promise<void> {
    process.exitCode = await runFactlint(paths, flags, extractOnly);
  }

  /** Prints a factlint error (see run.ts reportError) and exits with its code. */
  protected fail(error: unknown, debug = false): never {
    return this.exit(reportError(error, debug));
  }
}
