/**
 * A copy of `text` that holds no reference to the string it was sliced from. V8 keeps a slice of 13
 * characters or more as a pointer into its parent, so a quote kept until a run ends ("ongeveer 500
 * burgerdoden", a repeated sentence) would keep its whole article's text alive; a corpus, every article's.
 */
export function ownString(text: string): string {
  return text.length < 13 ? text : Buffer.from(text, 'utf8').toString('utf8');
}
