import { createReadStream } from 'node:fs';

/** One line of a file, as bytes, or a line that was too long to keep. */
export type RawLine = { line: number; bytes: Buffer } | { line: number; tooLong: number };

/**
 * The lines of a file, read as a stream so that a corpus of any size is never held whole: each line's
 * bytes (without its \n or \r\n), numbered from 1. A line longer than `maxBytes` is not kept; only its
 * length is counted, so one huge line cannot exhaust memory either.
 */
export async function* readLines(file: string, maxBytes: number): AsyncGenerator<RawLine> {
  let parts: Buffer[] = [];
  let length = 0;
  let last = -1; // the line's last byte, to leave out a \r before the \n
  let line = 1;
  const finish = (): RawLine => {
    const size = last === 13 ? length - 1 : length;
    const done: RawLine = size > maxBytes ? { line, tooLong: size } : { line, bytes: Buffer.concat(parts, length).subarray(0, size) };
    parts = [];
    length = 0;
    last = -1;
    line += 1;
    return done;
  };
  const add = (chunk: Buffer) => {
    if (chunk.length === 0) return;
    if (length + chunk.length <= maxBytes + 1) parts.push(chunk);
    else parts = [];
    length += chunk.length;
    last = chunk[chunk.length - 1] ?? -1;
  };
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    let from = 0;
    for (let nl = chunk.indexOf(10, from); nl !== -1; nl = chunk.indexOf(10, from)) {
      add(chunk.subarray(from, nl));
      yield finish();
      from = nl + 1;
    }
    if (from < chunk.length) add(chunk.subarray(from));
  }
  if (length > 0) yield finish();
}
