import type { ClaimMessages } from './claim-types.js';

const q = (s: string) => `"${s}"`;

export const EN_CLAIMS: ClaimMessages = {
  verdict: { true: 'True', roughly: 'Roughly true', false: 'False', unverifiable: 'Cannot be verified' },
  available: (what) => `Available: ${what}.`,
  tolerance: (line, tolerance) => `${line} (tolerance: ${tolerance}).`,
  offBy: (diff, higher, points) =>
    `${diff}${points ? ' percentage points' : '%'} ${higher ? 'higher' : 'lower'}`,
  exactly: 'exactly that',
  level: (period, value, claimed, off) =>
    `${period}: ${value}; the claim says ${q(claimed)}, the figure is ${off}`,
  average: (period, value, mean, claimed, off) =>
    `${period}: ${value}, on average ${mean} a month; the claim says ${q(claimed)}, the average is ${off}`,
  changeIntro: (from, fromAt, to, toAt, change) => `${from} in ${fromAt} and ${to} in ${toAt}: ${change}`,
  change: (intro, claimed) => `${intro}; the claim says ${q(claimed)}`,
  multiple: (intro, ratio, claimed) => `${intro}, a factor of ${ratio}; the claim says ${q(claimed)}`,
  share: (period, value, claimed) => `${period}: ${value}; the claim says ${q(claimed)}`,
  shareOfWhole: (period, part, whole, share, claimed) =>
    `${period}: ${part} of ${whole} open cases, ${share} (computed from the two published figures); the claim says ${q(claimed)}`,
  pair: (a, aLabel, b, bLabel, period) => `${period}: ${aLabel} ${a}, ${bLabel} ${b}`,
  versus: (a, aLabel, b, bLabel, period, claimed) =>
    `${period}: ${aLabel} ${a}, ${bLabel} ${b}; the claim says ${q(claimed)}`,
  noComparable: (period) => `There is no comparable figure for ${period} to check this against.`,
  countedBefore: (title, old, now) =>
    `The number given is the figure in ${title} (${old}), counted before a definition change; counted the new way it is ${now}.`,
  superseded: (title, old, now) =>
    `The number given is the superseded figure from ${title} (${old}); it was later revised to ${now}.`,
  otherPeriod: (value, period) => `${value} is the figure for ${period}.`,
  wrongDirection: 'the direction is wrong',
  highestWord: (highest) => (highest ? 'highest' : 'lowest'),
  since: (year) => `since ${year}`,
  ofSpan: (from, to) => `of ${from}-${to}`,
  extremeUnverifiable: (first, year, word, ever, from) =>
    `In the published figures (from ${first}) ${year} is the ${word} year, but earlier years are not in them: a record ${ever ? '"ever"' : `since ${from}`} cannot be checked.`,
  extremeHolds: (year, value, word, span, next, nextValue) =>
    `${year}, at ${value}, is the ${word} year ${span}; next comes ${next} at ${nextValue}.`,
  extremeFails: (year, value, word, span, other, tie, higher, otherValue) =>
    `${year} (${value}) is not the ${word} year ${span}: ${other} was ${tie ? 'equal' : higher ? 'higher' : 'lower'}, at ${otherValue}.`,
  monthExtremeHolds: (month, value, word, span, next, nextValue) =>
    `${month}, at ${value}, is the ${word} month of ${span}; next comes ${next} at ${nextValue}.`,
  monthExtremeFails: (month, value, word, span, other, otherValue) =>
    `${month} (${value}) is not the ${word} month of ${span}: ${other} had ${otherValue}.`,
  streak: (list, run, up, claimed) =>
    `${list}: ${run ? 'every year' : 'not every year'} ${up ? 'higher' : 'lower'} than the year before (${q(claimed)}).`,
  nationality:
    'The IND publishes no counts or shares per nationality, only the top 3 nationalities of applicants per category (2023-2025). A claim about one nationality cannot be checked, except its place in that top 3.',
  refused: (kind, words) =>
    `The claim mentions '${words}': ${kind}. It cannot be checked against the IND's figures.`,
  noSeries: 'I cannot tell which published IND figure this claim is about.',
  whichFigure: 'Several published figures fit this claim, so I do not judge it. Which one do you mean?',
  nothingToCheck: (label, available) =>
    `I see no number, change or record in this claim to check. Available for ${label}: ${available}.`,
  unitMismatch: (claimed, label, published) =>
    `The claim gives ${claimed}, but for ${label} the IND publishes ${published}; the two cannot be compared.`,
  claimedUnits: {
    percent: 'a percentage',
    eur: 'an amount in euros',
    fte: 'a number of FTE',
    weeks: 'a number of weeks',
    days: 'a number of days',
    count: 'a count',
  },
  publishedUnits: {
    count: 'counts',
    percent: 'a percentage',
    weeks: 'weeks',
    days: 'days',
    fte: 'FTE',
    eur: 'amounts in euros',
  },
  partialNoFigure: (words) =>
    `There is no figure for "${words}": the IND does not publish this for those months.`,
  noFigure: (period, label, notYet) =>
    `There is no figure for ${label} in ${period}${notYet ? ' (not published yet)' : ''}.`,
  noPeriodGiven: (period) => `No period given: checked against the latest figure (${period}).`,
  summed: 'Computed as the sum of the published monthly figures.',
  unplaced: (reading, words) =>
    `I read: ${reading}. I cannot place ${words.map((w) => `'${w}'`).join(', ')} in that, so I do not check the claim.`,
  place: (name, rank) => `${name} nationals are number ${rank} in the top 3`,
  notInTop: (word) => `"${word}" is not in the top 3`,
  several: (lines) =>
    `This text makes ${lines.length} claims; each checked on its own:\n${lines.join('\n')}\nPaste one claim at a time for the full check with sources.`,
  part: (n, claim, verdict, detail) => `${n}. ${q(claim)}: ${verdict}. ${detail}`,
};
