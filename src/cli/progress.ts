/** Where the bar is drawn: stderr, or a stand-in in tests. */
export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

const WIDTH = 30;

/**
 * A progress bar for long runs (20 articles or more), drawn on a terminal only and never in CI logs;
 * null when there is nothing to draw. It clears itself when the last article is done.
 */
export function progressBar(total: number, stream: ProgressStream, env: Record<string, string | undefined>): ((done: number) => void) | null {
  if (total < 20 || !stream.isTTY || env.CI) return null;
  return (done) => {
    const filled = Math.round((done / total) * WIDTH);
    stream.write(`\r[${'='.repeat(filled)}${' '.repeat(WIDTH - filled)}] ${done}/${total} articles`);
    if (done === total) stream.write('\r\x1b[K');
  };
}
