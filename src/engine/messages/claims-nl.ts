import type { ClaimMessages } from './claim-types.js';

const q = (s: string) => `"${s}"`;

export const NL_CLAIMS: ClaimMessages = {
  verdict: {
    true: 'Klopt',
    roughly: 'Klopt ongeveer',
    false: 'Klopt niet',
    unverifiable: 'Niet te controleren',
  },
  available: (what) => `Beschikbaar: ${what}.`,
  tolerance: (line, tolerance) => `${line} (marge: ${tolerance}).`,
  offBy: (diff, higher, points) => `${diff}${points ? ' procentpunt' : '%'} ${higher ? 'hoger' : 'lager'}`,
  exactly: 'precies gelijk',
  level: (period, value, claimed, off) =>
    `${period}: ${value}; de bewering zegt ${q(claimed)}, het cijfer is ${off}`,
  average: (period, value, mean, claimed, off) =>
    `${period}: ${value}, gemiddeld ${mean} per maand; de bewering zegt ${q(claimed)}, het gemiddelde is ${off}`,
  changeIntro: (from, fromAt, to, toAt, change) => `${from} in ${fromAt} en ${to} in ${toAt}: ${change}`,
  change: (intro, claimed) => `${intro}; de bewering zegt ${q(claimed)}`,
  multiple: (intro, ratio, claimed) => `${intro}, factor ${ratio}; de bewering zegt ${q(claimed)}`,
  share: (period, value, claimed) => `${period}: ${value}; de bewering zegt ${q(claimed)}`,
  shareOfWhole: (period, part, whole, share, claimed) =>
    `${period}: ${part} van ${whole} openstaande zaken, ${share} (berekend uit de twee gepubliceerde cijfers); de bewering zegt ${q(claimed)}`,
  pair: (a, aLabel, b, bLabel, period) => `${period}: ${aLabel} ${a}, ${bLabel} ${b}`,
  versus: (a, aLabel, b, bLabel, period, claimed) =>
    `${period}: ${aLabel} ${a}, ${bLabel} ${b}; de bewering zegt ${q(claimed)}`,
  noComparable: (period) => `Voor ${period} is er geen vergelijkbaar cijfer om dit aan te toetsen.`,
  countedBefore: (title, old, now) =>
    `Het genoemde getal is het cijfer uit de ${title} (${old}), geteld vóór een definitiewijziging; op de nieuwe manier geteld is het ${now}.`,
  superseded: (title, old, now) =>
    `Het genoemde getal is het oude cijfer uit ${title} (${old}); dat is later herzien naar ${now}.`,
  otherPeriod: (value, period) => `${value} is het cijfer van ${period}.`,
  wrongDirection: 'de richting klopt niet',
  highestWord: (highest) => (highest ? 'hoogste' : 'laagste'),
  since: (year) => `sinds ${year}`,
  ofSpan: (from, to) => `van ${from}-${to}`,
  extremeUnverifiable: (first, year, word, ever, from) =>
    `In de gepubliceerde cijfers (vanaf ${first}) is ${year} het ${word} jaar, maar eerdere jaren staan er niet in: een record ${ever ? '"ooit"' : `sinds ${from}`} is daarmee niet te controleren.`,
  extremeHolds: (year, value, word, span, next, nextValue) =>
    `${year} is met ${value} het ${word} jaar ${span}; daarna komt ${next} met ${nextValue}.`,
  extremeFails: (year, value, word, span, other, tie, higher, otherValue) =>
    `${year} (${value}) is niet het ${word} jaar ${span}: ${other} ${tie ? 'was gelijk' : `lag ${higher ? 'hoger' : 'lager'}`}, met ${otherValue}.`,
  monthExtremeHolds: (month, value, word, span, next, nextValue) =>
    `${month} is met ${value} de ${word} maand van ${span}; daarna komt ${next} met ${nextValue}.`,
  monthExtremeFails: (month, value, word, span, other, otherValue) =>
    `${month} (${value}) is niet de ${word} maand van ${span}: ${other} had ${otherValue}.`,
  streak: (list, run, up, claimed) =>
    `${list}: ${run ? 'elk jaar' : 'niet elk jaar'} ${up ? 'hoger' : 'lager'} dan het jaar ervoor (${q(claimed)}).`,
  nationality:
    'De IND publiceert geen aantallen of aandelen per nationaliteit, alleen per categorie de top 3 nationaliteiten van de aanvragers (2023-2025). Een bewering over een nationaliteit is daarmee niet te controleren, behalve haar plaats in die top 3.',
  refused: (kind, words) =>
    `De bewering noemt '${words}': ${kind}. Deze bewering is daarmee niet te controleren.`,
  noSeries: 'Ik kan niet vaststellen over welk gepubliceerd IND-cijfer deze bewering gaat.',
  whichFigure:
    'Meerdere gepubliceerde cijfers passen bij deze bewering, dus ik beoordeel haar niet. Welk cijfer bedoelt u?',
  nothingToCheck: (label, available) =>
    `Ik zie in deze bewering geen getal, verandering of record om te toetsen. Beschikbaar voor ${label}: ${available}.`,
  unitMismatch: (claimed, label, published) =>
    `De bewering noemt ${claimed}, maar de IND publiceert voor ${label} ${published}; dat is niet met elkaar te vergelijken.`,
  claimedUnits: {
    percent: 'een percentage',
    eur: 'een bedrag in euro',
    fte: 'een aantal fte',
    weeks: 'een aantal weken',
    days: 'een aantal dagen',
    count: 'een aantal',
  },
  publishedUnits: {
    count: 'aantallen',
    percent: 'een percentage',
    weeks: 'weken',
    days: 'dagen',
    fte: 'fte',
    eur: 'bedragen in euro',
  },
  partialNoFigure: (words) =>
    `Voor "${words}" is er geen cijfer: de IND publiceert dit niet over die maanden.`,
  noFigure: (period, label, notYet) =>
    `Voor ${period} is er geen cijfer over ${label}${notYet ? ' (nog niet gepubliceerd)' : ''}.`,
  noPeriodGiven: (period) => `Geen periode genoemd: getoetst aan het meest recente cijfer (${period}).`,
  summed: 'Berekend als de som van de gepubliceerde maandcijfers.',
  unplaced: (reading, words) =>
    `Ik las: ${reading}. ${words.map((w) => `'${w}'`).join(', ')} kan ik daarin niet plaatsen, dus toets ik de bewering niet.`,
  place: (name, rank) => `De nationaliteit ${name} staat op plaats ${rank} van de top 3`,
  notInTop: (word) => `"${word}" staat niet in de top 3`,
  several: (lines) =>
    `Deze tekst bevat ${lines.length} beweringen; elk apart getoetst:\n${lines.join('\n')}\nPlak een bewering apart voor de volledige controle met bronnen.`,
  part: (n, claim, verdict, detail) => `${n}. ${q(claim)}: ${verdict}. ${detail}`,
};
