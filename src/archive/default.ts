/** Where the archive is when no `--archive FILE` says otherwise (relative to the working directory). */
export const DEFAULT_ARCHIVE = '.factlint/archive.db';
