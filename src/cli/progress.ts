/** Where the bar is drawn: stderr, or a stand-in in tests. */
export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

const WIDTH = 30;

/** Draws the progress of `done` articles; `end` clears it. */
export type Progress = ((done: number) => void) & { end(): void };

/**
 * A progress bar for long runs (20 articles or more), drawn on a terminal only and never in CI logs;
 * null when there is nothing to draw. It clears itself when the last article is done. When the total
 * is not known ahead (a JSONL corpus is streamed), it counts the articles instead, from the 20th.
 */
export function progressBar(total: number | null, stream: ProgressStream, env: Record<string, string | undefined>): Progress | null {
  if ((total !== null && total < 20) || !stream.isTTY || env.CI) return null;
  let drawn = false;
  const end = () => {
    if (drawn) stream.write('\r\x1b[K');
    drawn = false;
  };
  const draw = (done: number) => {
    if (total === null) {
      if (done < 20) return;
      stream.write(`\r${done} articles`);
      drawn = true;
      return;
    }
    const filled = Math.round((Math.min(done, total) / total) * WIDTH);
    stream.write(`\r[${'='.repeat(filled)}${' '.repeat(WIDTH - filled)}] ${done}/${total} articles`);
    drawn = true;
    if (done === total) end();
  };
  return Object.assign(draw, { end });
}
