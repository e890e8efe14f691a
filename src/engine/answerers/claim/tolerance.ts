import type { Bilingual } from '../../../data/schema.js';
import { formatNumber } from '../../format.js';
import type { Hedge } from '../../lexicon/types.js';

/**
 * How close a figure must be for a claim to hold, read from the claim's wording. Each check gives a
 * strict band (the wording is right: `true`), a looser band (close, but the wording overstates or
 * misses a little: `roughly`) and beyond that `false`. The bands, and why:
 * - an exact number: ±0.5% (a typo or a revised figure is further off); a rounded number ("6.400",
 *   "79 miljoen") also holds when the figure rounds to it within 1%; up to 10% off is `roughly`, as a
 *   writer who rounds 32.180 to "35.000" is near but not right.
 * - "zo'n/ongeveer/about" ±3%, "bijna/nearly" up to 3% under: readers who were asked call "about
 *   50.000" for 51.760 (3,4% off) or "nearly 95.000" for 91.380 near rather than right, so the hedge
 *   buys less than a rounding step; up to 12% off is `roughly` ("bijna 100.000" for 89.320 is near,
 *   "roughly 25,000" for 21.540 is not).
 * - "ruim/meer dan/more than" above X and within 10%, or within half a step of X's rounding ("ruim
 *   50.000" for 54.780, "meer dan 10.000" for 12.180); a figure far above, or just under X, is `roughly`.
 * - "onder/less than" mirrors that; "minstens/at least" and "hooguit/at most" are plain bounds.
 */
export type Graded = 'true' | 'roughly' | 'false';

export interface Judgement {
  verdict: Graded;
  /** The tolerance the wording implies, in words, for the reply. */
  tolerance: Bilingual;
}

const pct = (x: number, lang: 'nl' | 'en') => formatNumber(x, lang, 1);

/** How far "about" or "nearly" may be off and still be right (see above). */
const ABOUT = 0.03;

/** A stated level (a count, an amount, a percentage) against the published figure. */
export function judgeLevel(
  claimed: number,
  actual: number,
  hedge: Hedge,
  digits: number,
  percentUnit = false,
): Judgement {
  // "een verlies van bijna 48 miljoen" for -47,9 miljoen: the wording bounds the size of the loss.
  if (claimed < 0 && actual < 0) return judgeLevel(-claimed, -actual, hedge, digits, percentUnit);
  const d = claimed === 0 ? (actual === 0 ? 0 : Math.sign(actual)) : (actual - claimed) / Math.abs(claimed);
  // "boven de 90 procent" for 86%: a share on the wrong side of its bound is off by points, and
  // more than three is simply false.
  if (percentUnit && (hedge === 'over' || hedge === 'below')) {
    const wrongSide = hedge === 'over' ? claimed - actual : actual - claimed;
    if (wrongSide > 3)
      return {
        verdict: 'false',
        tolerance: {
          nl: hedge === 'over' ? 'meer dan het genoemde percentage' : 'minder dan het genoemde percentage',
          en: hedge === 'over' ? 'more than the percentage given' : 'less than the percentage given',
        },
      };
  }
  const within = (lo: number, hi: number) => d >= lo && d <= hi;
  const grade = (strict: boolean, loose: boolean): Graded => (strict ? 'true' : loose ? 'roughly' : 'false');
  switch (hedge) {
    case 'about':
      return {
        verdict: grade(within(-ABOUT, ABOUT), within(-0.12, 0.12)),
        tolerance: { nl: 'bij benadering: binnen 3%', en: 'approximate: within 3%' },
      };
    case 'nearly':
      return {
        verdict: grade(within(-ABOUT, 0), within(-0.12, 0.03)),
        tolerance: {
          nl: 'net onder het genoemde getal: tot 3% eronder',
          en: 'just under the number given: up to 3% below it',
        },
      };
    case 'over':
      return {
        verdict: grade(d > 0 && d <= overBand(claimed, digits), d > 0 || within(-0.05, 0)),
        tolerance: {
          nl: `meer dan het genoemde getal, tot zo’n ${pct(100 * overBand(claimed, digits), 'nl')}% erboven`,
          en: `more than the number given, up to about ${pct(100 * overBand(claimed, digits), 'en')}% above it`,
        },
      };
    case 'below':
      return {
        verdict: grade(d < 0 && d >= -overBand(claimed, digits), d < 0 || within(0, 0.05)),
        tolerance: {
          nl: `minder dan het genoemde getal, tot zo’n ${pct(100 * overBand(claimed, digits), 'nl')}% eronder`,
          en: `less than the number given, up to about ${pct(100 * overBand(claimed, digits), 'en')}% below it`,
        },
      };
    case 'atLeast':
      return {
        verdict: grade(d >= 0, within(-0.05, 0)),
        tolerance: {
          nl: 'ondergrens: minstens het genoemde getal',
          en: 'a lower bound: at least the number given',
        },
      };
    case 'atMost':
      return {
        verdict: grade(d <= 0, within(0, 0.05)),
        tolerance: {
          nl: 'bovengrens: hooguit het genoemde getal',
          en: 'an upper bound: at most the number given',
        },
      };
    default: {
      if (percentUnit) {
        const diff = Math.abs(actual - claimed);
        // A round share ("40 procent") is a rounding like "35.000" is: up to a tenth off is near.
        const near = digits <= 1 ? Math.max(2, 0.1 * Math.abs(claimed)) : 2;
        return {
          verdict: grade(diff <= 0.5, diff <= near),
          tolerance: { nl: 'exact percentage: ±0,5 procentpunt', en: 'an exact percentage: ±0.5 points' },
        };
      }
      const rounded = digits <= 2;
      const unit = claimed === 0 ? 1 : leastUnit(claimed, digits);
      const roundsTo = Math.round(actual / unit) * unit === claimed;
      const strict = Math.abs(d) <= 0.005 || (rounded && roundsTo && Math.abs(d) <= 0.01);
      return {
        verdict: grade(strict, Math.abs(d) <= (rounded ? 0.1 : 0.02)),
        tolerance: rounded
          ? {
              nl: 'afgerond getal: het cijfer moet erop afronden (binnen 1%)',
              en: 'a rounded number: the figure must round to it (within 1%)',
            }
          : { nl: 'exact getal: ±0,5%', en: 'an exact number: ±0.5%' },
      };
    }
  }
}

