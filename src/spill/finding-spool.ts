import type Database from 'better-sqlite3';
import { findingKey, inReportOrder, type FindingSpool, type SpooledFinding } from '../rules/finding-spool.js';
import type { Finding, FindingList } from '../rules/types.js';
import { Overflow, type SpillArea } from './area.js';

/**
 * A spool that holds `budget` findings in memory and, past that, sets them all aside in the run's spill
 * area, to be read back in report order by SQLite's sort: the same order as the memory spool's, findings
 * equal in every key keeping the order they came in (the `seq` column).
 */
export function spillingSpool(area: SpillArea, budget = area.budgets.findings): FindingSpool {
  const held = new Overflow<SpooledFinding, DiskFindings>(budget, () => new DiskFindings(area.database(), area.tableName('findings')));
  return {
    add: (finding, order) => held.add({ finding, key: findingKey(finding, order) }),
    sorted: () => (held.memory ? inReportOrder(held.memory) : held.disk!.sorted()),
  };
}

class DiskFindings {
  private readonly insert: Database.Statement;
  private count = 0;

  constructor(
    private readonly db: Database.Database,
    private readonly name: string,
  ) {
    db.exec(`CREATE TABLE ${name} (seq INTEGER PRIMARY KEY, ord INTEGER NOT NULL, start INTEGER NOT NULL, rank INTEGER NOT NULL, rule TEXT NOT NULL, data TEXT NOT NULL)`);
    this.insert = db.prepare(`INSERT INTO ${name} (ord, start, rank, rule, data) VALUES (?, ?, ?, ?, ?)`);
  }

  add({ finding, key }: SpooledFinding): void {
    this.insert.run(key.order, key.start, key.rank, key.rule, JSON.stringify(finding));
    this.count += 1;
  }

  /** Every finding, read from disk one row at a time each time the list is walked. */
  sorted(): FindingList {
    const select = this.db.prepare(`SELECT data FROM ${this.name} ORDER BY ord, start, rank, rule, seq`).pluck();
    return {
      length: this.count,
      *[Symbol.iterator]() {
        for (const data of select.iterate() as Iterable<string>) yield JSON.parse(data) as Finding;
      },
    };
  }
}
