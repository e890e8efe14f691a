import type { QuoteWords } from './quote-types.js';

export const NL_QUOTE: QuoteWords = {
  percent: 'procent',
  millions: (hedge, n) => `${hedge}${n} miljoen euro`,
  over: 'ruim ',
  under: 'bijna ',
  end: (p) => `eind ${p}`,
  lead: (source, by) => `Volgens de ${source}${by ? '' : ' van de IND'}`,
  fallback: (s, measure, p, v) => `was het cijfer voor ${s} (${measure}) in ${p} ${v}`,
  clauses: {
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
  },
};
