import type { NumericClaim } from '../../claims/types.js';
import type { Document } from '../../document/types.js';
import { measureProperties } from '../../measures/properties.js';
import { inChangeContext } from '../change-context.js';
import { disagreement } from '../compare.js';
import { defineRule } from '../types.js';

interface Entry {
  claim: NumericClaim;
  doc: Document;
}

/**
 * One measure in one scope with incompatible figures in two articles of the run. Claims are grouped by
 * measure, group, place and period first, so articles are never compared pair by pair. A cumulative
 * measure may grow: a later article with a larger toll is not a conflict, a later smaller one is.
 */
export default defineRule({
  meta: {
    id: 'cross-article-conflict',
    severity: 'warning',
    scope: 'corpus',
    docs: { description: 'The same measure and scope has incompatible figures in two articles' },
    messages: {
      conflict: '{{a}} {{measure}} in {{docA}} ({{dateA}}) disagrees with {{b}} in {{docB}} ({{dateB}}); matched on {{why}}.',
      shrank: '{{b}} {{measure}} in {{docB}} ({{dateB}}) is lower than the earlier {{a}} in {{docA}} ({{dateA}}), but {{measure}} only grows; matched on {{why}}.',
    },
  },
  create(context) {
    const groups = new Map<string, Entry[]>();
    return {
      count(claim) {
        const { doc } = context.document;
        if (claim.measure === null || claim.partOf !== null || !claim.scope.place) return;
        if (inChangeContext(doc, context.lexicon, claim.start, claim.end)) return;
        const key = [claim.measure, claim.scope.group ?? '', claim.scope.place, claim.scope.period ?? ''].join('|');
        const list = groups.get(key) ?? [];
        list.push({ claim, doc });
        groups.set(key, list);
      },
      'corpus:exit'() {
        for (const entries of groups.values()) {
          const reported = new Set<string>();
          for (let i = 0; i < entries.length; i++) {
            for (let j = i + 1; j < entries.length; j++) {
              const [x, y] = [entries[i]!, entries[j]!];
              const pair = `${x.doc.id}\u0000${y.doc.id}`;
              if (x.doc.id === y.doc.id || reported.has(pair)) continue;
              const verdict = judge(x, y);
              if (!verdict) continue;
              reported.add(pair);
              const [a, b] = verdict.order;
              context.report({
                messageId: verdict.messageId,
                data: {
                  a: `"${a.claim.text}"`, b: `"${b.claim.text}"`, measure: a.claim.measure ?? '',
                  docA: a.doc.id, docB: b.doc.id, dateA: a.doc.date?.value ?? 'undated', dateB: b.doc.date?.value ?? 'undated',
                  why: matchedOn(a.claim),
                },
                // The first location is the figure the message leads with.
                claims: (verdict.messageId === 'shrank' ? [b, a] : [a, b]).map((e) => ({ claim: e.claim, document: e.doc })),
                lenient: verdict.lenient,
              });
            }
          }
        }
      },
    };
  },
});

/** Whether two figures conflict, taking time into account; the earlier article comes first. */
function judge(x: Entry, y: Entry): { messageId: string; order: [Entry, Entry]; lenient: boolean } | null {
  if (!measureProperties(x.claim.measure ?? '').comparable) return null; // one party's seats against another's
  const how = disagreement(x.claim, y.claim);
  if (how === 'none') return null;
  const dx = x.doc.date;
  const dy = y.doc.date;
  const cumulative = measureProperties(x.claim.measure ?? '').cumulative;
  const sameTime = !dx || !dy || (dx.low <= dy.high && dy.low <= dx.high);
  if (sameTime) return { messageId: 'conflict', order: [x, y], lenient: how === 'strict' };
  if (!cumulative) return null; // a snapshot on another day may differ
  const [earlier, later] = dx.high < dy.low ? [x, y] : [y, x];
  if (later.claim.high >= earlier.claim.low) return null; // grew, or may have
  return { messageId: 'shrank', order: [earlier, later], lenient: how === 'strict' };
}

const matchedOn = (c: NumericClaim): string =>
  ['measure', c.scope.place && `place ${c.scope.place}`, c.scope.group && `group ${c.scope.group}`, c.scope.period && `period ${c.scope.period}`]
    .filter(Boolean)
    .join(', ');
