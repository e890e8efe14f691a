import type { RefusalKind } from '../lexicon/types.js';
import type { Messages } from './types.js';

const quoted = (words: string[]) => words.map((w) => `'${w}'`).join(', ');
const join = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;

// Every kind the lexicon refuses has its reason (checked by the compiler).
const REFUSALS: Record<string, string> = {
  country: 'de IND publiceert cijfers over Nederland, niet per ander land',
  city: 'de IND publiceert landelijke cijfers, niet per gemeente of stad',
  region: 'de IND publiceert landelijke cijfers, niet per provincie of regio',
  gender: 'de IND publiceert geen uitsplitsing naar geslacht',
  age: 'de IND publiceert geen uitsplitsing naar leeftijd van de aanvragers',
  nationality:
    'de IND publiceert geen aantallen per nationaliteit, alleen per categorie de top 3 nationaliteiten',
  forecast: 'de IND publiceert geen prognoses, alleen gerealiseerde cijfers',
  cost: 'leges en prijzen staan niet in de gepubliceerde cijfers',
  reception: 'opvang is de taak van het COA en staat niet in de IND-cijfers',
  return: 'vertrek en terugkeer staan niet in de IND-cijfers',
  housing: 'huisvesting staat niet in de IND-cijfers',
  visa: 'visa kort verblijf staan niet in de IND-cijfers (alleen in bezwaarzaken)',
  offTopic: 'dat gaat niet over de IND-cijfers',
  sector: 'de IND publiceert geen uitsplitsing naar sector of werkgever',
  cause: 'de IND publiceert hoeveel, niet waarom; oorzaken en redenen staan niet in de cijfers',
} satisfies Record<RefusalKind, string>;

