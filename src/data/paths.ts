import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root, whether running from src/ (tests) or dist/src/ (compiled). */
const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = here.includes(`${join('dist', 'src')}`)
  ? join(here, '..', '..', '..')
  : join(here, '..', '..');
export const DATA_DIR = join(ROOT, 'data');
export const FIGURES_FILE = join(DATA_DIR, 'figures.json');
