import type { Exclusions, PeerCase } from './score.mjs';
export const ROOT: string;
export const PEER_DIR: string;
export const EXCLUSIONS: string;
export function hasPeerSuites(): boolean;
export function loadCases(dir?: string): PeerCase[];
export function loadExclusions(path?: string): Required<Exclusions>;
