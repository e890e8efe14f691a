import { test } from 'vitest';
import { parseAnnual } from '../../src/data/ingest/annual.js';
import { parseMonthly } from '../../src/data/ingest/monthly.js';
import { PUBLICATIONS } from '../../src/data/ingest/publications/index.js';
import { readFileSync } from 'node:fs';
test('scratch', () => {
  for (const d of PUBLICATIONS) {
    const text = readFileSync('data/'+d.publication.file,'utf8');
    try {
      const p = d.layout === 'annual' ? parseAnnual(d, text) : parseMonthly(d, text);
      const left = p.ledger.unaccounted();
      console.log(d.publication.id, 'obs', p.observations.length, 'rankings', p.rankings.map(r=>r.subject+':'+r.entries.map(e=>e.nl).join(',')).join(' | '));
      for (const l of left) console.log('  LEFT', l.line, JSON.stringify(l.text), JSON.stringify(p.ledger.lines[l.line-1]!.slice(0,100)));
    } catch (e) { console.log(d.publication.id, String(e)); }
  }
});
