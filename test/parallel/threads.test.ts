import { availableParallelism } from 'node:os';
import { describe, expect, test } from 'vitest';
import { parseTextDocument } from '../../src/document/parse-text.js';
import { MIN_CHARS_PER_THREAD, readAhead, threadsFor } from '../../src/parallel/pool.js';

const cores = availableParallelism();

async function* stream(count: number, length: number) {
  for (let i = 0; i < count; i++) yield parseTextDocument(`a-${i}.txt`, 'x'.repeat(length), { lang: 'en' });
}

describe('threads a run uses', () => {
  test('a few articles stay on one thread: a worker would cost more than it saves', () => {
    expect(threadsFor({ documents: 150, chars: 150 * 1200, ended: true }, undefined)).toBe(1);
  });

  test('enough text gives every core a thread, however few the articles', () => {
    expect(threadsFor({ documents: 3, chars: cores * MIN_CHARS_PER_THREAD, ended: true }, undefined)).toBe(cores);
  });

  test('a stream that did not end within the read-ahead has enough for every core', () => {
    expect(threadsFor({ documents: 10, chars: 1000, ended: false }, undefined)).toBe(cores);
  });

  test('--jobs is obeyed, but never with more threads than articles', () => {
    expect(threadsFor({ documents: 3, chars: 100, ended: true }, 8)).toBe(3);
    expect(threadsFor({ documents: 8, chars: 100, ended: false }, 8)).toBe(8);
    expect(threadsFor({ documents: 400, chars: 1e7, ended: true }, 1)).toBe(1);
  });
});

describe('read-ahead', () => {
  test('stops once it holds enough text, and still gives every document in order', async () => {
    const { ahead, chars, ended, all } = await readAhead(stream(100, 10_000), { chars: 50_000 });
    expect(ahead).toHaveLength(5);
    expect(chars).toBe(50_000);
    expect(ended).toBe(false);
    const ids: string[] = [];
    for await (const doc of all) ids.push(doc.id);
    expect(ids).toEqual(Array.from({ length: 100 }, (_, i) => `a-${i}.txt`));
  });

  test('holds at most 4,000 documents, however short', async () => {
    const { ahead, ended } = await readAhead(stream(5000, 0), { chars: Infinity });
    expect(ahead).toHaveLength(4000);
    expect(ended).toBe(false);
  });

  test('reports the end of a short stream', async () => {
    const { ahead, chars, ended } = await readAhead(stream(3, 7), { documents: 8 });
    expect([ahead.length, chars, ended]).toEqual([3, 21, true]);
  });
});
