import { createCanvas, loadImage } from '@napi-rs/canvas';

/** The PNG decoded by an independent reader, as pixels. */
export async function decodePng(png: Uint8Array) {
  const image = await loadImage(Buffer.from(png));
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  const { data } = ctx.getImageData(0, 0, image.width, image.height);
  const at = (x: number, y: number) =>
    Array.from(data.subarray((y * image.width + x) * 4, (y * image.width + x) * 4 + 4));
  /** How many pixels of each colour (0xRRGGBB) the rows hold; one pass, then lookups. */
  const histogram = (from: number, to: number) => {
    const counts = new Map<number, number>();
    for (let i = from * image.width * 4; i < to * image.width * 4; i += 4) {
      const key = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
  };
  const whole = histogram(0, image.height);
  /** Pixels within 1 of a colour on every channel (blending may round either way). */
  const count = (rgb: number[], rows?: [number, number]) => {
    const counts = rows ? histogram(...rows) : whole;
    let n = 0;
    for (const dr of [-1, 0, 1])
      for (const dg of [-1, 0, 1])
        for (const db of [-1, 0, 1])
          n += counts.get(((rgb[0]! + dr) << 16) | ((rgb[1]! + dg) << 8) | (rgb[2]! + db)) ?? 0;
    return n;
  };
  return { width: image.width, height: image.height, data, at, count };
}

export const rgb = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
/** A colour with alpha drawn over white, as the faded (older-definition) bars appear. */
export const overWhite = (hex: string, alpha: number) =>
  rgb(hex).map((c) => Math.round(c * alpha + 255 * (1 - alpha)));
export const WHITE = [255, 255, 255];

type Image = Awaited<ReturnType<typeof decodePng>>;

/** Whether a pixel is text: a dark neutral grey (Chart.js prints text in #666, antialiased). */
function isText(img: Image, x: number, y: number): boolean {
  const i = (y * img.width + x) * 4;
  const [r, g, b] = [img.data[i]!, img.data[i + 1]!, img.data[i + 2]!];
  return r < 170 && Math.abs(r - g) < 12 && Math.abs(g - b) < 12;
}

/**
 * The horizontal bands of rows holding text between columns `from` and `to`, top to bottom, as
 * [first row, last row]: one band per line of text, so a band's height is the height of its glyphs.
 */
export function textBands(img: Image, columns: [number, number] = [0, img.width]): [number, number][] {
  const bands: [number, number][] = [];
  for (let y = 0; y < img.height; y++) {
    let text = false;
    for (let x = columns[0]; x < columns[1] && !text; x++) text = isText(img, x, y);
    const last = bands.at(-1);
    if (text && last && last[1] === y - 1) last[1] = y;
    else if (text) bands.push([y, y]);
  }
  return bands;
}

/** Pixels that are text inside a rectangle. */
export function textPixels(img: Image, x: [number, number], y: [number, number]) {
  let n = 0;
  for (let j = y[0]; j < y[1]; j++) for (let i = x[0]; i < x[1]; i++) if (isText(img, i, j)) n++;
  return n;
}
