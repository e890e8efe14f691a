import { type NumberGrammar, spelledNumbers, spelledYears } from '../spelled.js';
import type { PeriodLexicon } from '../types.js';
import { words } from '../words.js';

const GRAMMAR: NumberGrammar = {
  units: words('one | two | three | four | five | six | seven | eight | nine'),
  teens: words(
    'ten | eleven | twelve | thirteen | fourteen | fifteen | sixteen | seventeen | eighteen | nineteen',
  ),
  tens: words('twenty | thirty | forty | fifty | sixty | seventy | eighty | ninety'),
  compound: (ten, unit) => [`${ten}-${unit}`, `${ten} ${unit}`],
  // "twenty twenty-two", "twenty nineteen" (the second half from ten up), "two thousand (and) five".
  year: (n, s) => [
    ...s.flatMap((w) => [`two thousand ${w}`, `two thousand and ${w}`]),
    ...(n >= 10 ? s.map((w) => `twenty ${w}`) : s.map((w) => `twenty oh ${w}`)),
  ],
};

/** English: periods, numbers, units, hedges and ages of open cases. */
export const EN_PERIODS: PeriodLexicon = {
  months: {
    january: 1,
    jan: 1,
    february: 2,
    feb: 2,
    march: 3,
    mar: 3,
    april: 4,
    apr: 4,
    may: 5,
    june: 6,
    jun: 6,
    july: 7,
    jul: 7,
    august: 8,
    aug: 8,
    september: 9,
    sept: 9,
    sep: 9,
    october: 10,
    oct: 10,
    november: 11,
    nov: 11,
    december: 12,
    dec: 12,
  },
  periodWords: {
    year: words('year | years | calendar year'),
    month: words('month | months'),
    quarter: words('quarter | quarters'),
    half: words('half | half-year | half year'),
    end: words(
      'end | end of | at the end of | by the end of | as of the end of | year-end | year end | close of | end-of-year | end of december',
    ),
    begin: words('start | start of | beginning | beginning of | at the start of | early'),
    during: words('during | over the course of | throughout | in the course of | all of'),
    ago: words('ago | back | earlier | before'),
  },
  relative: {
    lastYear: words(
      "last year | previous year | the previous year | the past year | past year | last year's",
    ),
    thisYear: words(
      'this year | current year | the current year | this calendar year | year to date | so far this year',
    ),
    yearBeforeLast: words('year before last | the year before last | two years ago | two years back'),
    lastMonth: words(
      "last month | previous month | the previous month | past month | the past month | last month's",
    ),
    sameMonthLastYear: words(
      'the same month last year | same month last year | the same month a year earlier | the same month a year ago | this month last year',
    ),
    thisMonth: words('this month | current month | the current month'),
    lastQuarter: words(
      'last quarter | previous quarter | the previous quarter | past quarter | the past quarter',
    ),
    yearBefore: words(
      'the year before | a year earlier | the previous year | the prior year | a year before | the preceding year',
    ),
    past: words('last | past | previous | the last | the past | the previous | recent'),
    now: words('now | today | currently | at present | right now'),
  },
  range: {
    from: words('from | starting | starting in | beginning in'),
    to: words('to | until | till | through | thru | up to | up until | - | – | and'),
    between: words('between'),
    and: words('and'),
    since: words('since | from | starting | ever since'),
    versus: words(
      'vs | vs. | versus | against | compared with | compared to | relative to | as against | over',
    ),
    in: words('in | for | at | during | as of | by | around'),
  },
  numbers: {
    ...spelledNumbers(GRAMMAR),
    hundred: 100,
    thousand: 1000,
    twice: 2,
    'a dozen': 12,
    'one and a half': 1.5,
    'half a': 0.5,
  },
  years: spelledYears(GRAMMAR),
  ordinals: {
    first: 1,
    '1st': 1,
    second: 2,
    '2nd': 2,
    third: 3,
    '3rd': 3,
    fourth: 4,
    '4th': 4,
    fifth: 5,
    '5th': 5,
    sixth: 6,
    seventh: 7,
    eighth: 8,
    last: -1,
  },
  units: {
    percent: words('percent | per cent | % | pct | percentage'),
    points: words('percentage points | percentage point | points | point | pp | pts | %-point | ppt'),
    eur: words('euro | euros | eur | €'),
    fte: words('fte | ftes | full-time equivalent | full-time equivalents | full time equivalents'),
    weeks: words('week | weeks | wks'),
    days: words('day | days | working days | business days'),
    months: words('month | months | mos'),
    years: words('year | years'),
    people: words(
      'people | persons | applicants | individuals | family members | relatives | asylum seekers | migrants',
    ),
  },
  scales: { billion: 1e9, bn: 1e9, million: 1e6, millions: 1e6, mln: 1e6, m: 1e6, thousand: 1e3, k: 1e3 },
  hedges: {
    atLeast: words('at least | no fewer than | no less than | a minimum of | minimum of'),
    atMost: words('at most | no more than | a maximum of | maximum of | not more than | up to'),
    nearly:
      words(`nearly | almost | close to | just under | just below | just shy of | not quite | a little under
      slightly under | slightly below | shy of | getting on for`),
    over: words(`more than | over | above | upwards of | in excess of | well over | exceeded | exceeding | pass | passes | passed | exceed | exceeds | surpass | surpasses | tops
      topped | surpassed | pass | passes | passed | exceed | exceeds | surpass | surpasses | tops | just over | just above | a little over | slightly over | slightly above | beyond | north of`),
    below: words('less than | fewer than | below | under | beneath | lower than | south of'),
    about: words(`about | around | approximately | approx | approx. | roughly | some | circa | ca | ca.
      an estimated | estimated | of the order of | in the order of | give or take | or so | ~ | ±`),
    exact: words('exactly | precisely | a total of | a full'),
  },
  age: {
    older:
      words(`older than | longer than | more than | over | above | for more than | for longer than | for over
      upwards of | beyond`),
    younger: words(
      'younger than | shorter than | less than | under | up to | within | for less than | no older than',
    ),
    old: words('old | pending | open | waiting | in progress'),
  },
};
