import { readFileSync } from 'node:fs';
import { buildDocument } from '../dist/document/parse-text.js';
import { extractClaims } from '../dist/extract/engine.js';
const records = readFileSync('/tmp/c.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const docs = records.map((r) => buildDocument({ id: r.id, path: r.id, text: r.text, bodyStart: 0 }, { date: r.date, lang: r.lang }, {}));
for (const d of docs.slice(0, 20)) extractClaims(d);
const t = performance.now();
for (const d of docs) extractClaims(d);
console.error('ms', performance.now() - t);
