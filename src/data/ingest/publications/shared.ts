import type { ProseFigure } from '../description.js';

/**
 * The total of penalty payments (dwangsommen), printed in a footnote of every Jaarcijfers: the
 * wording differs per year, so each publication passes its own pattern with groups year, value
 * and scale ("mln", "miljoen").
 */
export const penaltyPayments = (match: RegExp, rest?: string): ProseFigure => ({
  match,
  figures: [
    { series: 'dwangsommen.bedrag', value: 'value', period: { group: 'year' }, unit: 'eur', scale: 'scale' },
  ],
  ...(rest ? { rest } : {}),
});
