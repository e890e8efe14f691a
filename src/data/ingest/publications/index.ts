import type { Description } from '../description.js';
import { jaarcijfers2025 } from './jaarcijfers-2025.js';

/** Every publication the dataset is built from; adding one is a raw file plus a description here. */
export const PUBLICATIONS: Description[] = [jaarcijfers2025];
