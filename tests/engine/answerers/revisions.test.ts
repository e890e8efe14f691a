import { describe, expect, it } from 'vitest';
import { AnswerSchema } from '../../../src/contract/answer.js';
import { ask } from '../helpers.js';

/*
 * Jaarcijfers 2024 count the desk contacts with the expat centres and restate 2022 and 2023 that
 * way (the catalogue's break for ind-loket, dated by jaarcijfers-2024). 2022 going from 446.930 to
 * 567.590 is a definition change, not a correction: it is never listed as a revision.
 */
const DESK_2022_NL = 'Klantcontacten IND-loketten · klantcontacten 2022: 446.930 → 567.590';
const DESK_2022_EN = 'Customer contacts at IND desks · customer contacts 2022: 446,930 → 567,590';

describe('revisions: a definition change is listed apart, never as a revision', () => {
  it('lists what Jaarcijfers 2024 changed with the desk contacts under their own heading (nl)', () => {
    const a = AnswerSchema.parse(ask('Welke cijfers zijn herzien in Jaarcijfers 2024?'));
    expect(a.headline).toMatch(/^\d+ herzieningen en 2 definitiewijzigingen$/);
    const revisions = a.notes.filter((n) => n.kind === 'revision');
    expect(revisions.length).toBeGreaterThan(10);
    expect(revisions.some((n) => n.text.includes('Klantcontacten'))).toBe(false);
    const definition = a.notes.filter((n) => n.kind === 'definition');
    expect(definition).toHaveLength(1);
    expect(definition[0]!.text).toContain(DESK_2022_NL);
    expect(definition[0]!.text).toContain('inclusief expatcenters');
    expect(definition[0]).toMatchObject({ until: '2021' });
    // In the text: after the revisions, under "anders geteld", with the explanation.
    const [head, rest] = a.text.split('Anders geteld, geen herziening (definitiewijziging):');
    expect(head).toMatch(/^\d+ herzieningen \(Jaarcijfers 2024\), grootste relatieve wijziging eerst:/);
    expect(head).not.toContain('Klantcontacten');
    expect(rest).toContain(`• ${DESK_2022_NL}`);
    expect(rest).toContain('exclusief expatcentra');
    // The facts still carry both printings.
    expect(a.facts).toContainEqual(
      expect.objectContaining({ series: 'ind-loket.klantcontacten', period: '2022', value: 567590 }),
    );
    expect(a.facts).toContainEqual(
      expect.objectContaining({ series: 'ind-loket.klantcontacten', period: '2022', value: 446930 }),
    );
  });

  it('lists the same apart in English', () => {
    const a = ask('Revised figures in Jaarcijfers 2024');
    expect(a.headline).toMatch(/^\d+ revisions and 2 definition changes$/);
    expect(
      a.notes.filter((n) => n.kind === 'revision').some((n) => n.text.includes('Customer contacts')),
    ).toBe(false);
    const definition = a.notes.find((n) => n.kind === 'definition');
    expect(definition?.text).toContain(DESK_2022_EN);
    expect(definition?.text).toContain('including expat centres');
    const [head, rest] = a.text.split('Counted differently, not revised (definition change):');
    expect(head).not.toContain('Customer contacts');
    expect(rest).toContain(`• ${DESK_2022_EN}`);
  });

  it('says a figure counted differently was not revised, with why (nl and en)', () => {
    const nl = ask('Is het aantal klantcontacten aan de IND-loketten in 2022 herzien?');
    expect(nl.headline).toBe('niet herzien, 1 definitiewijziging');
    expect(nl.text).toMatch(/^Niet herzien .*: geen cijfer is gecorrigeerd/);
    expect(nl.text).toContain(`• ${DESK_2022_NL}`);
    expect(nl.notes.map((n) => n.kind)).toEqual(['definition']);
    const en = ask('Was the customer contacts at IND desks figure for 2022 revised?');
    expect(en.headline).toBe('not revised, 1 definition change');
    expect(en.text).toContain(`• ${DESK_2022_EN}`);
    expect(en.notes.map((n) => n.kind)).toEqual(['definition']);
  });

  it('keeps a real revision a revision beside it', () => {
    const a = ask('Was the Dublin figure for 2023 revised?');
    expect(a.headline).toBe('3 revisions');
    expect(a.notes.every((n) => n.kind === 'revision')).toBe(true);
  });
});

describe('as published: a figure counted differently since is a definition change', () => {
  it('gives the old printing and says it was counted differently, not revised (nl and en)', () => {
    const nl = ask('Klantcontacten IND-loketten 2022 zoals gepubliceerd in Jaarcijfers 2023');
    expect(nl.headline).toBe('446.930');
    expect(nl.notes).toEqual([expect.objectContaining({ kind: 'definition', until: '2021' })]);
    expect(nl.text).toContain(
      'Anders geteld, geen herziening: het huidige cijfer (Jaarcijfers 2024) is 567.590',
    );
    expect(nl.text).not.toContain('Herzien');
    const en = ask('Customer contacts at IND desks 2022 as first published');
    expect(en.headline).toBe('446,930');
    expect(en.notes).toEqual([expect.objectContaining({ kind: 'definition' })]);
    expect(en.text).toContain('Counted differently, not revised');
  });
});
