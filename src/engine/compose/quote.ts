import type { Language, Series, Unit } from '../../data/schema.js';
import { formatNumber, formatPeriod, formatValue } from '../format.js';

/**
 * A value in rounded words, as a reporter writes it: two significant digits (three when the first is
 * a 1, so 16.500 stays 16.500) with "ruim" or "bijna" saying which side the exact figure is on.
 * The hedge always holds within the claim checker's own tolerance for it.
 */
export function roundedWords(value: number, unit: Unit, lang: Language): string {
  const nl = lang === 'nl';
  if (unit === 'percent') {
    const r = Math.round(value);
    const n = formatNumber(r, lang);
    return `${hedge(value, r, lang)}${n} ${nl ? 'procent' : 'percent'}`;
  }
  if (unit === 'eur' && Math.abs(value) >= 1_000_000) {
    const millions = value / 1_000_000;
    const r = roundSignificant(millions);
    const n = formatNumber(r, lang, 1);
    return nl ? `${hedge(millions, r, lang)}${n} miljoen euro` : `${hedge(millions, r, lang)}€${n} million`;
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
  if (exact > rounded) return lang === 'nl' ? 'ruim ' : 'more than ';
  return lang === 'nl' ? 'bijna ' : 'almost ';
};

const subjectOf = (series: Series, lang: Language): string => {
  // "Spoor 4 (algemene of verlengde asielprocedure)" -> "spoor 4"; "Nareis (MVV)" keeps what tells it apart.
  const s = series.name[lang].subject.replace(/\s*\(([^)]*)\)/g, (all, inner: string) =>
    /[A-Z]{2,}|Dublin/.test(inner) ? all : '',
  );
  // "Naturalisatie" reads as a common noun mid-sentence; "Familie & Gezin", "Nareis (MVV)" keep capitals.
  return /[A-Z]/.test(s.slice(1)) ? s : s.charAt(0).toLowerCase() + s.slice(1);
};

type Clause = (v: string, s: string, p: string, end: string) => string;
const NL: Record<string, Clause> = {
  aanvragen: (v, s, p) =>
    /aanvragen/i.test(s)
      ? `kwamen er in ${p} ${v} ${s} binnen`
      : `kwamen er in ${p} ${v} aanvragen binnen voor ${s}`,
  beslissingen: (v, s, p) => `nam de IND in ${p} ${v} beslissingen op ${s}`,
  'in-behandeling': (v, s, _p, end) => `lagen er ${end} ${v} zaken voor ${s} in behandeling`,
  ontvangen: (v, s, p) => `ontving de IND in ${p} ${v} ${s}`,
  afgehandeld: (v, s, p) => `handelde de IND in ${p} ${v} ${s} af`,
  inwilligingen: (v, s, p) => `werd in ${p} ${v} van de beslissingen op ${s} ingewilligd`,
  tijdigheid: (v, s, p) => `werd in ${p} ${v} van de zaken voor ${s} op tijd afgehandeld`,
  doorlooptijd: (v, s, p) => `was de doorlooptijd voor ${s} in ${p} ${v}`,
  bedrag: (v, _s, p) => `betaalde de IND in ${p} ${v} aan dwangsommen`,
  totaal: (v, _s, _p, end) => `was de totale bezetting van de IND ${end} ${v}`,
  ambtelijk: (v, _s, _p, end) => `was de ambtelijke bezetting van de IND ${end} ${v}`,
  extern: (v, _s, _p, end) => `had de IND ${end} ${v} aan externe medewerkers`,
  ingereisd: (v, _s, p) => `reisden er in ${p} ${v} nareizigers naar Nederland`,
};
const EN: Record<string, Clause> = {
  aanvragen: (v, s, p) =>
    /applications/i.test(s)
      ? `the IND received ${v} ${s} in ${p}`
      : `the IND received ${v} applications for ${s} in ${p}`,
  beslissingen: (v, s, p) => `the IND took ${v} decisions on ${s} in ${p}`,
  'in-behandeling': (v, s, _p, end) => `${v} ${s} cases were pending ${end}`,
  ontvangen: (v, s, p) => `the IND received ${v} ${s} in ${p}`,
  afgehandeld: (v, s, p) => `the IND closed ${v} ${s} in ${p}`,
  inwilligingen: (v, s, p) => `the approval rate for ${s} was ${v} in ${p}`,
  tijdigheid: (v, s, p) => `${v} of ${s} cases were decided on time in ${p}`,
  doorlooptijd: (v, s, p) => `the processing time for ${s} was ${v} in ${p}`,
  bedrag: (v, _s, p) => `the IND paid ${v} in penalty payments in ${p}`,
  totaal: (v, _s, _p, end) => `the IND's total staff was ${v} ${end}`,
  ambtelijk: (v, _s, _p, end) => `the IND employed ${v} civil servants ${end}`,
  extern: (v, _s, _p, end) => `the IND hired ${v} of external staff ${end}`,
  ingereisd: (v, _s, p) => `${v} family members of refugees arrived in the Netherlands in ${p}`,
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
  const end = lang === 'nl' ? `eind ${p}` : `at the end of ${p}`;
  const s = subjectOf(series, lang);
  const clause = (lang === 'nl' ? NL : EN)[series.measure];
  const measure = series.name[lang].measure;
  const body = clause
    ? clause(v, s, p, end)
    : lang === 'nl'
      ? `was het cijfer voor ${s} (${measure}) in ${p} ${v}`
      : `the figure for ${s} (${measure}) in ${p} was ${v}`;
  const by = /\bIND\b/.test(source);
  const lead =
    lang === 'nl'
      ? `Volgens de ${source}${by ? '' : ' van de IND'}`
      : `According to ${by ? 'the' : "the IND's"} ${source},`;
  return `${lead} ${body}.`;
}
