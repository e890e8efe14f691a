import Fuse from 'fuse.js';
import type { Language } from '../data/schema.js';
import type { Engine } from './engine.js';
import { questionFor } from './suggestions.js';
import { fold } from './understand/text.js';

const catalogues = new WeakMap<Engine, Record<Language, Fuse<string>>>();

/** Every series with its latest period, as a question, in both languages: what autocomplete offers. */
function catalogue(engine: Engine): Record<Language, Fuse<string>> {
  let c = catalogues.get(engine);
  if (!c) {
    const build = (lang: Language) => {
      const questions = engine.index.dataset.series.map((s) => {
        const periods = engine.index.periods(s.id);
        return questionFor(s, periods[periods.length - 1] ?? null, lang);
      });
      return new Fuse(questions, {
        threshold: 0.4,
        ignoreLocation: true,
        getFn: (q) => fold(q as unknown as string),
      });
    };
    c = { nl: build('nl'), en: build('en') };
    catalogues.set(engine, c);
  }
  return c;
}

export function suggestFor(
  engine: Engine,
  prefix: string,
  language: Language | undefined,
  limit: number,
): string[] {
  const text = typeof prefix === 'string' ? prefix.slice(0, 100) : '';
  const lang = language ?? engine.languageOf(text);
  const fuse = catalogue(engine)[lang];
  const query = fold(text).trim();
  const hits = query
    ? fuse.search(query, { limit }).map((r) => r.item)
    : fuse.getIndex().docs.slice(0, limit).map(String);
  return hits.map((q) => q.slice(0, 100)).slice(0, Math.min(limit, 25));
}