/**
 * How far above a "meer dan" number the figure may lie for the words to hold: 10%, or half a step of
 * the number's own rounding when that is wider. A writer who says "meer dan 10.000" for 12.180 has
 * no rounder number nearer; one who says it for 19.000 would have said "bijna 20.000".
 */
function overBand(claimed: number, digits: number): number {
  if (claimed === 0 || digits > 2) return 0.1;
  return Math.max(0.1, leastUnit(claimed, digits) / 2 / Math.abs(claimed));
}

/** The place value of the last significant digit: 100 for 6.400, 1.000.000 for 79 miljoen. */
function leastUnit(n: number, digits: number): number {
  const magnitude = Math.floor(Math.log10(Math.abs(n)));
  return 10 ** Math.max(0, magnitude - digits + 1);
}

/** A stated relative change ("steeg met een kwart", "daalde met 10 procent"), in percent. */
export function judgeRelative(claimed: number, actual: number, hedge: Hedge, fraction: boolean): Judgement {
  if (Math.sign(claimed) !== Math.sign(actual) && Math.abs(actual) >= 0.5)
    return {
      verdict: 'false',
      tolerance: { nl: 'de richting klopt niet', en: 'the direction is wrong' },
    };
  const c = Math.abs(claimed);
  const a = Math.abs(actual);
  const strictPoints = fraction ? 3 : hedge === 'about' ? 2.5 : 1;
  const loosePoints = strictPoints + Math.max(2, 0.2 * c);
  let strict: boolean;
  let loose: boolean;
  if (hedge === 'over' || hedge === 'atLeast') {
    strict = a > c && a - c <= 3 + 0.1 * c;
    loose = a > c || c - a <= loosePoints - strictPoints;
  } else if (hedge === 'nearly' || hedge === 'below' || hedge === 'atMost') {
    strict = a <= c && c - a <= 3;
    loose = a <= c + 1 || c - a <= loosePoints;
  } else {
    strict = Math.abs(a - c) <= strictPoints;
    loose = Math.abs(a - c) <= loosePoints;
  }
  const band = (lang: 'nl' | 'en') => pct(strictPoints, lang);
  return {
    verdict: strict ? 'true' : loose ? 'roughly' : 'false',
    tolerance: fraction
      ? {
          nl: `een breuk (kwart, derde, helft) is grof: ±${band('nl')} procentpunt`,
          en: `a fraction (quarter, third, half) is coarse: ±${band('en')} percentage points`,
        }
      : {
          nl: `een percentage: ±${band('nl')} procentpunt`,
          en: `a percentage: ±${band('en')} percentage point${strictPoints === 1 ? '' : 's'}`,
        },
  };
}

