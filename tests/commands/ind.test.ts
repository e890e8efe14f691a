import { describe, expect, it } from 'vitest';
import { indCommand } from '../../commands/ind.js';
import { CommandSchema } from '../../commands/schema.js';

describe('the /ind command declaration', () => {
  it('is valid for both Slack and Discord (names, lengths, localizations)', () => {
    expect(() => CommandSchema.parse(indCommand)).not.toThrow();
  });

  it('has examples in both languages that the engine answers with figures', async () => {
    const { answer } = await import('../../src/app/default-engine.js');
    for (const q of [...indCommand.examples.nl, ...indCommand.examples.en]) {
      const a = answer(q, { today: '2026-11-22' });
      expect(['value', 'comparison', 'series', 'ranking', 'claim'], q).toContain(a.kind);
    }
  });
});
