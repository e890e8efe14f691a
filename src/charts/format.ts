import type { Answer, Fact, SeriesName } from '../contract/answer.js';

/** Words a chart prints, in the answer's language. Axis numbers come from Intl via `LOCALES`. */
type Language = Answer['language'];

/** Chart.js formats tick numbers with Intl in `options.locale`: 36.720 in nl, 36,720 in en. */
export const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

const MONTHS: Record<Language, string[]> = {
  nl: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

const isMonth = (period: string): boolean => period.length === 7;

/** "2025-03" -> "mrt 2025"; a year stays as it is. */
export function periodName(period: string, language: Language): string {
  if (!isMonth(period)) return period;
  return `${MONTHS[language][Number(period.slice(5)) - 1]} ${period.slice(0, 4)}`;
}

/**
 * Category labels for the x axis. Years become numbers (no quotes, so shorter URLs); months print
 * the year only where it changes, as a second line, which keeps 13 labels legible side by side.
 */
export function axisLabels(periods: string[], language: Language): (number | string | string[])[] {
  return periods.map((period, i) => {
    if (!isMonth(period)) return /^\d{4}$/.test(period) ? Number(period) : period;
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
 * "Bron: IND Jaarcijfers 2020, 2023, 2024": editions of one publication share their name, so a
 * trend over many years still fits on one line under the chart.
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

/** Characters per title line; Chart.js does not wrap titles, and 640 px holds about 90 in bold. */
const TITLE_WIDTH = 72;

/** The chart title, on as many lines as it needs: "Naturalisatie · aanvragen, 2018-2025". */
export function titleText(label: string, range: string): string | string[] {
  const text = range ? `${label}, ${range}` : label;
  if (text.length <= TITLE_WIDTH) return text;
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(' ')) {
    if (line && line.length + 1 + word.length > TITLE_WIDTH) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (range && line.length + 2 + range.length <= TITLE_WIDTH) lines.push(`${line}, ${range}`);
  else lines.push(line, ...(range ? [range] : []));
  return lines;
}

/**
 * What a set of series shares and what tells them apart, from their names: one subject for all
 * ("Asiel": "open, tot 1 maand", "open, 1-6 maanden") or, with several subjects, the whole labels.
 */
export function splitCommonPrefix(series: { label: string; name: SeriesName }[]): {
  common: string;
  rest: string[];
} {
  const subject = series[0]?.name.subject;
  if (subject !== undefined && series.every((s) => s.name.subject === subject))
    return { common: subject, rest: series.map((s) => s.name.measure) };
  return { common: '', rest: series.map((s) => s.label) };
}

/** Axis title for units whose numbers need a word; counts and percentages speak for themselves. */
export function unitTitle(unit: Fact['unit'], language: Language): string | null {
  const words: Partial<Record<Fact['unit'], Record<Language, string>>> = {
    weeks: { nl: 'weken', en: 'weeks' },
    days: { nl: 'dagen', en: 'days' },
    fte: { nl: 'fte', en: 'FTE' },
  };
  return words[unit]?.[language] ?? null;
}

/** Intl options for the y ticks (JSON, so QuickChart and the local renderer print the same). */
export function tickFormat(unit: Fact['unit']): Intl.NumberFormatOptions | null {
  if (unit === 'percent') return { style: 'unit', unit: 'percent' };
  if (unit === 'eur') return { style: 'currency', currency: 'EUR', notation: 'compact' };
  return null;
}

/** How the older definition is drawn: a dashed line, open dots, or see-through bars. */
export type BreakMark = 'dashed' | 'hollow' | 'lighter';

const MARK_WORDS: Record<BreakMark, Record<Language, string>> = {
  dashed: { nl: 'Gestippeld', en: 'Dashed' },
  hollow: { nl: 'Open punten', en: 'Open dots' },
  lighter: { nl: 'Lichter', en: 'Lighter' },
};

/** A definition break as printed under the chart, e.g. "Gestippeld: t/m 2020 anders geteld". */
export function breakLine(until: string, language: Language, mark: BreakMark): string {
  const when = periodName(until, language);
  const words = MARK_WORDS[mark][language];
  return language === 'nl'
    ? `${words}: t/m ${when} anders geteld`
    : `${words}: counted differently up to ${when}`;
}

/** Title of a backlog-by-age chart: the subject plus what the stack shows. */
export const byAgeTitle = (subject: string, language: Language): string =>
  `${subject}${subject ? ' · ' : ''}${language === 'nl' ? 'openstaand naar leeftijd' : 'pending by age'}`;
