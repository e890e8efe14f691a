import { describe, expect, it } from 'vitest';
import { AnswerSchema } from '../../../../src/contract/answer.js';
import type { Answer } from '../../../../src/contract/index.js';
import { ask } from '../../helpers.js';

/*
 * Several claims in one text (src/engine/answerers/claim/several.ts): a verdict per claim, never one
 * "Klopt niet" for claims that are each true, and a number is only ever held against its own
 * claim's series. Figures used: naturalisation applications 2024 54.780, 2025 51.760; first asylum
 * applications 2024 32.180, 2025 24.070.
 */
const checked = (a: Answer) => a.facts.map((f) => [f.series, f.period, f.value]);

describe('several claims in one sentence', () => {
  it('gives two true claims a verdict each, in Dutch', () => {
    const a = AnswerSchema.parse(
      ask(
        'Klopt het dat de IND in 2025 51.760 naturalisatieaanvragen kreeg en dat er in 2024 32.180 eerste asielaanvragen waren?',
      ),
    );
    expect(a).toMatchObject({ kind: 'claim', verdict: 'true', headline: 'Klopt' });
    const lines = a.text.split('\n');
    expect(lines[0]).toBe('Klopt.');
    expect(lines[1]).toMatch(/^1\. ".*51\.760 naturalisatieaanvragen.*": Klopt\. 2025: 51\.760/);
    expect(lines[2]).toMatch(/^2\. ".*32\.180 eerste asielaanvragen.*": Klopt\. 2024: 32\.180/);
    expect(a.text).not.toContain('Klopt niet');
    expect(checked(a)).toEqual([
      ['naturalisatie.aanvragen', '2025', 51760],
      ['asiel-eerste.aanvragen', '2024', 32180],
    ]);
  });

  it('gives two true claims a verdict each, in English, a number and a direction', () => {
    const a = ask(
      'Is it true that the IND received 51,760 naturalisation applications in 2025 and that first asylum applications went down in 2025?',
    );
    expect(a).toMatchObject({ kind: 'claim', verdict: 'true', headline: 'True' });
    expect(a.text).toMatch(/\n1\. ".*51,760 naturalisation applications.*": True\. 2025: 51,760/);
    expect(a.text).toMatch(
      /\n2\. ".*first asylum applications went down.*": True\. 32,180 in 2024 and 24,070 in 2025/,
    );
    expect(a.text).not.toContain('False');
    // The direction claim uses only the asylum series; 51,760 is held only against naturalisation.
    expect(checked(a)).toEqual([
      ['naturalisatie.aanvragen', '2025', 51760],
      ['asiel-eerste.aanvragen', '2025', 24070],
      ['asiel-eerste.aanvragen', '2024', 32180],
    ]);
  });

  it('splits sentences too, and shows one true and one false claim side by side, never one verdict', () => {
    const nl = ask(
      'In 2024 ontving de IND 32.180 eerste asielaanvragen. In 2025 waren er 60.000 naturalisatieaanvragen. Klopt dat?',
    );
    expect(nl.kind).toBe('clarification');
    expect(nl.facts).toEqual([]);
    expect(nl.text).toMatch(/^Deze tekst bevat 2 beweringen; elk apart getoetst:/);
    expect(nl.text).toMatch(/\n1\. ".*32\.180 eerste asielaanvragen.*": Klopt\. /);
    expect(nl.text).toMatch(/\n2\. ".*60\.000 naturalisatieaanvragen.*": Klopt niet\. 2025: 51\.760/);
    expect(nl.suggestions).toHaveLength(2);
    const en = ask(
      'Is it true that there were 32,180 first asylum applications in 2024 and that there were 60,000 naturalisation applications in 2025?',
    );
    expect(en.kind).toBe('clarification');
    expect(en.text).toMatch(/^This text makes 2 claims; each checked on its own:/);
    expect(en.text).toMatch(/\n1\. .*: True\. /);
    expect(en.text).toMatch(/\n2\. .*: False\. 2025: 51,760/);
  });

  it('never holds one claim’s number against another claim’s series (nl and en)', () => {
    // Two figures joined by "en"/"and" without "dat"/"that": not split, so not checked as one
    // series either; the subject the reading could not use is named instead of a wrong verdict.
    const nl = ask(
      'Klopt het dat er in 2024 54.780 naturalisatieaanvragen en 32.180 eerste asielaanvragen waren?',
    );
    expect(nl.verdict).not.toBe('false');
    expect(nl.kind).toBe('clarification');
    expect(nl.facts).toEqual([]);
    expect(nl.unexplained).toEqual(['naturalisatieaanvragen']);
    const en = ask(
      'Is it true that in 2024 there were 54,780 naturalisation applications and 32,180 first asylum applications?',
    );
    expect(en.verdict).not.toBe('false');
    expect(en.facts).toEqual([]);
    expect(en.unexplained).toEqual(['naturalisation']);
  });
});

describe('two subjects asked in one breath', () => {
  it('gives both figures, in the order asked, never the asylum figure alone (nl and en)', () => {
    const nl = ask('Hoeveel naturalisatieaanvragen en eerste asielaanvragen kwamen er in 2024 binnen?');
    expect(nl.facts.map((f) => [f.series, f.value])).toEqual([
      ['naturalisatie.aanvragen', 54780],
      ['asiel-eerste.aanvragen', 32180],
    ]);
    const en = ask('Track 1 and track 2 applications in 2025');
    expect(en.facts.map((f) => [f.series, f.value])).toEqual([
      ['spoor-1.aanvragen', 5280],
      ['spoor-2.aanvragen', 440],
    ]);
    // A listing is no comparison: no difference as its headline.
    expect(en.headline ?? '').toBe('');
  });

  it('still asks when one phrase could name either subject', () => {
    const a = ask('asylum and family reunification applications in 2024');
    expect(a.kind).toBe('clarification');
    expect(a.facts).toEqual([]);
  });

  it('asks, rather than list both, when nothing joins the two subjects (nl and en)', () => {
    for (const q of [
      'hoeveel studieaanvragen in 2024 voor naturalisatie',
      'study applications naturalisation 2024',
    ]) {
      const a = ask(q);
      expect(a.kind).toBe('clarification');
      expect(a.facts).toEqual([]);
    }
    expect(ask('aanvragen studie, arbeid en kennis en talent 2024').facts).toHaveLength(3);
  });

  it('reads a name both languages share ("Dublin") as naming its own subject', () => {
    const a = ask('Dublin en veilig land van herkomst aanvragen 2025');
    expect(a.facts.map((f) => f.series)).toEqual(['spoor-1.aanvragen', 'spoor-2.aanvragen']);
  });
});

describe('claims joined by "en ook", "maar", "while"', () => {
  it('checks each part against its own series, the year said once holding for both (nl and en)', () => {
    const nl = ask('In 2024 stegen de naturalisatieaanvragen, maar het aantal studieaanvragen daalde.');
    // Both hold: one verdict, each part shown with its own check.
    expect(nl).toMatchObject({ kind: 'claim', verdict: 'true' });
    expect(nl.text).toMatch(/\n2\. "het aantal studieaanvragen daalde \(2024\)": Klopt\./);
    expect(nl.facts.map((f) => f.series)).toContain('studie.aanvragen');
    const en = ask('In 2024 naturalisation applications rose to 54,780 and also study applications went up.');
    expect(en.text).toMatch(/^This text makes 2 claims/);
    expect(en.text).toMatch(/\n1\. .*: True\./);
    expect(en.text).toMatch(/\n2\. .*: False\./);
  });
});
