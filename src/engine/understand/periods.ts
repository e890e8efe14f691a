import { endWords, leads, shortYears } from './period-links.js';
import { previousMonth, previousPeriod } from './period-math.js';
import { AMBIGUOUS_MONTHS, ellipticPart, pad, readPart, yearAt } from './period-parts.js';
import { parseNumber, type View } from './view.js';

/** One period the question names, with the word that led it in. */
export interface Mention {
  period: string;
  /** Token span. */
  start: number;
  end: number;
  lead: 'since' | 'from' | 'between' | 'versus' | 'than' | null;
  /** "eind 2024", "at the end of 2024". */
  atEnd: boolean;
  /** The words when a period was read from something short ("'22" -> 2022, "22" -> 2022). */
  assumed?: string;
  /** Read from a relative phrase ("vorig jaar"). */
  relative: boolean;
  /** "dezelfde maand een jaar eerder": the same month as the other month named, else as today's. */
  sameMonth?: true;
}

export interface Periods {
  /** Periods named one by one, in the order of the question (a range's ends are not repeated). */
  mentions: Mention[];
  /** A span: `to` null means up to the latest ("sinds 2021"). */
  range: { from: string; to: string | null; since: boolean; start: number; end: number } | null;
  /** A quarter or half of a year: its months. */
  part: Part | null;
  /** A second part set against the first: "Q1 vs Q2 2025", "het eerste en tweede kwartaal". */
  otherPart: Part | null;
  /** "het jaar daarvoor", "a year earlier": compared with the period before. */
  yearBefore: boolean;
  /** Two periods set against each other ("2024 vs 2023", "tegenover"). */
  versus: boolean;
  /** "meest recent", "latest month": the newest period the series has (of months, for 'month'). */
  latest: 'any' | 'month' | null;
  /** Something period-like was said. */
  mentioned: boolean;
}

export interface Part {
  year: string;
  months: number[];
  start: number;
  end: number;
}

const YEAR = /^\d{4}$/;

/**
 * Reads the periods of a question from its tokens, against `today` (YYYY-MM-DD): years, months,
 * "'22", relative phrases ("vorig jaar", "two years back", "afgelopen drie jaar", "last quarter"),
 * quarters and halves, "eind ...", ranges ("van ... tot ...", "2018-2025", "sinds 2021") and
 * periods set against each other. Every token it reads is taken; a period-like word it cannot read
 * is left for the ledger to report.
 */
