import type { Hedge } from '../../lexicon/types.js';
import type { Quantity } from '../../understand/quantities.js';

/** One thing a claim asserts that the figures can confirm or refute. */
export type Assertion =
  /** A level in a period: "16.500 in 2025", "ruim 50.000", "onder de 6.400 fte". */
  | { kind: 'level'; q: Quantity; role: 'target' | 'base'; period: string | null }
  /** "gemiddeld zo'n 2.000 per maand": the year's figure divided by twelve. */
  | { kind: 'average'; q: Quantity; period: string | null }
  /** A relative change in percent, signed: "daalde met 10 procent" = -10. */
  | { kind: 'relative'; percent: number; hedge: Hedge; fraction: boolean; words: string }
  /** An absolute change, in the series' unit (points for a percentage): "steeg met 5.000". */
  | { kind: 'absolute'; q: Quantity; direction: 1 | -1 }
  /** A multiple: "verdubbeld" = 2, "halved" = 0.5. */
  | { kind: 'multiple'; factor: number; hedge: Hedge; words: string }
  /** Only a direction: "steeg", "fell", "bleef gelijk". */
  | { kind: 'direction'; direction: 1 | -1 | 0; strength: 'strong' | 'slight' | null; words: string }
  /** The highest or lowest of a range of years, or of the months of a year. */
  | {
      kind: 'extreme';
      highest: boolean;
      words: string;
      inclusive: boolean;
      ever: boolean;
      years: number | null;
      month: boolean;
    }
  /** "voor het tweede jaar op rij": this many changes in a row, all one way. */
  /** A run of changes; `since` ("elk jaar sinds 2022"): every change from that year to the claimed one. */
  | { kind: 'streak'; years: number; since?: string; direction: 1 | -1; words: string }
  /** A share of a whole ("een derde van alle ...", "negen op de tien"): against a published percentage. */
  | { kind: 'share'; percent: number; hedge: Hedge; words: string };
