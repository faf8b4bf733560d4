import type { Claim } from '../claims/types.js';
import type { MeaningContext } from './meaning.js';

/** Small words that may follow an elliptical figure: "en komt uit op 4.", "houdt er 9 over", "kreeg er 21 tegen". */
const PARTICLES = ['over', 'tegen', 'terug', 'af', 'bij', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'from'];

/** Sentences opened by a pronoun that points back at the previous sentence's figure ("Dat is 11 miljard meer"). */
const BACK_POINTERS = new Set(['dat', 'dit', 'het', 'it', 'that', 'this']);

/**
 * Gives figures that name nothing the measure their neighbours name, as a reader does:
 * - "van 34 naar 24 zetels", "from 120 to 312 cases": the first end of a change takes the second's;
 * - "De VVD verliest 1 zetel en komt uit op 4", "in Castilië-La Mancha twee en in Andalusië een": a figure
 *   with no noun of its own continues the previous figure of its kind in the sentence;
 * - "Dat is 11 miljard euro meer", "It was 2.3 percent in April": a sentence opened by a pronoun continues
 *   the previous sentence's figure of the same kind.
 */
export function inheritMeasures(ctx: MeaningContext, claims: readonly Claim[]): void {
  const figures = claims.filter((c) => c.kind === 'count' || c.kind === 'percent' || c.kind === 'money');
  // The latest figure so far of each kind in each sentence: one lookup, not a scan back per figure.
  const latest = new Map<string, Claim>();
  const key = (sentence: number, kind: string) => `${sentence}|${kind}`;
  figures.forEach((claim, i) => {
    inherit(ctx, claim, figures[i + 1], latest, key);
    latest.set(key(claim.sentence, claim.kind), claim);
  });
}

function inherit(ctx: MeaningContext, claim: Claim, next: Claim | undefined, latest: ReadonlyMap<string, Claim>, key: (sentence: number, kind: string) => string): void {
  // "one of its three plants", "41 of the 312": a part counts what its whole counts, not its neighbour.
  if (claim.measure !== null || claim.partOf !== null || !elliptical(ctx, claim)) return;
  if (next && next.kind === claim.kind && next.sentence === claim.sentence && next.measure !== null && ctx.lex.changeTo.includes(ctx.text.slice(claim.end, next.start).trim().toLowerCase())) {
    claim.measure = next.measure;
    return;
  }
  const previous = latest.get(key(claim.sentence, claim.kind));
  if (previous) {
    claim.measure = previous.measure;
    return;
  }
  if (claim.kind === 'count') return;
  // The sentence's first word, read at its start (never the whole sentence up to the figure).
  const opening = /[\s"“]*([\p{L}]+)/uy;
  opening.lastIndex = ctx.sentences[claim.sentence]?.start ?? 0;
  const found = opening.exec(ctx.text);
  const opener = found && found.index + found[0].length <= claim.start ? found[1]?.toLowerCase() : undefined;
  if (opener && BACK_POINTERS.has(opener)) {
    claim.measure = latest.get(key(claim.sentence - 1, claim.kind))?.measure ?? null;
  }
}

/** The figure stands without a noun of its own: punctuation, a particle or a small word follows it. */
function elliptical(ctx: MeaningContext, claim: Claim): boolean {
  if (claim.kind !== 'count') return true; // a percentage or an amount carries its own unit word
  const after = /^\s*([\p{L}]+|[^\s\p{L}])?/u.exec(ctx.text.slice(claim.end, claim.end + 30))?.[1] ?? '';
  if (after === '' || !/\p{L}/u.test(after)) return true;
  const word = after.toLowerCase();
  return word === ctx.lex.listJoiner || PARTICLES.includes(word) || ctx.lex.functionWords.includes(word);
}
