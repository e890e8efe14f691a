import type { QuoteWords } from './quote-types.js';

export const EN_QUOTE: QuoteWords = {
  percent: 'percent',
  millions: (hedge, n) => `${hedge}€${n} million`,
  over: 'more than ',
  under: 'almost ',
  end: (p) => `at the end of ${p}`,
  lead: (source, by) => `According to ${by ? 'the' : "the IND's"} ${source},`,
  fallback: (s, measure, p, v) => `the figure for ${s} (${measure}) in ${p} was ${v}`,
  clauses: {
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
  },
};
