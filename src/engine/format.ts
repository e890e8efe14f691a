import { MONTH_NAMES } from '../data/months.js';
import type { Language, Unit } from '../data/schema.js';

/** How each language writes numbers, amounts and the units the figures come in. */
const STYLE: Record<
  Language,
  {
    group: string;
    decimal: string;
    unknown: string;
    millions: (sign: string, m: string) => string;
    euros: (sign: string, n: string) => string;
    points: string;
  }
> = {
  nl: {
    group: '.',
    decimal: ',',
    unknown: 'onbekend',
    millions: (sign, m) => `${sign}€ ${m} mln`,
    euros: (sign, n) => `${sign}€ ${n}`,
    points: 'procentpunt',
  },
  en: {
    group: ',',
    decimal: '.',
    unknown: 'unknown',
    millions: (sign, m) => `${sign}€${m} million`,
    euros: (sign, n) => `${sign}€${n}`,
    points: 'percentage points',
  },
};

/**
 * 36720 -> "36.720" (nl) / "36,720" (en), at most `digits` decimals, trailing zeros dropped. Written
 * out rather than with Intl.NumberFormat, whose first use costs a terminal question ~10 ms.
 */
export function formatNumber(n: number, lang: Language, digits = 0): string {
  const { group, decimal } = STYLE[lang];
  const sign = n < 0 ? '-' : '';
  const [whole, fraction = ''] = Math.abs(n).toFixed(digits).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const trimmed = fraction.replace(/0+$/, '');
  return `${sign}${grouped}${trimmed ? decimal + trimmed : ''}`;
}

const UNIT_WORDS: Record<Language, Partial<Record<Unit, [string, string]>>> = {
  nl: { weeks: ['week', 'weken'], days: ['dag', 'dagen'], fte: ['fte', 'fte'] },
  en: { weeks: ['week', 'weeks'], days: ['day', 'days'], fte: ['FTE', 'FTE'] },
};

/** A value as a reader expects it: 85%, 67 weken, € 36,8 mln, 774 fte, 54.780. */
export function formatValue(value: number | null, unit: Unit, lang: Language): string {
  if (value === null) return STYLE[lang].unknown;
  if (unit === 'percent') return `${formatNumber(value, lang, 1)}%`;
  if (unit === 'eur') {
    const sign = value < 0 ? '−' : '';
    const abs = Math.abs(value);
    if (abs >= 1_000_000) {
      const m = formatNumber(abs / 1_000_000, lang, 1);
      return STYLE[lang].millions(sign, m);
    }
    return STYLE[lang].euros(sign, formatNumber(abs, lang));
  }
  const words = UNIT_WORDS[lang][unit];
  const n = formatNumber(value, lang, 1);
  return words ? `${n} ${value === 1 ? words[0] : words[1]}` : n;
}

/** A signed difference: +2.050 / −3.020, in the unit (percentage points for percentages). */
export function formatChange(diff: number, unit: Unit, lang: Language): string {
  const sign = diff > 0 ? '+' : diff < 0 ? '−' : '±';
  if (unit === 'percent') return `${sign}${formatNumber(Math.abs(diff), lang, 1)} ${STYLE[lang].points}`;
  return `${sign}${formatValue(Math.abs(diff), unit, lang)}`;
}

/** A signed relative change: +24,7%; `fine` keeps two decimals below 1% so a small revision shows (−0,05%). */
export const formatRelative = (fraction: number, lang: Language, fine = false): string => {
  const sign = fraction > 0 ? '+' : fraction < 0 ? '−' : '±';
  const pct = Math.abs(fraction) * 100;
  return `${sign}${formatNumber(pct, lang, fine && pct < 1 ? 2 : 1)}%`;
};

/** "2025-03" -> "maart 2025" / "March 2025"; years unchanged. */
export function formatPeriod(period: string, lang: Language): string {
  if (period.length === 4) return period;
  // "2025-01/2025-03": a figure computed over a span of months.
  if (period.includes('/')) return formatPeriodSpan(period.split('/'), lang);
  const [y, m] = period.split('-');
  return `${MONTH_NAMES[lang][Number(m) - 1]} ${y}`;
}

export function formatPeriodSpan(periods: string[], lang: Language): string {
  if (periods.length === 0) return '';
  if (periods.length === 1) return formatPeriod(periods[0]!, lang);
  const first = periods[0]!;
  const last = periods[periods.length - 1]!;
  if (first.length === 7 && first.slice(0, 4) === last.slice(0, 4)) {
    return `${MONTH_NAMES[lang][Number(first.slice(5)) - 1]}-${formatPeriod(last, lang)}`;
  }
  return `${formatPeriod(first, lang)}-${formatPeriod(last, lang)}`;
}
