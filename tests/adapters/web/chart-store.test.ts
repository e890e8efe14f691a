import { describe, expect, it } from 'vitest';
import { CHART_ID, ChartStore } from '../../../src/adapters/web/chart-store.js';
import type { RenderedChart } from '../../../src/charts/types.js';

const chart = (draw: () => Promise<Uint8Array>): RenderedChart => ({ url: null, alt: 'alt', png: draw });

describe('ChartStore', () => {
  it('hands out unguessable ids and forgets the oldest beyond its capacity', () => {
    const store = new ChartStore(3);
    const ids = [1, 2, 3, 4, 5].map(() => store.add(chart(async () => new Uint8Array([1]))));
    expect(new Set(ids).size).toBe(5);
    for (const id of ids) expect(id).toMatch(CHART_ID);
    expect(store.size).toBe(3);
    expect(ids.map((id) => store.has(id))).toEqual([false, false, true, true, true]);
    expect(store.png(ids[0]!)).toBeNull();
  });

  it('draws each chart once, but tries again after a failed draw', async () => {
    let calls = 0;
    const store = new ChartStore();
    const id = store.add(
      chart(async () => {
        calls++;
        if (calls === 1) throw new Error('canvas busy');
        return new Uint8Array([calls]);
      }),
    );
    await expect(store.png(id)).rejects.toThrow('canvas busy');
    expect(await store.png(id)).toEqual(new Uint8Array([2]));
    expect(await store.png(id)).toEqual(new Uint8Array([2]));
    expect(calls).toBe(2);
  });

  it('keeps one drawing per size', async () => {
    const sizes: string[] = [];
    const store = new ChartStore();
    const id = store.add({
      url: null,
      alt: 'alt',
      png: async (size = 'wide') => {
        sizes.push(size);
        return new Uint8Array([size.length]);
      },
    });
    expect(await store.png(id)).toEqual(new Uint8Array([4]));
    expect(await store.png(id, 'narrow')).toEqual(new Uint8Array([6]));
    expect(await store.png(id, 'narrow')).toEqual(new Uint8Array([6]));
    expect(sizes).toEqual(['wide', 'narrow']);
  });
});
