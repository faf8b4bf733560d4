// One benchmark measurement in a process of its own, so that its peak RSS is its own:
//   node bench/measure.mjs <scenario> <corpus.jsonl>
// prints { seconds, bytes, articles, rssMB } as JSON. Scenarios: chrono (chrono-node's parse alone),
// floor (one regex pass over the digits and a word split), extract, check-each (one article at a
// time), check-corpus (all at once, as the CLI does on one thread).
import { readFileSync } from 'node:fs';
import { buildDocument } from '../dist/document/parse-text.js';
import { extractClaims } from '../dist/extract/engine.js';
import { checkDocuments } from '../dist/pipeline.js';
import { mathjs } from '../dist/util/math.js';

const [scenario, file] = process.argv.slice(2);
const records = readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
const docs = records.map((r) => buildDocument({ id: r.id, path: r.id, text: r.text, bodyStart: 0 }, { date: r.date, lang: r.lang }, {}));
const bytes = records.reduce((n, r) => n + Buffer.byteLength(r.text), 0);

const chronoParser = async (lang) => (await import(`chrono-node/${lang}`)).casual;
const run = {
  async chrono() {
    const parser = await chronoParser(docs[0].lang);
    const ref = new Date(Date.UTC(2024, 2, 5, 12));
    return (doc) => parser.parse(doc.text, ref, { forwardDate: false });
  },
  async floor() {
    return (doc) => {
      doc.text.match(/\d+(?:[.,]\d+)*/g);
      doc.text.split(/\s+/);
    };
  },
  async extract() {
    return (doc) => extractClaims(doc);
  },
  async 'check-each'() {
    return (doc) => checkDocuments([doc]);
  },
};

let seconds;
// mathjs loads on the first rule that needs it (a tenth of a second, counted in the cold start): load it
// before the clock starts, so that throughput is the steady state's whichever article needs it first.
if (scenario.startsWith('check')) mathjs();
if (scenario === 'check-corpus') {
  checkDocuments(docs.slice(0, 20));
  const start = process.hrtime.bigint();
  checkDocuments(docs);
  seconds = Number(process.hrtime.bigint() - start) / 1e9;
} else {
  const fn = await run[scenario]();
  for (const doc of docs.slice(0, 20)) fn(doc); // warm up: compile regexes, load lexicons
  const start = process.hrtime.bigint();
  for (const doc of docs) fn(doc);
  seconds = Number(process.hrtime.bigint() - start) / 1e9;
}
console.log(JSON.stringify({ seconds, bytes, articles: docs.length, rssMB: process.resourceUsage().maxRSS / 1024 }));
