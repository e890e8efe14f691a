import type { Language, Series, Unit } from '../../data/schema.js';
import { formatNumber, formatPeriod, formatValue } from '../format.js';
import { quoteWords } from '../messages/index.js';

/**
 * A value in rounded words, as a reporter writes it: two significant digits (three when the first is
 * a 1, so 16.500 stays 16.500) with "ruim" or "bijna" saying which side the exact figure is on.
 * The hedge always holds within the claim checker's own tolerance for it.
 */
export function roundedWords(value: number, unit: Unit, lang: Language): string {
  const w = quoteWords(lang);
  if (unit === 'percent') {
    const r = Math.round(value);
    return `${hedge(value, r, lang)}${formatNumber(r, lang)} ${w.percent}`;
  }
  if (unit === 'eur' && Math.abs(value) >= 1_000_000) {
    const millions = value / 1_000_000;
    const r = roundSignificant(millions);
    return w.millions(hedge(millions, r, lang), formatNumber(r, lang, 1));
  }
  if (Math.abs(value) < 100) return formatValue(value, unit, lang);
  const r = roundSignificant(value);
  return `${hedge(value, r, lang)}${formatValue(r, unit, lang)}`;
}

function roundSignificant(v: number): number {
  const abs = Math.abs(v);
  if (abs === 0) return 0;
  const magnitude = Math.floor(Math.log10(abs));
  const lead = Math.floor(abs / 10 ** magnitude);
  const digits = lead === 1 ? 3 : 2;
  const unit = 10 ** (magnitude - digits + 1);
  return Math.round(v / unit) * unit;
}

const hedge = (exact: number, rounded: number, lang: Language): string => {
  if (Math.abs(exact - rounded) < 1e-9) return '';
  return exact > rounded ? quoteWords(lang).over : quoteWords(lang).under;
};

const subjectOf = (series: Series, lang: Language): string => {
  // "Spoor 4 (algemene of verlengde asielprocedure)" -> "spoor 4"; "Nareis (MVV)" keeps what tells it apart.
  const s = series.name[lang].subject.replace(/\s*\(([^)]*)\)/g, (all, inner: string) =>
    /[A-Z]{2,}|Dublin/.test(inner) ? all : '',
  );
  // "Naturalisatie" reads as a common noun mid-sentence; "Familie & Gezin", "Nareis (MVV)" keep capitals.
  return /[A-Z]/.test(s.slice(1)) ? s : s.charAt(0).toLowerCase() + s.slice(1);
};

/**
 * A sentence to paste, with attribution: "Volgens de Jaarcijfers 2025 van de IND kwamen er in 2024
 * 54.780 aanvragen binnen voor naturalisatie." Exact by default; in rounded words when asked.
 */
export function quoteSentence(
  series: Series,
  period: string,
  value: number | null,
  source: string,
  lang: Language,
  rounded = false,
): string {
  const v =
    value === null
      ? formatValue(null, series.unit, lang)
      : rounded
        ? roundedWords(value, series.unit, lang)
        : formatValue(value, series.unit, lang);
  const p = formatPeriod(period, lang);
  const w = quoteWords(lang);
  const s = subjectOf(series, lang);
  const clause = w.clauses[series.measure];
  const body = clause ? clause(v, s, p, w.end(p)) : w.fallback(s, series.name[lang].measure, p, v);
  return `${w.lead(source, /\bIND\b/.test(source))} ${body}.`;
}
