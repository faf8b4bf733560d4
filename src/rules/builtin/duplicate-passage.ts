import { sentencesOf, type Sentence } from '../../extract/common/sentences.js';
import { defineRule } from '../types.js';

/** Sentences shorter than this many words may repeat by design ("Dat meldt de politie."). */
const MIN_WORDS = 6;

const normalise = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Whether a normalised sentence has fewer than MIN_WORDS words: as `key.split(' ').length`, without the array. */
function isShort(key: string): boolean {
  let words = 1;
  for (let i = key.indexOf(' '); i !== -1 && words < MIN_WORDS; i = key.indexOf(' ', i + 1)) words += 1;
  return words < MIN_WORDS;
}

/**
 * A repeated sentence or run of sentences, as a copy-paste leaves it. One finding per repeated run,
 * pointing at the repeat and at the original.
 */
export default defineRule({
  meta: {
    id: 'duplicate-passage',
    severity: 'warning',
    scope: 'document',
    docs: { description: 'A sentence or paragraph is repeated' },
    messages: {
      repeated: 'This passage of {{count}} sentence(s) repeats {{lines}} word for word.',
    },
  },
  create(context) {
    return {
      'document:exit'() {
        const { doc } = context.document;
        const sentences = sentencesOf(doc);
        const firstSeen = new Map<string, number>();
        const originOf: (number | undefined)[] = sentences.map((s, i) => {
          const key = normalise(doc.prose.slice(s.start, s.end));
          if (isShort(key)) return undefined;
          const seen = firstSeen.get(key);
          if (seen === undefined) firstSeen.set(key, i);
          return seen;
        });
        for (let i = 0; i < sentences.length; i++) {
          const origin = originOf[i];
          if (origin === undefined) continue;
          // Extend the run while the next sentence repeats the next original one.
          let n = 1;
          while (originOf[i + n] === origin + n && origin + n < i) n += 1;
          const repeat = span(sentences, i, n);
          const original = span(sentences, origin, n);
          context.report({
            messageId: 'repeated',
            data: { count: n, lines: lineRange(context.lineOf(original), context.lineOf({ start: original.end, end: original.end })) },
            spans: [{ document: doc, ...repeat }, { document: doc, ...original }],
          });
          i += n - 1;
        }
      },
    };
  },
});

function span(sentences: readonly Sentence[], from: number, n: number): { start: number; end: number } {
  return { start: sentences[from]?.start ?? 0, end: sentences[from + n - 1]?.end ?? 0 };
}

const lineRange = (first: number, last: number): string => (first === last ? `line ${first}` : `lines ${first}-${last}`);
