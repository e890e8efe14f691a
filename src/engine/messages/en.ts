import type { RefusalKind } from '../lexicon/types.js';
import type { Messages } from './types.js';

const quoted = (words: string[]) => words.map((w) => `'${w}'`).join(', ');
const join = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

// Every kind the lexicon refuses has its reason (checked by the compiler).
const REFUSALS: Record<string, string> = {
  country: 'the IND publishes figures for the Netherlands, not per other country',
  city: 'the IND publishes national figures, not per municipality or city',
  region: 'the IND publishes national figures, not per province or region',
  gender: 'the IND publishes no breakdown by gender',
  age: "the IND publishes no breakdown by applicants' age",
  nationality: 'the IND publishes no counts per nationality, only the top 3 nationalities per category',
  forecast: 'the IND publishes no forecasts, only actual figures',
  cost: "fees and prices are not in the IND's published figures",
  reception: "reception is COA's task and is not in the IND's figures",
  return: "departures and returns are not in the IND's figures",
  housing: "housing is not in the IND's figures",
  visa: "short-stay visas are not in the IND's figures (only within objections)",
  offTopic: "that is not about the IND's figures",
  sector: 'the IND publishes no breakdown by sector or employer',
  cause: 'the IND publishes how many, not why; its figures hold no causes or reasons',
} satisfies Record<RefusalKind, string>;

