/** A number for a message: integers plain, others to at most three decimals ("160", "33.333"). */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return n > 0 ? '∞' : '-∞';
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 1000) / 1000);
}

/** An interval for a message: "33.333" or "32.5 to 33.5". */
export const formatInterval = (i: { low: number; high: number }): string =>
  Math.abs(i.high - i.low) < 1e-9 ? formatNumber(i.low) : `${formatNumber(i.low)} to ${formatNumber(i.high)}`;