/** A multiple ("verdubbeld", "tripled", "halved"): the ratio within 15% of the factor. */
export function judgeMultiple(factor: number, ratio: number, hedge: Hedge): Judgement {
  // A fall is judged as the factor it shrank by, so "halved" and "doubled" are equally strict.
  const down = factor < 1;
  const want = down ? 1 / factor : factor;
  const got = ratio <= 0 ? Number.POSITIVE_INFINITY : down ? 1 / ratio : ratio;
  if ((down && ratio >= 1) || (!down && ratio <= 1))
    return { verdict: 'false', tolerance: { nl: 'de richting klopt niet', en: 'the direction is wrong' } };
  const d = (got - want) / want;
  let strict: boolean;
  let loose: boolean;
  if (hedge === 'over' || hedge === 'atLeast') {
    strict = d > 0 && d <= 0.5;
    loose = d > 0 || d >= -0.1;
  } else if (hedge === 'nearly') {
    strict = d <= 0 && d >= -0.15;
    loose = d >= -0.25 && d <= 0.05;
  } else {
    // Overstating a change ("doubled" for a factor 1,8; "halved" for a fall of 37%) is wrong
    // sooner than understating it ("doubled" for a factor 2,3).
    strict = d >= -0.05 && d <= 0.15;
    loose = d >= -0.18 && d <= 0.5;
  }
  return {
    verdict: strict ? 'true' : loose ? 'roughly' : 'false',
    tolerance: {
      nl: 'een veelvoud ("verdubbeld", "gehalveerd"): binnen 15% van die factor',
      en: 'a multiple ("doubled", "halved"): within 15% of that factor',
    },
  };
}

/**
 * A share said as a fraction or proportion ("driekwart", "one in five", "more than half"): in
 * percentage points, ±3 for the words to hold, ±6 for roughly; a bound holds on its side.
 */
export function judgeShare(claimed: number, actual: number, hedge: Hedge): Judgement {
  const d = actual - claimed;
  let strict: boolean;
  let loose: boolean;
  if (hedge === 'over' || hedge === 'atLeast') {
    strict = d > 0 && d <= 20;
    loose = d > 0 || d >= -3;
  } else if (hedge === 'nearly') {
    // "bijna de helft": just under it.
    strict = d <= 0 && d >= -6;
    loose = d >= -10 && d <= 2;
  } else if (hedge === 'below' || hedge === 'atMost') {
    strict = d < 0 && d >= -20;
    loose = d < 0 || d <= 3;
  } else {
    strict = Math.abs(d) <= 3;
    loose = Math.abs(d) <= 6;
  }
  return {
    verdict: strict ? 'true' : loose ? 'roughly' : 'false',
    tolerance: {
      nl: 'een deel in woorden (driekwart, een op de drie) is grof: ±3 procentpunt',
      en: 'a share in words (three quarters, one in three) is coarse: ±3 percentage points',
    },
  };
}

/** "steeg", "fell", "sterk gedaald", "bleef gelijk": the direction, and the size the adverb implies. */
export function judgeDirection(
  direction: 1 | -1 | 0,
  relative: number | null,
  absolute: number,
  strength: 'strong' | 'slight' | null,
): Judgement {
  const r = relative === null ? null : Math.abs(relative) * 100;
  if (direction === 0) {
    const flat = r !== null && r <= 2;
    return {
      verdict: flat ? 'true' : r !== null && r <= 5 ? 'roughly' : 'false',
      tolerance: { nl: 'gelijk gebleven: binnen 2%', en: 'unchanged: within 2%' },
    };
  }
  if (Math.sign(absolute) !== direction)
    return { verdict: 'false', tolerance: { nl: 'de richting klopt niet', en: 'the direction is wrong' } };
  if (strength === 'strong' && r !== null && r < 10)
    return {
      verdict: 'roughly',
      tolerance: { nl: '"sterk" of "fors": minstens 10%', en: '"sharply" or "strongly": at least 10%' },
    };
  if (strength === 'slight' && r !== null && r > 5)
    return {
      verdict: 'roughly',
      tolerance: { nl: '"licht" of "iets": hooguit 5%', en: '"slightly": at most 5%' },
    };
  return { verdict: 'true', tolerance: { nl: 'alleen de richting', en: 'the direction only' } };
}