export const NL_MESSAGES: Messages = {
  source: (titles) => `Bron: IND, ${titles.join(', ')}`,
  printedAs: (reason) => ` (gepubliceerd als "${reason}")`,
  comparison: (label, a, pa, b, pb, change) =>
    `${label}: ${a} in ${pa} en ${b} in ${pb}, een verschil van ${change}.`,
  sideBySide: (period, items) => `${period}: ${items.join('; ')}.`,
  seriesChange: (from, to, change) => `Van ${from} tot ${to}: ${change}.`,
  highLow: (high, highAt, low, lowAt) => `Hoogste: ${high} (${highAt}); laagste: ${low} (${lowAt}).`,
  list: join,
  noFigureFor: (periods) => `Geen cijfer voor ${periods.join(', ')}.`,
  nothingSince: (period) =>
    `${period} is het nieuwste gepubliceerde cijfer: er is nog geen later cijfer om mee te vergelijken.`,
  stockAtEnd: (period) => `Stand eind ${period} (maandcijfers).`,
  latestTaken: (period) => `Geen periode genoemd: dit is het meest recente cijfer (${period}).`,
  definitionAcross: (until, note) => `Let op, definitiewijziging na ${until}: ${note}`,
  revised: (was, title, period, now, nowTitle) =>
    `Herzien: in ${title} stond voor ${period} ${was}; de ${nowTitle} geven ${now}.`,
  countedDifferently: (was, title, period, now, nowTitle) =>
    `Anders geteld: ${title} gaven voor ${period} ${was} volgens de oude definitie; de ${nowTitle} geven ${now} volgens de nieuwe.`,
  gap: (label, period, reason) =>
    `Voor ${label} in ${period} publiceerde de IND geen cijfer (in de tabel staat "${reason}").`,
  sum: (label, span, total, parts) => `${label}, ${span} opgeteld: ${total} (${parts}).`,
  mean: (label, span, mean, total, months) =>
    `${label}, ${span}: gemiddeld ${mean} per maand (${total} over ${months} maanden, gedeeld door ${months}).`,
  derivedNote: (method) =>
    method === 'sum'
      ? 'Berekend: de som van de gepubliceerde maandcijfers; de IND publiceert dit totaal zelf niet.'
      : method === 'mean'
        ? 'Berekend: het gemiddelde van de gepubliceerde maandcijfers; de IND publiceert dit gemiddelde zelf niet.'
        : method === 'annualMean'
          ? 'Berekend: uit de gepubliceerde jaarcijfers, gedeeld door hun aantal maanden (12 per jaar); de IND publiceert dit gemiddelde zelf niet.'
          : 'De stand aan het eind van het jaar is het cijfer van december.',
  extreme: (highest, unit, label, at, value, span) =>
    `${label}: ${unit === 'month' ? 'de maand' : 'het jaar'} met ${highest ? 'het hoogste' : 'het laagste'} cijfer in ${span} is ${at}, met ${value}.`,
  extremeRunnerUp: (at, value) => `Daarna komt ${at} met ${value}.`,
  byAge: 'openstaand naar leeftijd',
  total: 'totaal',
  rankingLabel: 'top 3 nationaliteiten (aanvragen)',
  topOf: 'Top 3 nationaliteiten',
  topExample: 'Top 3 nationaliteiten naturalisatie 2025',
  rankingNote: 'De IND publiceert alleen de volgorde, geen aantallen per nationaliteit.',
  unplaced: (reading, headline, words) =>
    `Ik las: ${reading}${headline ? ` (${headline})` : ''}. ${quoted(words)} kan ik daarin niet plaatsen, dus geef ik dit cijfer niet als antwoord. Bedoelt u dit cijfer? Stel de vraag dan zonder ${words.length > 1 ? 'die woorden' : 'dat woord'}, of kies een suggestie.`,
  unplacedNothing: (words) =>
    `Ik kan ${quoted(words)} niet plaatsen in de gepubliceerde IND-cijfers. Ik ken cijfers over o.a. naturalisatie, asiel, familie & gezin, kennis & talent, studie, arbeid, bezwaar, beroep, klantcontact en personeel.`,
  periodUnread: (words) =>
    `Ik kan de periode ${quoted(words)} niet lezen. Noem een jaar (2024) of een maand (maart 2025).`,
  askWhich: (options) => `Bedoelt u ${options.join(' of ')}?`,
  askCategory: (what) =>
    `Over welke categorie gaat het? De IND publiceert ${what} per categorie, bijvoorbeeld voor naturalisatie, asiel, familie & gezin of kennis & talent.`,
  rejectionsNotPublished:
    'De IND publiceert geen afwijzingen, wel het inwilligingspercentage en het aantal beslissingen.',
  countOfRate: 'De IND publiceert hiervan een percentage, geen aantal.',
  crossCheck: (what) => `Ik kon ${what} niet verwerken in het antwoord.`,
  tooLong: (max) =>
    `Die vraag is te lang (meer dan ${max} tekens). Stel een korte vraag, bijvoorbeeld: "Hoeveel naturalisatieaanvragen in 2024?"`,
  injection: 'Ik beantwoord alleen vragen over de gepubliceerde cijfers van de IND.',
  nationality:
    'De IND publiceert geen aantallen per nationaliteit, alleen de top 3 nationaliteiten per categorie (aanvragen). Vraag bijvoorbeeld naar de top 3 nationaliteiten bij naturalisatie.',
  refusal: (kind, words) =>
    `'${words}' kan ik niet plaatsen: ${REFUSALS[kind] ?? 'dat staat niet in de gepubliceerde IND-cijfers'}. Ik heb landelijke totalen per categorie, per jaar of per maand.`,
  nothingMatched:
    'Daar heb ik geen cijfers over. Ik ken de gepubliceerde IND-cijfers over o.a. naturalisatie, asiel (eerste aanvragen, sporen 1, 2 en 4, nareis), familie & gezin, kennis & talent, studie, arbeid, bezwaar, beroep, klantcontact en personeel.',
  noPeriod: (label, asked, have) => `Voor ${label} heb ik geen cijfer over ${asked}. Beschikbaar: ${have}.`,
  perYear: 'per jaar',
  perMonth: 'per maand',
  notPublishedFor: (subject, measures) =>
    `Voor ${subject} publiceert de IND dat cijfer niet. Wel: ${measures.join(', ')}.`,
  noUnitFor: (subject, unit) => `Voor ${subject} publiceert de IND geen ${unit}.`,
  noAgeFor: (subject, buckets) =>
    buckets.length
      ? `Voor ${subject} publiceert de IND de openstaande zaken in deze leeftijdsgroepen: ${buckets.join(', ')}.`
      : `Voor ${subject} publiceert de IND geen leeftijd van openstaande zaken.`,
  noRanking: (subject, year) =>
    `Een top 3 nationaliteiten heb ik${subject ? ` voor ${subject}` : ''}${year ? ` in ${year}` : ''} niet. Top-3-lijsten zijn er voor familie & gezin, kennis & talent, studie, arbeid, naturalisatie, spoor 1, 2 en 4, nareis en nareis 8 EVRM (2023-2025).`,
  noRankingSubject: 'Voor welke categorie wilt u de top 3 nationaliteiten?',
  followUpDeclined: (reason) => `Ook dit kan ik niet beantwoorden: ${REFUSALS[reason] ?? reason}.`,
  unitWords: { percent: 'percentage', duration: 'doorlooptijd', eur: 'bedrag in euro', count: 'aantal' },
  revisions: 'Herzieningen',
  notRevised: 'niet herzien',
  revisionCount: (n) => `${n} ${n === 1 ? 'herziening' : 'herzieningen'}`,
  revisionHead: (headline, scope) =>
    `${headline}${scope ? ` (${scope})` : ''}, grootste relatieve wijziging eerst:`,
  revisionTally: (revisions, redefined) => {
    const r = `${revisions} ${revisions === 1 ? 'herziening' : 'herzieningen'}`;
    const d = `${redefined} ${redefined === 1 ? 'definitiewijziging' : 'definitiewijzigingen'}`;
    if (!redefined) return r;
    return revisions ? `${r} en ${d}` : `niet herzien, ${d}`;
  },
  redefinedHead: 'Anders geteld, geen herziening (definitiewijziging):',
  redefinedNote: (lines, note) => `Definitiewijziging, geen herziening: ${lines.join('; ')}. ${note}`,
  onlyRedefined: (scope) =>
    `Niet herzien${scope ? ` (${scope})` : ''}: geen cijfer is gecorrigeerd, maar een latere publicatie telt volgens een nieuwe definitie:`,
  nothingRevisedBy: (publication, periods) =>
    `Niet herzien: de ${publication} wijzigen geen eerder gepubliceerd cijfer${periods.length ? ` over ${periods.join(', ')}` : ''}.`,
  nothingRevised: (scope, printed, value) =>
    `Niet herzien${scope ? ` (${scope})` : ''}: geen enkel cijfer is in een latere publicatie anders gepubliceerd.${printed && value ? ` ${printed.join(', ')} geven allemaal ${value}.` : ''}`,
  asPublished: (label, period, title, value) =>
    `${label} ${period}, zoals gepubliceerd in ${title}: ${value}.`,
  alsoCurrent: 'Dit is ook het huidige cijfer.',
  sameSince: (now) => `Niet herzien: de ${now} geven hetzelfde cijfer.`,
  revisedTo: (now, value, change) =>
    `Herzien: het huidige cijfer (${now}) is ${value}, een verschil van ${change}.`,
  currentAfter: (title, printed, now, value, change) =>
    `In ${title} stond ${printed}; het huidige cijfer (${now}) is ${value}, een verschil van ${change}.`,
  redefinedTo: (now, value, change, note) =>
    `Anders geteld, geen herziening: het huidige cijfer (${now}) is ${value} volgens een nieuwe definitie, een verschil van ${change}. ${note}`,
  currentAfterRedefined: (title, printed, now, value, change, note) =>
    `In ${title} stond ${printed} volgens de oude definitie; het huidige cijfer (${now}) is ${value} volgens de nieuwe, een verschil van ${change}. Anders geteld, geen herziening: ${note}`,
  notInPublication: (title, label, where) =>
    `${title} bevat geen cijfer voor ${label}.${where.length ? ` Dat cijfer staat in: ${where.join(', ')}.` : ''}`,
  help: (examples) =>
    `Ik beantwoord vragen over de gepubliceerde cijfers van de IND (Jaarcijfers 2018-2025 en Maandcijfers december 2025): aanvragen, beslissingen, openstaande zaken, inwilligingen, tijdigheid, doorlooptijden, top-3 nationaliteiten, en meer, per jaar of per maand. Elk antwoord noemt de bron. Voorbeelden:\n${examples.map((e) => `• ${e}`).join('\n')}`,
};