export const EN_MESSAGES: Messages = {
  source: (titles) => `Source: IND, ${titles.join(', ')}`,
  printedAs: (reason) => ` (printed as "${reason}")`,
  comparison: (label, a, pa, b, pb, change) =>
    `${label}: ${a} in ${pa} and ${b} in ${pb}, a change of ${change}.`,
  sideBySide: (period, items) => `${period}: ${items.join('; ')}.`,
  seriesChange: (from, to, change) => `From ${from} to ${to}: ${change}.`,
  highLow: (high, highAt, low, lowAt) => `Highest: ${high} (${highAt}); lowest: ${low} (${lowAt}).`,
  list: join,
  noFigureFor: (periods) => `No figure for ${periods.join(', ')}.`,
  nothingSince: (period) =>
    `${period} is the latest published figure: there is none after it yet to compare with.`,
  stockAtEnd: (period) => `Position at the end of ${period} (monthly figures).`,
  latestTaken: (period) => `No period given: this is the latest figure (${period}).`,
  definitionAcross: (until, note) => `Note, definition change after ${until}: ${note}`,
  revised: (was, title, period, now, nowTitle) =>
    `Revised: ${title} gave ${was} for ${period}; ${nowTitle} gives ${now}.`,
  countedDifferently: (was, title, period, now, nowTitle) =>
    `Counted differently: ${title} gave ${was} for ${period} under the old definition; ${nowTitle} gives ${now} under the new one.`,
  gap: (label, period, reason) =>
    `The IND published no figure for ${label} in ${period} (the table says "${reason}").`,
  sum: (label, span, total, parts) => `${label}, ${span} added up: ${total} (${parts}).`,
  mean: (label, span, mean, total, months) =>
    `${label}, ${span}: on average ${mean} a month (${total} over ${months} months, divided by ${months}).`,
  derivedNote: (method) =>
    method === 'sum'
      ? 'Computed: the sum of the published monthly figures; the IND does not publish this total itself.'
      : method === 'mean'
        ? 'Computed: the mean of the published monthly figures; the IND does not publish this average itself.'
        : method === 'annualMean'
          ? 'Computed: from the published annual figures, divided by their number of months (12 a year); the IND does not publish this average itself.'
          : "The year-end position is December's figure.",
  extreme: (highest, unit, label, at, value, span) =>
    `${label}: the ${unit} with the ${highest ? 'highest' : 'lowest'} figure in ${span} is ${at}, at ${value}.`,
  extremeRunnerUp: (at, value) => `Next comes ${at} at ${value}.`,
  byAge: 'pending cases by age',
  total: 'total',
  rankingLabel: 'top 3 nationalities (applications)',
  topOf: 'Top 3 nationalities',
  topExample: 'Top 3 nationalities naturalisation 2025',
  rankingNote: 'The IND publishes only the order, not counts per nationality.',
  unplaced: (reading, headline, words) =>
    `I read: ${reading}${headline ? ` (${headline})` : ''}. I cannot place ${quoted(words)} in that, so I do not give this figure as the answer. Is this the figure you mean? Then ask without ${words.length > 1 ? 'those words' : 'that word'}, or pick a suggestion.`,
  unplacedNothing: (words) =>
    `I cannot place ${quoted(words)} in the IND's published figures. I know figures on naturalisation, asylum, family & partner, knowledge & talent, study, work, objections, court cases, customer contact and staff, among others.`,
  periodUnread: (words) =>
    `I cannot read the period ${quoted(words)}. Name a year (2024) or a month (March 2025).`,
  askWhich: (options) => `Do you mean ${options.join(' or ')}?`,
  askCategory: (what) =>
    `Which category do you mean? The IND publishes ${what} per category, for example for naturalisation, asylum, family & partner or knowledge & talent.`,
  rejectionsNotPublished:
    'The IND does not publish rejections, only the approval rate and the number of decisions.',
  countOfRate: 'The IND publishes this as a percentage, not as a count.',
  crossCheck: (what) => `I could not fit ${what} into the answer.`,
  tooLong: (max) =>
    `That question is too long (over ${max} characters). Ask a short question, for example: "How many naturalisation applications in 2024?"`,
  injection: "I only answer questions about the IND's published figures.",
  nationality:
    'The IND does not publish counts per nationality, only the top 3 nationalities per category (applications). Ask, for example, for the top 3 nationalities in naturalisation.',
  refusal: (kind, words) =>
    `I cannot place '${words}': ${REFUSALS[kind] ?? "that is not in the IND's published figures"}. I have national totals per category, per year or per month.`,
  nothingMatched:
    "I don't have figures on that. I know the IND's published figures on naturalisation, asylum (first applications, tracks 1, 2 and 4, family reunification), family & partner, knowledge & talent, study, work, objections, court cases, customer contact and staff, among others.",
  noPeriod: (label, asked, have) => `I have no figure for ${label} in ${asked}. Available: ${have}.`,
  perYear: 'annual',
  perMonth: 'monthly',
  notPublishedFor: (subject, measures) =>
    `The IND does not publish that figure for ${subject}. It does publish: ${measures.join(', ')}.`,
  noUnitFor: (subject, unit) => `The IND publishes no ${unit} for ${subject}.`,
  noAgeFor: (subject, buckets) =>
    buckets.length
      ? `For ${subject} the IND publishes pending cases in these age groups: ${buckets.join(', ')}.`
      : `The IND publishes no age of pending cases for ${subject}.`,
  noRanking: (subject, year) =>
    `I have no top 3 nationalities${subject ? ` for ${subject}` : ''}${year ? ` in ${year}` : ''}. Top-3 lists exist for family & partner, knowledge & talent, study, work, naturalisation, tracks 1, 2 and 4, and family reunification (2023-2025).`,
  noRankingSubject: 'For which category do you want the top 3 nationalities?',
  followUpDeclined: (reason) => `I cannot answer this either: ${REFUSALS[reason] ?? reason}.`,
  unitWords: { percent: 'percentage', duration: 'processing time', eur: 'amount in euros', count: 'count' },
  revisions: 'Revisions',
  notRevised: 'not revised',
  revisionCount: (n) => `${n} ${n === 1 ? 'revision' : 'revisions'}`,
  revisionHead: (headline, scope) =>
    `${headline}${scope ? ` (${scope})` : ''}, largest relative change first:`,
  revisionTally: (revisions, redefined) => {
    const r = `${revisions} ${revisions === 1 ? 'revision' : 'revisions'}`;
    const d = `${redefined} ${redefined === 1 ? 'definition change' : 'definition changes'}`;
    if (!redefined) return r;
    return revisions ? `${r} and ${d}` : `not revised, ${d}`;
  },
  redefinedHead: 'Counted differently, not revised (definition change):',
  redefinedNote: (lines, note) => `Definition change, not a revision: ${lines.join('; ')}. ${note}`,
  onlyRedefined: (scope) =>
    `Not revised${scope ? ` (${scope})` : ''}: no figure was corrected, but a later publication counts under a new definition:`,
  nothingRevisedBy: (publication, periods) =>
    `Not revised: ${publication} changes no previously published figure${periods.length ? ` for ${periods.join(', ')}` : ''}.`,
  nothingRevised: (scope, printed, value) =>
    `Not revised${scope ? ` (${scope})` : ''}: no figure was printed differently in a later publication.${printed && value ? ` ${printed.join(', ')} all give ${value}.` : ''}`,
  asPublished: (label, period, title, value) => `${label} ${period}, as published in ${title}: ${value}.`,
  alsoCurrent: 'This is also the current figure.',
  sameSince: (now) => `Not revised: ${now} gives the same figure.`,
  revisedTo: (now, value, change) =>
    `Revised: the current figure (${now}) is ${value}, a difference of ${change}.`,
  currentAfter: (title, printed, now, value, change) =>
    `${title} gave ${printed}; the current figure (${now}) is ${value}, a difference of ${change}.`,
  redefinedTo: (now, value, change, note) =>
    `Counted differently, not revised: the current figure (${now}) is ${value} under a new definition, a difference of ${change}. ${note}`,
  currentAfterRedefined: (title, printed, now, value, change, note) =>
    `${title} gave ${printed} under the old definition; the current figure (${now}) is ${value} under the new one, a difference of ${change}. Counted differently, not revised: ${note}`,
  notInPublication: (title, label, where) =>
    `${title} has no figure for ${label}.${where.length ? ` It is in: ${where.join(', ')}.` : ''}`,
  help: (examples) =>
    `I answer questions about the IND's published figures (annual figures 2018-2025 and monthly figures to December 2025): applications, decisions, pending cases, approval rates, timeliness, processing times, top-3 nationalities and more, per year or per month. Every answer names its source. Examples:\n${examples.map((e) => `• ${e}`).join('\n')}`,
};
