/**
 * Flags that take a whole number, with their least value: shared by the oclif definitions
 * (flags.ts) and the fast path (fast-path.ts), which reads the rest of each flag from oclif's manifest.
 */
export const INTEGER_FLAGS: Readonly<Record<string, number>> = { 'max-warnings': 0, jobs: 1 };
