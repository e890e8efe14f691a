import { type NumberGrammar, spelledNumbers, spelledYears } from '../spelled.js';
import type { PeriodLexicon } from '../types.js';
import { words } from '../words.js';

const GRAMMAR: NumberGrammar = {
  units: words('een | twee | drie | vier | vijf | zes | zeven | acht | negen'),
  teens: words(
    'tien | elf | twaalf | dertien | veertien | vijftien | zestien | zeventien | achttien | negentien',
  ),
  tens: words('twintig | dertig | veertig | vijftig | zestig | zeventig | tachtig | negentig'),
  // "vierentwintig", "tweeëntwintig" (typed "tweeentwintig" too, as folding gives).
  compound: (ten, unit) => [`${unit}${/e$/.test(unit) ? 'ën' : 'en'}${ten}`, `${unit}en${ten}`],
  // "tweeduizend vierentwintig", "tweeduizendvierentwintig", "twee duizend en vijf", "twintig vierentwintig".
  year: (n, s) => [
    ...s.flatMap((w) => [`tweeduizend ${w}`, `tweeduizend${w}`, `tweeduizend en ${w}`, `twee duizend ${w}`]),
    ...(n >= 10 ? s.map((w) => `twintig ${w}`) : []),
  ],
};

/** Dutch: periods, numbers, units, hedges and ages of open cases. */
export const NL_PERIODS: PeriodLexicon = {
  months: {
    januari: 1,
    jan: 1,
    februari: 2,
    feb: 2,
    febr: 2,
    maart: 3,
    mrt: 3,
    mar: 3,
    april: 4,
    apr: 4,
    mei: 5,
    juni: 6,
    jun: 6,
    juli: 7,
    jul: 7,
    augustus: 8,
    aug: 8,
    september: 9,
    sept: 9,
    sep: 9,
    oktober: 10,
    okt: 10,
    november: 11,
    nov: 11,
    december: 12,
    dec: 12,
  },
  periodWords: {
    year: words('jaar | jaren | kalenderjaar | jaartal'),
    month: words('maand | maanden'),
    quarter: words('kwartaal | kwartalen'),
    half: words('helft | halfjaar | half jaar'),
    end: words(
      'eind | einde | eind van | aan het eind van | aan het einde van | ultimo | per eind | stand eind | op de laatste dag van | eind december',
    ),
    begin: words('begin | begin van | aan het begin van | start van'),
    during: words('gedurende | in de loop van | tijdens | doorheen | over heel | heel'),
    ago: words('geleden | terug | eerder | daarvoor | ervoor'),
  },
  relative: {
    lastYear: words(
      'vorig jaar | vorige jaar | verleden jaar | afgelopen jaar | het afgelopen jaar | het vorige jaar',
    ),
    thisYear: words('dit jaar | huidige jaar | dit kalenderjaar | het lopende jaar | lopend jaar'),
    yearBeforeLast: words('voorvorig jaar | het jaar voor vorig jaar | twee jaar geleden | twee jaar terug'),
    lastMonth: words('vorige maand | afgelopen maand | de afgelopen maand | vorige maand eind'),
    sameMonthLastYear: words(
      'dezelfde maand vorig jaar | dezelfde maand een jaar eerder | dezelfde maand van vorig jaar | deze maand vorig jaar',
    ),
    thisMonth: words('deze maand | huidige maand | lopende maand'),
    lastQuarter: words('vorig kwartaal | vorige kwartaal | afgelopen kwartaal | het afgelopen kwartaal'),
    yearBefore: words(
      'het jaar daarvoor | het jaar ervoor | een jaar eerder | een jaar daarvoor | het voorgaande jaar | voorgaande jaar',
    ),
    past: words('afgelopen | laatste | voorbije | de afgelopen | de laatste | de voorbije'),
    now: words('nu | momenteel | op dit moment | tegenwoordig | vandaag'),
  },
  range: {
    from: words('van | vanaf | vanuit'),
    to: words('tot | tot en met | t/m | tm | naar | tot aan | - | –'),
    between: words('tussen'),
    and: words('en'),
    since: words('sinds | sedert | vanaf | sinds begin | sinds het begin van | sinds eind'),
    versus: words(
      'vs | versus | tegen | tegenover | vergeleken met | ten opzichte van | t.o.v | tov | in vergelijking met',
    ),
    in: words('in | over | voor | per | op | rond | omstreeks'),
  },
  numbers: {
    ...spelledNumbers(GRAMMAR),
    één: 1,
    honderd: 100,
    duizend: 1000,
    anderhalf: 1.5,
    dubbel: 2,
  },
  years: spelledYears(GRAMMAR),
  ordinals: {
    eerste: 1,
    '1e': 1,
    '1ste': 1,
    tweede: 2,
    '2e': 2,
    '2de': 2,
    derde: 3,
    '3e': 3,
    '3de': 3,
    vierde: 4,
    '4e': 4,
    '4de': 4,
    vijfde: 5,
    '5e': 5,
    zesde: 6,
    zevende: 7,
    achtste: 8,
    laatste: -1,
  },
  units: {
    percent: words('procent | percent | % | pct | procents'),
    points: words(
      'procentpunt | procentpunten | procentpunten | punt | punten | %-punt | procent punt | procentpuntje',
    ),
    eur: words("euro | euro's | eur | €"),
    fte: words("fte | fte's | voltijdbanen | formatieplaatsen"),
    weeks: words('week | weken | wk'),
    days: words('dag | dagen | werkdagen'),
    months: words('maand | maanden | mnd | mnd.'),
    years: words('jaar | jaren'),
    people: words('mensen | personen | aanvragers | nareizigers | gezinsleden | asielzoekers | migranten'),
  },
  scales: { miljard: 1e9, mld: 1e9, miljoen: 1e6, mln: 1e6, mio: 1e6, duizend: 1e3, dzd: 1e3 },
  hedges: {
    atLeast: words('minstens | ten minste | tenminste | minimaal | op zijn minst'),
    atMost: words('hooguit | hoogstens | maximaal | niet meer dan | ten hoogste | op zijn hoogst'),
    nearly: words(
      'bijna | nagenoeg | vrijwel | net onder | net onder de | krap | tegen de | zo goed als | haast | bijkans',
    ),
    over: words(`ruim | ruimschoots | meer dan | boven | boven de | net boven | net boven de | ruim boven
      dik | ruim over | overschreed | passeerde `),
    below: words('onder | onder de | minder dan | lager dan | beneden | nog geen | niet eens'),
    about: words(`zo'n | zon | ongeveer | circa | ca | ca. | rond | rond de | rondom | omstreeks | pakweg
      grofweg | ruwweg | naar schatting | om en nabij | om en nabij de | plusminus | +/- | ±`),
    exact: words('precies | exact | welgeteld | exact aantal | precies aantal'),
  },
  age: {
    older:
      words(`ouder dan | langer dan | meer dan | boven | boven de | over | langer | ouder dan een | langer open dan
      al langer dan | al meer dan | langer in behandeling dan`),
    younger: words(
      'jonger dan | korter dan | minder dan | onder | tot | hooguit | binnen | korter | nog geen | niet ouder dan',
    ),
    old: words('oud | oude | in behandeling | open | lang | openstaand'),
  },
};
