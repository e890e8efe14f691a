import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportRows, toCsv } from '../../src/data/export.js';
import { loadDataset } from '../../src/data/load.js';
import { FIGURES_FILE } from '../../src/data/paths.js';

describe('loading the dataset', () => {
  it('fails with a message naming the bad record', () => {
    const json = JSON.parse(readFileSync(FIGURES_FILE, 'utf8'));
    json.observations[5].period = '2024-13';
    const file = join(mkdtempSync(join(tmpdir(), 'ind-load-')), 'figures.json');
    writeFileSync(file, JSON.stringify(json));
    expect(() => loadDataset(file)).toThrow(
      /bad record observations\.5\.period \(series [a-z0-9.-]+, period 2024-13, publication [a-z0-9-]+\)/,
    );
  });

  it('fails clearly when the file is missing', () => {
    expect(() => loadDataset('/nonexistent/figures.json')).toThrow(/cannot read the dataset.*npm run ingest/);
  });
});

describe('export', () => {
  const data = loadDataset();

  it('writes every current observation with its source, file and line', () => {
    const rows = exportRows(data, false);
    expect(rows).toHaveLength(data.observations.filter((o) => o.current).length);
    const row = rows.find((r) => r.series === 'naturalisatie.aanvragen' && r.period === '2024')!;
    expect(row).toMatchObject({
      value: 54780,
      unit: 'count',
      publication: 'Jaarcijfers 2025',
      file: 'data/raw/jaarcijfers-2025.txt',
      line: 77,
      current: true,
    });
    expect(row.label_en).toBe('Naturalisation · applications');
  });

  it('with history, includes superseded values marked current: false', () => {
    const rows = exportRows(data, true);
    const revised = rows.filter((r) => r.series === 'familie-gezin.aanvragen' && r.period === '2023');
    expect(revised.map((r) => [r.publication, r.value, r.current])).toEqual(
      expect.arrayContaining([
        ['Jaarcijfers 2025', 41800, true],
        ['Jaarcijfers 2023', 41820, false],
      ]),
    );
  });

  it('quotes CSV cells that contain commas', () => {
    const csv = toCsv(exportRows(data, false));
    const [header, ...lines] = csv.trim().split('\n');
    expect(header).toBe('series,label_nl,label_en,period,value,unit,reason,publication,file,line,current');
    expect(
      lines.some((l) =>
        l.includes('"Omwisseling, vervanging en vermissing verblijfsdocumenten · aanvragen"'),
      ),
    ).toBe(true);
  });
});
