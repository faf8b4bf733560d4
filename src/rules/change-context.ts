import type { Document } from '../document/types.js';
import type { Lexicon } from '../extract/lexicon.js';
import { matchAny } from '../util/match-any.js';
import { memo } from '../util/memo.js';


/**
 * The sentence around an offset speaks of a change or an earlier figure ("steeg tot", "rose from",
 * "eerder", "last week"): its figures are not meant to agree with the article's current ones.
 */
export function inChangeContext(doc: Document, lex: Lexicon, start: number, end: number): boolean {
  const re = memo(lex, 'change-cues', () => new RegExp(`(?<![\\p{L}])${matchAny(lex.changeCues)}(?![\\p{L}])`, 'iu'));
  const text = doc.prose;
  const from = Math.max(text.lastIndexOf('.', start) + 1, text.lastIndexOf('\n', start) + 1, start - 200);
  let to = text.indexOf('.', end);
  if (to === -1 || to - end > 200) to = end + 200;
  return re.test(text.slice(from, to));
}
