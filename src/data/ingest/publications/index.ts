import type { Description } from '../description.js';
import { jaarcijfers2020 } from './jaarcijfers-2020.js';
import { jaarcijfers2023 } from './jaarcijfers-2023.js';
import { jaarcijfers2024 } from './jaarcijfers-2024.js';
import { jaarcijfers2025 } from './jaarcijfers-2025.js';
import { maandcijfers202512 } from './maandcijfers-2025-12.js';

/** Every publication the dataset is built from; adding one is a raw file plus a description here. */
export const PUBLICATIONS: Description[] = [
  jaarcijfers2025,
  maandcijfers202512,
  jaarcijfers2024,
  jaarcijfers2023,
  jaarcijfers2020,
];
