// Preloaded into a CLI run (node --import ./bench/rss.mjs bin/run.js …): reports the process's peak
// RSS, worker threads included, on stderr as it exits.
import { writeSync } from 'node:fs';

process.on('exit', () => writeSync(2, `\nbench-rss-mb ${(process.resourceUsage().maxRSS / 1024).toFixed(1)}\n`));