export function readPeriods(view: View, today: string): Periods {
  const [ty, tm] = today.split('-').map(Number) as [number, number];
  const out: Periods = {
    mentions: [],
    range: null,
    part: null,
    otherPart: null,
    yearBefore: false,
    versus: false,
    latest: null,
    mentioned: false,
  };
  const pendingMonths: { month: number; start: number; end: number }[] = [];
  const add = (period: string, start: number, end: number, extra: Partial<Mention> = {}) => {
    out.mentions.push({ period, start, end, lead: null, atEnd: false, relative: false, ...extra });
    view.take(start, end, 'period');
    out.mentioned = true;
  };
  const numberAt = (i: number): number | null => {
    if (i >= view.length || view.taken(i)) return null;
    if (view.isNumber(i)) return parseNumber(view.text(i));
    const n = view.sense(i, 'number');
    return n ? n.value : null;
  };

  for (let i = 0; i < view.length; i++) {
    if (view.taken(i) || view.isSeparator(i)) continue;
    // A quarter or half first: "het laatste kwartaal van 2025" is Q4 2025, not "the latest".
    const part = readPart(view, i) ?? ellipticPart(view, i);
    if (part) {
      view.take(i, part.end, 'period');
      out.mentioned = true;
      const read = { year: part.year ?? '', months: part.months, start: i, end: part.end };
      // A third part is more than one comparison: the reading keeps the first two, the ledger the rest.
      if (!out.part) out.part = read;
      else out.otherPart ??= read;
      i = part.end - 1;
      continue;
    }
    const phrase = view.phraseAt(i);
    const marker = phrase
      ? view.senses(i).find((s) => s.kind === 'marker' && (s.marker === 'latest' || s.marker === 'current'))
      : undefined;
    if (marker && phrase) {
      // "the latest month", "de laatste maand": the newest month; "meest recent": the newest figure.
      const j = view.next(phrase.end - 1);
      const word = view.sense(j, 'periodWord')?.word;
      if (word === 'month' || word === 'year') {
        out.latest = word === 'month' ? 'month' : 'any';
        view.take(i, view.lex[j]?.end ?? j + 1, 'period');
        i = (view.lex[j]?.end ?? j + 1) - 1;
        continue;
      }
      out.latest ??= 'any';
    }
    const rel = phrase ? view.sense(i, 'relative') : undefined;
    if (rel && phrase) {
      const end = phrase.end;
      switch (rel.relative) {
        case 'lastYear':
          add(String(ty - 1), i, end, { relative: true });
          break;
        case 'thisYear':
          add(String(ty), i, end, { relative: true });
          break;
        case 'yearBeforeLast':
          add(String(ty - 2), i, end, { relative: true });
          break;
        case 'lastMonth':
          add(previousMonth(ty, tm), i, end, { relative: true });
          break;
        case 'sameMonthLastYear':
          add(`${ty - 1}-${pad(tm)}`, i, end, { relative: true, sameMonth: true });
          break;
        case 'thisMonth':
          add(`${ty}-${pad(tm)}`, i, end, { relative: true });
          break;
        case 'lastQuarter': {
          const q = Math.floor((tm - 1) / 3);
          const year = q === 0 ? ty - 1 : ty;
          const first = q === 0 ? 10 : (q - 1) * 3 + 1;
          out.part = { year: String(year), months: [first, first + 1, first + 2], start: i, end };
          view.take(i, end, 'period');
          out.mentioned = true;
          break;
        }
        case 'yearBefore':
          out.yearBefore = true;
          view.take(i, end, 'period');
          break;
        case 'past': {
          // "afgelopen drie jaar", "the last 5 years", "de laatste 6 maanden".
          const j = view.next(end - 1);
          const n = numberAt(j);
          const k = n !== null ? view.next(j) : j;
          const unit = view.sense(k, 'periodWord')?.word;
          if (n !== null && n >= 1 && n <= 30 && (unit === 'year' || unit === 'month')) {
            const last = view.lex[k]?.end ?? k + 1;
            if (unit === 'year')
              out.range = { from: String(ty - n), to: String(ty - 1), since: false, start: i, end: last };
            else {
              const to = previousMonth(ty, tm);
              let from = to;
              for (let m = 1; m < n; m++) from = previousPeriod(from);
              out.range = { from, to, since: false, start: i, end: last };
            }
            view.take(i, last, 'period');
            out.mentioned = true;
            i = last - 1;
          } else {
            // "afgelopen december", "last March": the latest such month that has ended.
            const month = view.sense(j, 'month');
            const monthEnd = view.lex[j]?.end ?? j + 1;
            if (month && !view.isNumber(j) && !yearAt(view, view.next(monthEnd - 1))) {
              const year = month.month < tm ? ty : ty - 1;
              add(`${year}-${pad(month.month)}`, i, monthEnd, { relative: true });
              i = monthEnd - 1;
            }
          }
          break;
        }
        default:
          break;
      }
      if (view.taken(i)) i = Math.max(i, (view.lex[i]?.end ?? i + 1) - 1);
      continue;
    }
    // "twee jaar geleden", "2 years ago", "three years back", "drie maanden terug".
    const n = numberAt(i);
    if (n !== null && n >= 1 && n <= 30) {
      const j = view.next(i);
      const unit = view.sense(j, 'periodWord')?.word;
      const k = view.next((view.lex[j]?.end ?? j + 1) - 1);
      if ((unit === 'year' || unit === 'month') && view.sense(k, 'periodWord')?.word === 'ago') {
        const last = view.lex[k]?.end ?? k + 1;
        if (unit === 'year') add(String(ty - n), i, last, { relative: true });
        else {
          let p = `${ty}-${pad(tm)}`;
          for (let m = 0; m < n; m++) p = previousPeriod(p);
          add(p, i, last, { relative: true });
        }
        i = last - 1;
        continue;
      }
    }
    const month = view.sense(i, 'month');
    if (month && !view.isNumber(i)) {
      const end = view.lex[i]?.end ?? i + 1;
      let j = view.next(end - 1);
      if (view.text(j) === 'van' || view.text(j) === 'of') j = view.next(j);
      const y = yearAt(view, j);
      if (y) {
        add(`${y.year}-${pad(month.month)}`, i, j + 1, y.assumed ? { assumed: y.assumed } : {});
        i = j;
      } else if (!AMBIGUOUS_MONTHS.has(view.text(i))) {
        pendingMonths.push({ month: month.month, start: i, end });
      }
      continue;
    }
    if (view.isNumber(i) && YEAR.test(view.text(i))) {
      // "2025-03": an ISO month.
      const dash = view.next(i);
      const mm = view.next(dash);
      if (view.text(dash) === '-' && /^(0[1-9]|1[0-2])$/.test(view.text(mm))) {
        add(`${view.text(i)}-${view.text(mm)}`, i, mm + 1);
        i = mm;
        continue;
      }
    }
    const y = yearAt(view, i);
    if (y && !y.assumed) add(String(y.year), i, i + 1);
    else if (y?.assumed === view.text(i) && view.text(i).startsWith("'"))
      add(String(y.year), i, i + 1, { assumed: y.assumed });
  }

  // A month without a year borrows the year named elsewhere ("maart en april 2025", "Q1 2025
  // (januari t/m maart)").
  const namedYear =
    out.mentions.find((m) => m.period.length === 4)?.period ?? out.mentions[0]?.period ?? out.part?.year;
  for (const m of pendingMonths) {
    // "in maart" with no year anywhere: the latest March up to today, said so in the reading.
    const year = namedYear ? namedYear.slice(0, 4) : String(m.month <= tm ? ty : ty - 1);
    add(`${year}-${pad(m.month)}`, m.start, m.end, namedYear ? {} : { assumed: view.text(m.start) });
  }
  // A part of a year without its year takes the one named ("Q1 ... in 2025"), or the other part's
  // ("the first half of 2025 against the second half").
  for (const p of [out.part, out.otherPart]) {
    if (!p || p.year) continue;
    const year = out.mentions.find((m) => m.period.length === 4);
    const other = p === out.part ? out.otherPart : out.part;
    if (year) {
      p.year = year.period;
      out.mentions = out.mentions.filter((m) => m !== year);
    } else if (other?.year) p.year = other.year;
  }
  if (out.otherPart && !out.otherPart.year) out.otherPart = null;
  if (out.part && !out.part.year) {
    out.part = null;
    out.otherPart = null;
  }
  out.mentions.sort((a, b) => a.start - b.start);
  // A year that only supplied months their year is not a period of its own.
  const monthYears = new Set(
    out.mentions.filter((m) => m.period.length === 7).map((m) => m.period.slice(0, 4)),
  );
  // Unless it is said for itself: "during 2025, reaching 25.390 in December".
  const during = (m: Mention) => view.sense(view.prev(m.start), 'periodWord')?.word === 'during';
  if (pendingMonths.length > 0)
    out.mentions = out.mentions.filter(
      (m) => m.period.length === 7 || !monthYears.has(m.period) || during(m),
    );
  for (const p of [out.part, out.otherPart])
    if (p) out.mentions = out.mentions.filter((m) => m.period !== p.year);

  // "last month, and the same month a year earlier": the month named before, a year back.
  const named = out.mentions.find((m) => !m.sameMonth && m.period.length === 7);
  for (const m of out.mentions)
    if (m.sameMonth && named) m.period = `${Number(named.period.slice(0, 4)) - 1}${named.period.slice(4)}`;

  shortYears(view, out);
  endWords(view, out);
  leads(view, out);
  restatedPart(out);
  return out;
}

/**
 * "het eerste kwartaal van 2025 (januari t/m maart)", "Q1, i.e. January through March": months
 * that only spell out the quarter or half named are that part, not periods of their own.
 */
function restatedPart(out: Periods): void {
  const part = out.part;
  if (!part?.year) return;
  const inPart = (p: string | null) =>
    p !== null && p.length === 7 && p.startsWith(part.year) && part.months.includes(Number(p.slice(5)));
  const months = out.mentions.filter((m) => inPart(m.period));
  if (months.length === 0 && !out.range) return;
  if (out.range && !(inPart(out.range.from) && inPart(out.range.to))) return;
  if (months.length !== out.mentions.length) return;
  out.mentions = [];
  out.range = null;
}
