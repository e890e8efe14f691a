import { randomBytes } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { ChartSizeName } from '../../charts/sizes.js';
import type { RenderedChart } from '../../charts/types.js';

interface Entry {
  chart: RenderedChart;
  pngs: Map<ChartSizeName, Promise<Uint8Array>>;
}

/**
 * The charts of the last `capacity` answers, by an unguessable id, so the page's <img> can fetch the
 * PNG with a plain GET. Bounded, because a chat left open all day must not grow the process; an
 * evicted chart is simply gone (the page then shows the alt text). Holding the answer's own chart
 * rather than re-drawing from query parameters means nobody can craft a link that shows made-up
 * numbers as an IND chart.
 */
export class ChartStore {
  readonly #entries: LRUCache<string, Entry>;

  constructor(readonly capacity = 200) {
    this.#entries = new LRUCache({ max: capacity });
  }

  add(chart: RenderedChart): string {
    const id = randomBytes(12).toString('base64url');
    this.#entries.set(id, { chart, pngs: new Map() });
    return id;
  }

  has(id: string): boolean {
    return this.#entries.has(id);
  }

  get size(): number {
    return this.#entries.size;
  }

  /**
   * The PNG at a size, drawn once per chart and size; null when the id is unknown or evicted. A
   * failed draw is retried.
   */
  png(id: string, size: ChartSizeName = 'wide'): Promise<Uint8Array> | null {
    const entry = this.#entries.get(id);
    if (!entry) return null;
    let png = entry.pngs.get(size);
    if (!png) {
      const drawing = entry.chart.png(size);
      png = drawing;
      entry.pngs.set(size, drawing);
      drawing.catch(() => {
        if (entry.pngs.get(size) === drawing) entry.pngs.delete(size);
      });
    }
    return png;
  }
}

export const CHART_ID = /^[A-Za-z0-9_-]{16}$/;
