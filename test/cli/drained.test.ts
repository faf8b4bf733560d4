import { Writable } from 'node:stream';
import { expect, test } from 'vitest';
import { drained } from '../../src/cli/run.js';

// A reader slower than the run: each chunk takes 20 ms to go out.
const slowStream = () =>
  new Writable({
    highWaterMark: 1024,
    write(_chunk, _encoding, callback) {
      setTimeout(callback, 20);
    },
  });

test('a report written faster than its reader takes it waits for the reader, not in memory', async () => {
  const out = slowStream();
  let waited = 0;
  for (let i = 0; i < 10; i++) {
    out.write('x'.repeat(4096));
    expect(out.writableLength).toBeLessThanOrEqual(4096); // never more than one piece queued
    if (out.writableNeedDrain) waited += 1;
    await drained(out);
    expect(out.writableNeedDrain).toBe(false);
  }
  expect(waited).toBe(10);
});

test('nothing to wait for when the stream keeps up, or once it has closed', async () => {
  const out = slowStream();
  await drained(out); // empty: resolves at once
  out.write('x'.repeat(4096));
  const waiting = drained(out);
  out.destroy();
  await expect(waiting).resolves.toBeUndefined();
});
