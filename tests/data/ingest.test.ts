import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/data/ingest/build.js';
import { PUBLICATIONS } from '../../src/data/ingest/publications/index.js';
import { runIngest } from '../../src/data/ingest/run.js';
import { serializeDataset } from '../../src/data/ingest/serialize.js';
import { DATA_DIR, FIGURES_FILE } from '../../src/data/paths.js';

const copyOfData = () => {
  const dir = mkdtempSync(join(tmpdir(), 'ind-data-'));
  cpSync(join(DATA_DIR, 'raw'), join(dir, 'raw'), { recursive: true });
  return dir;
};

describe('ingest', () => {
  it('reproduces the committed dataset exactly', () => {
    const { dataset } = buildDataset(DATA_DIR);
    expect(serializeDataset(dataset)).toBe(readFileSync(FIGURES_FILE, 'utf8'));
  });

  it('accounts for every number token of every raw file: ingested, or skipped with a reason', () => {
    const { coverage } = buildDataset(DATA_DIR);
    expect(coverage).toHaveLength(5);
    for (const file of coverage) {
      const unaccounted = file.tokens.filter((t) => t.role === 'unaccounted');
      expect(unaccounted, file.file).toEqual([]);
      for (const t of file.tokens.filter((t) => t.role === 'skipped'))
        expect(t.reason, `${file.file}:${t.line}`).toBeTruthy();
      expect(file.tokens.filter((t) => t.role === 'value').length).toBeGreaterThan(150);
    }
  });

  it('stops on a truncated raw file with a message naming the file and line, leaving figures.json intact', () => {
    const dir = copyOfData();
    runIngest(dir);
    const before = readFileSync(join(dir, 'figures.json'), 'utf8');
    const raw = join(dir, 'raw', 'maandcijfers-2025-12.txt');
    const lines = readFileSync(raw, 'utf8').split('\n');
    writeFileSync(raw, lines.slice(0, 60).join('\n'));
    expect(() => runIngest(dir)).toThrow(/raw\/maandcijfers-2025-12\.txt:\d+: found \d+ number blocks/);
    expect(readFileSync(join(dir, 'figures.json'), 'utf8')).toBe(before);
  });

  it('stops on a garbled table row, naming the line', () => {
    const dir = copyOfData();
    const raw = join(dir, 'raw', 'jaarcijfers-2024.txt');
    writeFileSync(raw, readFileSync(raw, 'utf8').replace('Beslissingen\t55.640', 'Besl1ssingen\t55.640'));
    expect(() => runIngest(dir)).toThrow(/raw\/jaarcijfers-2024\.txt:\d+: row "besl1ssingen"/);
  });

  it('stops when a number appears that no description accounts for', () => {
    const dir = copyOfData();
    const raw = join(dir, 'raw', 'jaarcijfers-2025.txt');
    writeFileSync(raw, `${readFileSync(raw, 'utf8')}\nEen nieuwe zin met 1.234 erin.\n`);
    expect(() => runIngest(dir)).toThrow(
      /jaarcijfers-2025\.txt:\d+: 1 number token\(s\) neither ingested nor skipped, first "1\.234"/,
    );
  });

  it('stops when a description points at a row the file does not have', () => {
    const monthly = PUBLICATIONS.find((d) => d.layout === 'monthly')!;
    if (monthly.layout !== 'monthly') throw new Error('no monthly description');
    const broken = {
      ...monthly,
      blocks: monthly.blocks.map((b, i) => (i === 0 ? { ...b, rows: [...b.rows, 'aanvragen'] } : b)),
    };
    const descs = PUBLICATIONS.map((d) => (d === monthly ? broken : d));
    expect(() => buildDataset(DATA_DIR, descs)).toThrow(
      /maandcijfers-2025-12\.txt:\d+: block 1 \(Asiel - Eerste aanvragen\) has 8 number rows, the description 9/,
    );
  });

  it('stops on an empty raw file', () => {
    const dir = copyOfData();
    writeFileSync(join(dir, 'raw', 'jaarcijfers-2020.txt'), '');
    expect(() => runIngest(dir)).toThrow(/jaarcijfers-2020\.txt: the file is empty/);
  });
});
