import { describe, expect, it } from 'vitest';
import { ageOf } from '../../src/charts/lines.js';
import { MEASURES } from '../../src/data/catalog/measures.js';

describe('ageOf', () => {
  it('reads the age bucket of every open-cases measure from its series id, as the catalogue has it', () => {
    const aged = Object.entries(MEASURES).filter(([, m]) => 'age' in m && m.age);
    expect(aged.length).toBeGreaterThanOrEqual(12);
    for (const [id, measure] of aged)
      expect(ageOf(`spoor-4.${id}`), id).toEqual((measure as { age: unknown }).age);
    for (const [id, measure] of Object.entries(MEASURES))
      if (!('age' in measure && measure.age)) expect(ageOf(`spoor-4.${id}`), id).toBeUndefined();
  });
});
