import type { Answer, Fact, SeriesName } from '../contract/answer.js';
import { formatValue } from '../engine/index.js';

/** Words a chart prints, in the answer's language. Axis numbers come from Intl via `LOCALES`. */
type Language = Answer['language'];

/** Chart.js formats tick numbers with Intl in `options.locale`: 36.720 in nl, 36,720 in en. */
export const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

const MONTHS: Record<Language, string[]> = {
  nl: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};
const QUARTER: Record<Language, string> = { nl: 'K', en: 'Q' };

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
export const isMonth = (period: string): boolean => MONTH.test(period);

/**
 * "2025-03" -> "mrt 2025", "2025-01/2025-03" -> "jan-mrt 2025", "2025-Q1" -> "K1 2025" / "Q1 2025",
 * "2025-H1" -> "H1 2025"; a year as is.
 */
export function periodName(period: string, language: Language): string {
  const month = MONTH.exec(period);
  if (month) return `${MONTHS[language][Number(month[2]) - 1]} ${month[1]}`;
  const [from, to, ...more] = period.split('/');
  if (from && to && more.length === 0 && isMonth(from) && isMonth(to)) {
    if (from.slice(0, 4) !== to.slice(0, 4))
      return `${periodName(from, language)}-${periodName(to, language)}`;
    return `${MONTHS[language][Number(from.slice(5)) - 1]}-${periodName(to, language)}`;
  }
  const part = /^(\d{4})-([QH])([1-4])$/.exec(period);
  if (part) return `${part[2] === 'Q' ? QUARTER[language] : 'H'}${part[3]} ${part[1]}`;
  return period;
}

/**
 * Category labels for the x axis. Years become numbers (no quotes, so shorter URLs); months print
 * the year only where it changes, as a second line, which keeps 13 labels legible side by side.
 */
export function axisLabels(periods: string[], language: Language): (number | string | string[])[] {
  return periods.map((period, i) => {
    if (!isMonth(period)) return /^\d{4}$/.test(period) ? Number(period) : periodName(period, language);
    const month = MONTHS[language][Number(period.slice(5)) - 1]!;
    const newYear = i === 0 || period.slice(0, 4) !== periods[i - 1]!.slice(0, 4);
    return newYear ? [month, period.slice(0, 4)] : month;
  });
}

/** "2018-2025", "dec 2024-dec 2025", or a single period. */
export function periodRange(periods: string[], language: Language): string {
  const first = periods[0];
  const last = periods[periods.length - 1];
  if (first === undefined || last === undefined) return '';
  if (first === last) return periodName(first, language);
  return `${periodName(first, language)}-${periodName(last, language)}`;
}

/** "2023 en 2024": the periods a comparison sets side by side. */
export function periodPair(periods: string[], language: Language): string {
  if (periods.length !== 2) return periodRange(periods, language);
  return periods.map((p) => periodName(p, language)).join(language === 'nl' ? ' en ' : ' and ');
}

/**
 * "Bron: IND Jaarcijfers 2020, 2023, 2024": the publications the drawn points come from. Editions of
 * one publication share their name, so a trend over many years still fits on one line.
 */
export function sourceLine(sources: string[], language: Language): string | null {
  if (sources.length === 0) return null;
  const editions = new Map<string, string[]>();
  for (const source of sources) {
    const [, name = source, year] = /^(.*\S)\s+(\d{4})$/.exec(source) ?? [];
    editions.set(name, [...(editions.get(name) ?? []), ...(year ? [year] : [])]);
  }
  const titles = [...editions].map(([name, years]) => {
    const title = /\bIND\b/.test(name) ? name : `IND ${name}`;
    return years.length > 0 ? `${title} ${[...new Set(years)].sort().join(', ')}` : title;
  });
  return `${language === 'nl' ? 'Bron' : 'Source'}: ${titles.join('; ')}`;
}

