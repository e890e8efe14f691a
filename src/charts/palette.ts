/** Okabe-Ito: distinguishable with the common colour-vision deficiencies, and in greyscale. */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#000000'];
/** Young to old open cases: calm to alarming. Three buckets skip the sky blue to stay far apart. */
export const AGE_PALETTE = ['#009E73', '#56B4E9', '#E69F00', '#D55E00'];
export const agePalette = (n: number): string[] =>
  n === 3 ? ['#009E73', '#E69F00', '#D55E00'] : AGE_PALETTE;
/** Alpha appended to a bar colour counted under an older definition: same hue, see-through. */
export const FADED = '55';
/** The ring around the asked point, and the text colour the charts share. */
export const INK = '#1b1b1b';
/** Wide bars for two or three categories look like blocks, not figures. */
export const MAX_BAR = 90;
