import { describe, expect, it } from 'vitest';
import { committedDataset } from '../../../src/data/default.js';
import { createEngine } from '../../../src/engine/engine.js';
import { fromSnapshot, toSnapshot } from '../../../src/engine/lexicon/snapshot.js';
import { engine, TODAY } from '../helpers.js';

const restored = fromSnapshot(JSON.parse(JSON.stringify(toSnapshot(engine.lexicon))));

describe('the lexicon snapshot kept beside the build', () => {
  it('restores every phrase with the same senses, every known word and the speller', () => {
    for (const table of ['domain', 'words'] as const) {
      expect(restored[table].phrases).toEqual(engine.lexicon[table].phrases);
      expect(restored[table].prefixes).toEqual(engine.lexicon[table].prefixes);
      expect(restored[table].longest).toBe(engine.lexicon[table].longest);
    }
    expect(restored.known).toEqual(engine.lexicon.known);
    expect(restored.domainWords).toEqual(engine.lexicon.domainWords);
    expect(restored.realWords).toEqual(engine.lexicon.realWords);
    expect(restored.speller.words).toEqual(engine.lexicon.speller.words);
  });

  it('stores each distinct sense once, so the file stays small', () => {
    const snapshot = toSnapshot(engine.lexicon);
    const distinct = new Set(snapshot.senses.map((sense) => JSON.stringify(sense)));
    expect(distinct.size).toBe(snapshot.senses.length);
    const uses = [...snapshot.domain, ...snapshot.words].reduce((n, [, ids]) => n + ids.length, 0);
    expect(snapshot.senses.length).toBeLessThan(uses / 4);
  });

  it('answers as the compiled lexicon does, typos included', () => {
    const fromFile = createEngine(committedDataset(), {
      lexicon: restored,
      onError: (error) => {
        throw error;
      },
    });
    for (const q of [
      'hoeveel naturalisatieaanvragen in 2024?',
      'asylum aplications last year',
      'Klopt het dat de eerste asielaanvragen in 2025 daalden?',
      'top 3 nationaliteiten asiel 2023',
      'openstaande aanvragen langer dan een jaar in oktober 2025',
    ]) {
      expect(fromFile.answer(q, { today: TODAY })).toEqual(engine.answer(q, { today: TODAY }));
    }
  });
});
