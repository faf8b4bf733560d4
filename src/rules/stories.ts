import type { NumericClaim } from '../claims/types.js';
import { localeConfig } from '../extract/index.js';
import { DEFAULT_WINDOW_DAYS, memoryFigureStore, storyFigure, withinWindow, type FigureStore, type StoryFigure } from './story-match.js';
import type { CheckedDocument } from './types.js';

/** Articles about the same events: linked by figures the cross-article rules would compare. */
export interface Story {
  id: string;
  /** Ids of its articles, in input order. */
  documents: string[];
  /** What links them: "deaths in limburg", at most a few, most shared first. */
  about: string[];
}


/**
 * Groups a corpus into stories, fed one document at a time: two articles are in one story when they
 * have figures of the same measure, group, period and place within a month of each other (the buckets
 * cross-article-conflict compares in), and stories are the connected groups of such links. An article
 * that shares no figure is a story of its own.
 */
export function storyClusters(figures: FigureStore = memoryFigureStore()) {
  const order: string[] = [];
  return {
    add({ doc, claims, kept }: CheckedDocument): void {
      order.push(doc.id);
      for (const claim of claims) {
        if (claim.kind !== 'count') continue;
        const figure = storyFigure(claim as NumericClaim, doc, localeConfig(doc.lang).lexicon, kept);
        if (figure) figures.add(figure);
      }
    },
    finish(): Story[] {
      const parent = new Map(order.map((id) => [id, id]));
      const root = (id: string): string => {
        let r = id;
        while (parent.get(r) !== r) r = parent.get(r)!;
        parent.set(id, r);
        return r;
      };
      const labels = new Map<string, Set<string>>(); // per article, the buckets it was linked through
      const link = (a: StoryFigure, b: StoryFigure, label: string) => {
        parent.set(root(a.doc.id), root(b.doc.id));
        for (const id of [a.doc.id, b.doc.id]) labels.set(id, (labels.get(id) ?? new Set()).add(label));
      };
      for (const bucket of figures.buckets()) {
        const label = `${bucket[0]!.claim.measure} in ${sharedPlace(bucket)}`;
        // On a time line, linking each figure to the next one within the window gives the same groups
        // as comparing every pair; an undated figure may be about any of them.
        const dated = bucket.filter((f) => f.doc.date).sort((a, b) => (a.doc.date!.low < b.doc.date!.low ? -1 : 1));
        for (let i = 1; i < dated.length; i++) {
          const [a, b] = [dated[i - 1]!, dated[i]!];
          if (a.doc.id !== b.doc.id && withinWindow(a.doc, b.doc, DEFAULT_WINDOW_DAYS)) link(a, b, label);
        }
        const anchor = dated[0] ?? bucket[0]!;
        for (const f of bucket) if (!f.doc.date && f.doc.id !== anchor.doc.id) link(f, anchor, label);
      }
      const stories = new Map<string, string[]>();
      for (const id of order) {
        const r = root(id);
        stories.set(r, [...(stories.get(r) ?? []), id]);
      }
      return [...stories.values()].map((documents, i) => {
        const about = new Map<string, number>();
        for (const id of documents) for (const label of labels.get(id) ?? []) about.set(label, (about.get(label) ?? 0) + 1);
        const top = [...about].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, 3).map(([label]) => label);
        return { id: `story-${i + 1}`, documents, about: top };
      });
    },
  };
}

/** The place every figure of a bucket may stand for (a bucket is keyed by one). */
function sharedPlace(bucket: readonly StoryFigure[]): string {
  const [first, ...rest] = bucket;
  return first?.places.find((p) => rest.every((f) => f.places.includes(p))) ?? first?.claim.scope.place ?? '';
}
