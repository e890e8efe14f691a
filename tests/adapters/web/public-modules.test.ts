import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PUBLIC_DIR } from '../../../src/adapters/web/static.js';
import { NOTICES } from '../../../src/app/messages.js';
import type { Answer, Fact } from '../../../src/contract/answer.js';
import { FIXTURES } from '../../fixtures/answers.js';

// The page's modules are plain browser JavaScript without type declarations; these are their shapes.
interface CsvModule {
  CSV_COLUMNS: string[];
  factsToCsv(facts: Partial<Fact>[]): string;
  csvFileName(answer: Pick<Answer, 'reading' | 'question'>): string;
}
interface I18nModule {
  STRINGS: Record<string, Record<string, string>>;
  EXAMPLES: Record<string, string[]>;
  pickLanguage(stored: string | null, browser: readonly string[]): 'nl' | 'en';
}
const load = <T>(name: string): Promise<T> => import(pathToFileURL(join(PUBLIC_DIR, name)).href);
const csv = await load<CsvModule>('csv.js');
const i18n = await load<I18nModule>('i18n.js');

describe('csv.js', () => {
  it('writes the facts, raw numbers, one row each', () => {
    const text = csv.factsToCsv(FIXTURES.comparisonAnswer.facts);
    expect(text.split('\r\n')).toEqual([
      'series,label,period,value,unit,source',
      'naturalisatie.beslissingen,Naturalisation · decisions,2023,53590,count,Jaarcijfers 2025',
      'naturalisatie.beslissingen,Naturalisation · decisions,2024,55640,count,Jaarcijfers 2025',
      '',
    ]);
  });

  it('quotes what needs quoting and defuses spreadsheet formulas', () => {
    const text = csv.factsToCsv([
      { series: 's', label: 'a, "b"', period: '2024', value: 'Syrische', unit: 'rank', source: 'x' },
      { series: 's', label: '=HYPERLINK("x")', period: '2024', value: -12, unit: 'count', source: '@src' },
      { series: 's', label: 'l', period: '2024', value: null, unit: 'count', source: 'line\nbreak' },
    ]);
    expect(text.split('\r\n').slice(1, 4)).toEqual([
      's,"a, ""b""",2024,Syrische,rank,x',
      `s,"'=HYPERLINK(""x"")",2024,-12,count,'@src`,
      's,l,2024,,count,"line\nbreak"',
    ]);
  });

  it('names the file after the reading', () => {
    expect(csv.csvFileName(FIXTURES.valueAnswer)).toBe('ind-cijfers-naturalisatie-aanvragen-2024.csv');
    expect(csv.csvFileName({ reading: null, question: 'Hoeveel éérste aanvragen?' })).toBe(
      'ind-cijfers-hoeveel-eerste-aanvragen.csv',
    );
    expect(csv.csvFileName({ reading: null, question: '???' })).toBe('ind-cijfers.csv');
  });
});

describe('i18n.js', () => {
  it('picks the stored choice, else the browser language, else English', () => {
    expect(i18n.pickLanguage('nl', ['en-US'])).toBe('nl');
    expect(i18n.pickLanguage(null, ['de-DE', 'nl-BE', 'en'])).toBe('nl');
    expect(i18n.pickLanguage('fr', ['EN-gb'])).toBe('en');
    expect(i18n.pickLanguage(null, ['de', 'fr'])).toBe('en');
    expect(i18n.pickLanguage(null, [])).toBe('en');
  });

  it('has every interface text in both languages', () => {
    expect(Object.keys(i18n.STRINGS.nl!).sort()).toEqual(Object.keys(i18n.STRINGS.en!).sort());
    for (const table of Object.values(i18n.STRINGS)) {
      for (const text of Object.values(table)) expect(text.trim()).not.toBe('');
    }
    expect(i18n.EXAMPLES.nl!.length).toBe(i18n.EXAMPLES.en!.length);
  });

  it('words a failure as every other front end does', () => {
    for (const language of ['nl', 'en'] as const)
      expect(i18n.STRINGS[language]!['error.internal']).toBe(NOTICES[language].failed);
  });
});
