import type { Ledger } from './ledger.js';

export interface ParsedObservation {
  series: string;
  period: string;
  value: number | null;
  reason?: string;
  line: number;
  printed: string;
}

export interface ParsedRanking {
  subject: string;
  period: string;
  line: number;
  entries: { rank: number; nl: string; en: string; line: number }[];
}

export interface Parsed {
  observations: ParsedObservation[];
  rankings: ParsedRanking[];
  ledger: Ledger;
}
