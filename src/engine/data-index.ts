import { SUBJECTS } from '../data/catalog/subjects.js';
import type { Dataset, DefinitionBreak, Observation, Publication, Ranking, Series } from '../data/schema.js';

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Read-only lookups over the dataset, built once per engine. */
export class DataIndex {
  readonly series = new Map<string, Series>();
  readonly bySubject = new Map<string, Series[]>();
  readonly publications = new Map<string, Publication>();
  private readonly current = new Map<string, Observation[]>();
  private readonly history = new Map<string, Observation[]>();
  private readonly rankings = new Map<string, Ranking[]>();
  private readonly printed = new Map<string, string[]>();
  readonly rankingSubjects = new Set<string>();

  constructor(readonly dataset: Dataset) {
    for (const p of dataset.publications) this.publications.set(p.id, p);
    // Plain string comparison: dates and periods are ISO-like, and ICU collation is slow to start.
    const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const dateOf = (o: { publication: string }) => this.publications.get(o.publication)!.date;
    const newestFirst = (a: Observation, b: Observation) => cmp(dateOf(b), dateOf(a));
    // Subjects in catalogue order, so "the first subject with this measure" is the main one.
    const order = Object.keys(SUBJECTS);
    const sorted = [...dataset.series].sort((a, b) => order.indexOf(a.subject) - order.indexOf(b.subject));
    for (const s of sorted) {
      this.series.set(s.id, s);
      push(this.bySubject, s.subject, s);
    }
    for (const o of dataset.observations) {
      const key = `${o.series}|${o.period}`;
      if (!this.history.has(key)) push(this.printed, o.series, o.period);
      push(this.history, key, o);
      if (o.current) push(this.current, o.series, o);
    }
    for (const list of this.history.values()) list.sort(newestFirst);
    for (const list of this.current.values()) list.sort((a, b) => cmp(a.period, b.period));
    for (const r of dataset.rankings) {
      const key = `${r.subject}|${r.period}`;
      push(this.rankings, key, r);
      this.rankingSubjects.add(r.subject);
    }
    for (const list of this.rankings.values()) {
      list.sort((a, b) => cmp(dateOf(b), dateOf(a)));
    }
  }

  /** The current value of a series in a period (newest publication), if any. */
  value(series: string, period: string): Observation | undefined {
    return this.history.get(`${series}|${period}`)?.find((o) => o.current);
  }

  /** Every publication's value for a series and period, newest publication first. */
  revisions(series: string, period: string): Observation[] {
    return this.history.get(`${series}|${period}`) ?? [];
  }

  /** Current observations of a series, oldest period first; `kind` filters years or months. */
  observations(series: string, kind?: 'year' | 'month'): Observation[] {
    const all = this.current.get(series) ?? [];
    if (!kind) return all;
    return all.filter((o) => (kind === 'year' ? o.period.length === 4 : o.period.length === 7));
  }

  periods(series: string, kind?: 'year' | 'month'): string[] {
    return this.observations(series, kind).map((o) => o.period);
  }

  /** Every period any publication printed for a series, current or not. */
  printedPeriods(series: string): string[] {
    return this.printed.get(series) ?? [];
  }

  ranking(subject: string, period: string): Ranking | undefined {
    return this.rankings.get(`${subject}|${period}`)?.[0];
  }

  rankingPeriods(subject: string): string[] {
    return [...this.rankings.keys()]
      .filter((k) => k.startsWith(`${subject}|`))
      .map((k) => k.split('|')[1]!)
      .sort();
  }

  publicationTitle(id: string): string {
    return this.publications.get(id)?.title ?? id;
  }

  /**
   * The definition change between two printings of one figure, if any: a break dated by the
   * publication that first counted the new way, with the older printing before it and the newer
   * one from it on. Such a change is counted differently, not corrected: never a revision.
   */
  redefinition(series: Series, older: Observation, newer: Observation): DefinitionBreak | undefined {
    const date = (id: string) => this.publications.get(id)?.date ?? '';
    return series.breaks.find((b) => {
      if (!b.publication) return false;
      const at = date(b.publication);
      return date(older.publication) < at && date(newer.publication) >= at;
    });
  }
}
