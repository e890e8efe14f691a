import { describe, expect, it } from 'vitest';
import { answer } from '../../src/app/default-engine.js';
import { buildChartConfig, chartedFacts } from '../../src/charts/config.js';
import { chartUrl } from '../../src/charts/quickchart.js';
import { URL_LIMITS } from '../../src/charts/types.js';
import { compareWithFacts } from './plotted.js';

/** Questions of each kind the engine answers, in both languages. */
const QUESTIONS = [
  'trend naturalisatie 2018-2025',
  'Hoeveel naturalisatieaanvragen in 2024?',
  'naturalisation applications 2023 vs 2024',
  'asylum applications per month in 2025',
  'openstaande naturalisatieaanvragen per maand in 2025',
  'Knowledge & Talent applications in March 2025 compared with April 2025',
  'How many Dublin (track 1) cases were pending at the end of 2023?',
  'top 3 nationaliteiten kennismigranten 2025',
  'Hoeveel naturalisatieaanvragen in het eerste kwartaal van 2025?',
  'welke maand had de meeste asielaanvragen in 2025',
  'help',
];

describe('charts of the engine’s own answers', () => {
  const answers = QUESTIONS.map((q) => answer(q, { today: '2026-11-22' }));

  it('carry only the numbers of the answer, and all of them', () => {
    for (const a of answers) {
      const config = buildChartConfig(a);
      if (config)
        expect(compareWithFacts(config, chartedFacts(a), a.language)).toEqual({ foreign: [], missing: [] });
    }
  });

  it('come with every series, comparison and trend, and fit a Discord image URL', () => {
    expect(answers.filter((a) => buildChartConfig(a) !== null).length).toBeGreaterThanOrEqual(5);
    for (const a of answers) {
      const config = buildChartConfig(a);
      if (a.kind === 'series' || a.kind === 'comparison') expect(config, a.question).not.toBeNull();
      if (a.kind === 'value' && a.trend.length > 1) expect(config, a.question).not.toBeNull();
      if (a.kind === 'ranking' || a.kind === 'help' || a.kind === 'not_found')
        expect(config, a.question).toBeNull();
      if (config) expect(chartUrl(config, { maxLength: URL_LIMITS.discord }), a.question).not.toBeNull();
    }
  });

  it('say under the chart how a computed figure was computed', () => {
    const computed = answers.filter((a) => a.facts.some((f) => f.derived) && buildChartConfig(a));
    expect(computed.length).toBeGreaterThan(0);
    for (const a of computed) {
      const text = [buildChartConfig(a)!.options!.plugins!.subtitle!.text].flat().join('\n');
      expect(text, a.question).toMatch(a.language === 'nl' ? /Berekend/ : /Computed/);
    }
  });
});
