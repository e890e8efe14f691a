import type { Query } from '../../understand/query.js';

/** The periods of a claim with their roles. */
export interface ClaimPeriods {
  /** The period claimed ("in 2025"); null: the latest. */
  target: string | null;
  /** The period compared with ("ten opzichte van 2023", "between 2023 and ..."); 'previous' for "a year earlier". */
  base: string | null;
  /** "sinds 2018", "since 2023": a record's range starts here, and a change is measured from it. */
  since: string | null;
  /** A part of a year ("eerste helft van 2025"): the months it covers. */
  partial: { year: string | null; months: number[]; words: string } | null;
  /** The part it is set against ("meer dan in het eerste kwartaal"), when two parts are named. */
  basePartial?: { year: string; months: number[] } | null;
  /** "2020 was the lowest year between 2018 and 2025": the range a record is claimed over. */
  span?: { from: string; to: string | null } | null;
}

/** Reads the roles of a claim's periods from what the period reader found. */
export function claimPeriods(q: Query, record = false): ClaimPeriods {
  const p = q.periods;
  const out: ClaimPeriods = { target: null, base: null, since: null, partial: null };
  if (p.part) {
    // Two parts: the one claimed comes first ("in Q2 minder dan in Q1"), unless the first is where
    // a change starts ("van het eerste naar het tweede kwartaal").
    const isFrom = (i: number) => q.view.senses(i).some((s) => s.kind === 'range' && s.role === 'from');
    // "from Q1", "van het eerste": the word before, or the one before an article.
    const from = (i: number) => {
      const before = q.view.prev(i);
      return isFrom(before) || (q.view.has(before, 'function') && isFrom(q.view.prev(before)));
    };
    const [claimed, against] =
      p.otherPart && from(p.part.start) ? [p.otherPart, p.part] : [p.part, p.otherPart];
    const words = q.view.tokens
      .slice(claimed.start, claimed.end)
      .map((t) => t.text)
      .join(' ');
    out.partial = { year: claimed.year || null, months: claimed.months, words };
    if (against) out.basePartial = { year: against.year, months: against.months };
  }
  if (p.range) {
    if (p.range.since) out.since = p.range.from;
    else {
      out.base = p.range.from;
      out.target = p.range.to;
    }
  }
  // "Nooit eerder zoveel ... als in 2021", "never so many as in 2021": a record's only period is the
  // one claimed, though "als"/"as" leads it.
  const only = p.mentions.length === 1 && !p.range ? p.mentions[0] : undefined;
  const against =
    record && only ? undefined : p.mentions.find((m) => m.lead === 'versus' || m.lead === 'than');
  if (against && !out.base) out.base = against.period;
  const since = p.mentions.find((m) => m.lead === 'since');
  if (since && !out.since) out.since = since.period;
  if (!out.base && p.yearBefore) out.base = 'previous';
  const others = p.mentions
    .filter((m) => m !== against && m !== since)
    .map((m) => m.period)
    .sort();
  if (!out.target && others.length > 0) {
    out.target = others[others.length - 1]!;
    if (!out.base && new Set(others.map((x) => x.length)).size === 1 && others[0] !== out.target)
      out.base = others[0]!;
  }
  // A record with a year inside the range named: that year is claimed, the range is what it beats.
  const range = p.range;
  const inside =
    record && range && !range.since
      ? p.mentions.find(
          (m) =>
            m.period.length === range.from.length &&
            m.period >= range.from &&
            (!range.to || m.period <= range.to),
        )
      : undefined;
  if (inside && range) {
    out.span = { from: range.from, to: range.to };
    out.target = inside.period;
    out.base = null;
  }
  if (out.partial && !out.partial.year) out.partial.year = out.target;
  // "steeg in 2025 tot 25.390 in december": a month of a year named for itself is measured from the
  // end of the year before.
  if (!out.base && out.target?.length === 7 && p.mentions.some((m) => m.period === out.target!.slice(0, 4)))
    out.base = `${Number(out.target.slice(0, 4)) - 1}-12`;
  return out;
}
