import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** ../shared beside the project: third-party text, read in place and never copied in. */
export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
export const FOUNDING_EXAMPLE = `${SHARED}founding-example/syria-nl-2020-06.txt`;
export const hasShared = existsSync(FOUNDING_EXAMPLE);

export const readShared = (path: string): string => readFileSync(`${SHARED}${path}`, 'utf8');
