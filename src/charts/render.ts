import type { Chart as ChartClass, ChartConfiguration } from 'chart.js';
import { encodePng } from './png.js';
import { CHART_SIZE, type ChartSize } from './sizes.js';

type Renderer = (config: ChartConfiguration, size: ChartSize) => Uint8Array;

let renderer: Promise<Renderer> | undefined;

/**
 * Loads chart.js and the canvas binding once, on the first chart: the CLI answers plain questions
 * without paying for them.
 */
async function loadRenderer(): Promise<Renderer> {
  const [{ Chart, registerables }, { createCanvas }] = await Promise.all([
    import('chart.js'),
    import('@napi-rs/canvas'),
  ]);
  Chart.register(...registerables);
  // Skia finds no Helvetica or Arial here; name fonts that exist so text never silently vanishes.
  Chart.defaults.font.family = "'Liberation Sans', 'DejaVu Sans', Arial, sans-serif";
  return (config, size) => {
    const canvas = createCanvas(size.width, size.height);
    const options = {
      ...config.options,
      responsive: false,
      animation: false as const,
      devicePixelRatio: size.devicePixelRatio,
    };
    const chart: ChartClass = new Chart(
      canvas as unknown as HTMLCanvasElement,
      {
        ...config,
        options,
        plugins: [whiteBackground],
      } as ChartConfiguration,
    );
    try {
      // The white background leaves no transparent pixel, so the premultiplied pixels are the
      // straight ones a PNG stores.
      return encodePng(canvas.data(), canvas.width, canvas.height);
    } finally {
      chart.destroy();
    }
  };
}

/** QuickChart paints the background white (bkg=white); the local renderer does the same. */
const whiteBackground = {
  id: 'whiteBackground',
  beforeDraw(chart: ChartClass) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

/**
 * Draws the configuration to a PNG with chart.js on @napi-rs/canvas, no network: `size` in CSS
 * pixels times its pixel ratio (the wide size, 1280x720, by default).
 */
export async function renderChartPng(
  config: ChartConfiguration,
  size: ChartSize = CHART_SIZE,
): Promise<Uint8Array> {
  renderer ??= loadRenderer();
  const render = await renderer;
  return render(config, size);
}
