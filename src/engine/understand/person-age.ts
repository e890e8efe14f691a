import type { Hit } from './query.js';
import { parseNumber, type View } from './view.js';

/** The ages that mark a person rather than a case: minors, adults, pensioners. */
const PERSON_AGES = new Set([12, 14, 15, 16, 18, 21, 65, 67]);
const YEARS = /^(jaar|year|years|yrs|jarigen|jarige)$/;

/**
 * "under 18", "onder de 18", "ouder dan 65 jaar": an age of people, which the IND publishes no
 * breakdown for. Runs after the age of open cases took its phrases ("ouder dan 18 maanden"), so
 * what is left here is a person's age; the number is taken, so no claim reads it as a figure.
 */
export function readPersonAge(view: View): Hit<'age'>[] {
  const out: Hit<'age'>[] = [];
  for (let i = 0; i < view.length; i++) {
    const phrase = view.phraseAt(i);
    if (!phrase || view.taken(i)) continue;
    const side = view.sense(i, 'age')?.age;
    const hedge = view.sense(i, 'hedge')?.hedge;
    if (side !== 'older' && side !== 'younger' && hedge !== 'below' && hedge !== 'over') continue;
    let n = view.next(phrase.end - 1);
    if (/^(de|the|age|leeftijd|van)$/.test(view.text(n))) n = view.next(n);
    if (/^(age|leeftijd|of|van)$/.test(view.text(n))) n = view.next(n);
    if (n >= view.length || view.taken(n) || !view.isNumber(n)) continue;
    const age = parseNumber(view.text(n)) ?? Number.NaN;
    const after = view.next(n);
    const inYears = after < view.length && YEARS.test(view.text(after));
    // "jonger dan 30 jaar": any age of 12 or more said in years is a person's; cases are months old.
    if (!PERSON_AGES.has(age) && !(inYears && age >= 12 && age <= 110)) continue;
    let end = n + 1;
    // A following unit other than years ("18 weeks", "18 procent") makes it something else.
    if (after < view.length && !view.isSeparator(after)) {
      if (!YEARS.test(view.text(after))) {
        if (view.has(after, 'unit') || view.has(after, 'periodWord') || view.has(after, 'scale')) continue;
      } else end = after + 1;
    }
    const old = view.next(end - 1);
    if (/^(oud|old)$/.test(view.text(old))) end = old + 1;
    view.take(i, end, 'personAge');
    out.push({ value: 'age', start: i, end });
  }
  return out;
}
