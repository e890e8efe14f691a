import type { SubjectDef } from './types.js';

/** The IND's own staffing and finances. */
export const BEDRIJFSVOERING = {
  personeel: {
    domain: 'bedrijfsvoering',
    nl: 'Personele bezetting (fte, stand einde jaar)',
    en: 'Staffing (FTE, end of year)',
    aliases: {
      nl: [
        'personeel',
        'staf',
        'bezetting',
        'personele bezetting',
        'fte',
        'medewerkers',
        'personeelsbestand',
        'werknemers',
        'formatie',
        'werken bij de ind',
        'werken er bij de ind',
        'werkzaam',
        'werken',
        'werkten',
        'in dienst',
        'in dienst had',
        'in dienst van de ind',
      ],
      en: [
        'staff',
        'staffing',
        'fte',
        'employees',
        'personnel',
        'workforce',
        'headcount',
        'people working',
        'work at the ind',
        'work for the ind',
        'working at the ind',
        'work at',
        'worked at',
        'worked for',
        'employ',
        'employs',
        'employed',
        'on the payroll',
      ],
    },
  },
  financien: {
    domain: 'bedrijfsvoering',
    // "hoeveel geld ... aan dwangsommen": money is what the question is about, not the IND's accounts.
    loose: ['geld', 'money'],
    nl: 'Financiën',
    en: 'Finances',
    aliases: {
      nl: ['financien', 'financiën', 'financieel', 'financiele', 'begroting', 'geld', 'jaarrekening'],
      en: ['finances', 'financial', 'budget', 'money', 'accounts'],
    },
  },
} satisfies Record<string, SubjectDef>;