/** The chart title, on as many lines of `width` characters as it needs. */
export function titleText(label: string, range: string, width: number): string | string[] {
  const text = range ? `${label}, ${range}` : label;
  if (text.length <= width) return text;
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (range && line.length + 2 + range.length <= width) lines.push(`${line}, ${range}`);
  else if (range) lines.push(`${line},`, range);
  else lines.push(line);
  return lines;
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * What a set of series names shares and what tells them apart, from the names' two parts: one
 * subject with several measures ("Spoor 4": "aanvragen", "beslissingen"), or one measure for several
 * subjects ("Aanvragen": "Spoor 1", "Spoor 4").
 */
export function distinguish(names: SeriesName[]): { common: string; rest: string[] } {
  const first = names[0];
  if (!first) return { common: '', rest: [] };
  const full = (n: SeriesName) => `${n.subject} · ${n.measure}`;
  if (names.every((n) => n.subject === first.subject && n.measure === first.measure))
    return { common: full(first), rest: names.map(() => first.measure) };
  if (names.every((n) => n.subject === first.subject))
    return { common: first.subject, rest: names.map((n) => n.measure) };
  if (names.every((n) => n.measure === first.measure))
    return { common: capitalise(first.measure), rest: names.map((n) => n.subject) };
  return { common: '', rest: names.map(full) };
}

const UNIT_WORDS: Record<Fact['unit'], Record<Language, string>> = {
  count: { nl: 'aantal', en: 'number' },
  rank: { nl: 'aantal', en: 'number' },
  percent: { nl: '%', en: '%' },
  eur: { nl: 'euro', en: 'euro' },
  weeks: { nl: 'weken', en: 'weeks' },
  days: { nl: 'dagen', en: 'days' },
  fte: { nl: 'fte', en: 'FTE' },
};

/** Longest measure name the value axis carries; a longer one stands in the title alone. */
const MAX_AXIS_MEASURE = 30;

/**
 * The value axis title, "quantity (unit)" as axes are labelled: "aanvragen (aantal)", "tijdig (%)",
 * "doorlooptijd (weken)". Without one measure shared by every line, the unit alone.
 */
export function axisTitle(unit: Fact['unit'], measure: string | null, language: Language): string {
  const word = UNIT_WORDS[unit][language];
  if (!measure || measure.length > MAX_AXIS_MEASURE) return word;
  return measure.includes(`(${word})`) ? measure : `${measure} (${word})`;
}

/** Intl options for the y ticks (JSON, so QuickChart and the local renderer print the same). */
export function tickFormat(unit: Fact['unit']): Intl.NumberFormatOptions | null {
  if (unit === 'percent') return { style: 'unit', unit: 'percent' };
  if (unit === 'eur') return { style: 'currency', currency: 'EUR', notation: 'compact' };
  return null;
}

/** A figure as a reader would say it: "36.720", "85%", "12 weken", "€ 36,8 mln". */
export const formatFigure = (value: number, unit: Fact['unit'], language: Language): string =>
  formatValue(value, unit === 'rank' ? 'count' : unit, language);

/** How the older definition is drawn: a dashed line, open dots, or see-through bars. */
export type BreakMark = 'dashed' | 'hollow' | 'lighter';

const MARK_WORDS: Record<BreakMark, Record<Language, string>> = {
  dashed: { nl: 'Gestippeld', en: 'Dashed' },
  hollow: { nl: 'Open punten', en: 'Open dots' },
  lighter: { nl: 'Lichter', en: 'Lighter' },
};

/** A definition break as printed under the chart, e.g. "Gestippeld: t/m 2020 anders geteld". */
export function breakLine(until: string, language: Language, mark: BreakMark): string {
  return `${MARK_WORDS[mark][language]}: ${breakWords(until, language)}`;
}

/** "t/m 2020 anders geteld": the legend entry of the stretch counted the old way. */
export const breakWords = (until: string, language: Language): string =>
  language === 'nl'
    ? `t/m ${periodName(until, language)} anders geteld`
    : `counted differently up to ${periodName(until, language)}`;

/** Title of a backlog-by-age chart: the subject plus what the stack shows. */
export const byAgeTitle = (subject: string, language: Language): string =>
  `${subject}${subject ? ' · ' : ''}${language === 'nl' ? 'openstaand naar leeftijd' : 'pending by age'}`;

/** Title of a ranking: it says it is one, in the answer's language. */
export const rankingTitle = (label: string, language: Language): string =>
  `${language === 'nl' ? 'Ranglijst' : 'Ranking'}: ${label}`;
