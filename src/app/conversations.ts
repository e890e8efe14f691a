import type { Reading } from '../contract/answer.js';

/**
 * The last reading per conversation, for follow-ups ("en in 2023?"). Small, in memory, bounded in
 * size and age: losing it (a restart, another instance behind a load balancer) only costs a
 * follow-up its context, never a wrong figure.
 */
export class ConversationStore {
  private readonly entries = new Map<string, { reading: Reading; at: number }>();

  constructor(
    private readonly maxEntries = 5000,
    private readonly maxAgeMs = 30 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  get(id: string): Reading | null {
    const entry = this.entries.get(id);
    if (!entry) return null;
    if (this.now() - entry.at > this.maxAgeMs) {
      this.entries.delete(id);
      return null;
    }
    return entry.reading;
  }

  set(id: string, reading: Reading): void {
    this.entries.delete(id);
    this.entries.set(id, { reading, at: this.now() });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }

  get size(): number {
    return this.entries.size;
  }
}
