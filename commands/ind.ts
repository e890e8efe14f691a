import { MAX_QUESTION_LENGTH } from '../src/contract/limits.js';
import type { Command } from './schema.js';

/**
 * The /ind command. Plain data (validated against CommandSchema by the tests and by the adapters at
 * start-up), so answering a question from the terminal does not pay for loading zod.
 */
export const indCommand = {
  name: 'ind',
  description: {
    en: "Ask about the IND's published figures: exact numbers with their source",
    nl: 'Vraag naar de gepubliceerde cijfers van de IND: exacte aantallen met bron',
  },
  options: [
    {
      name: { en: 'question', nl: 'vraag' },
      description: { en: 'Your question, in English or Dutch', nl: 'Je vraag, in het Nederlands of Engels' },
      type: 'string',
      required: true,
      autocomplete: true,
      // The one question limit (Discord allows up to 6000); the ask layer may be set lower.
      maxLength: MAX_QUESTION_LENGTH,
    },
  ],
  usageHint: { en: '[question, or "help"]', nl: '[vraag, of "help"]' },
  examples: {
    nl: [
      'Hoeveel naturalisatieaanvragen waren er in 2024?',
      'Eerste asielaanvragen per maand in 2025',
      'Vergelijk beslissingen kennis en talent 2023 met 2024',
      'Top 3 nationaliteiten spoor 4 in 2025',
      'Klopt het dat de naturalisatieaanvragen in 2025 daalden?',
    ],
    en: [
      'How many naturalisation applications were there in 2024?',
      'First asylum applications per month in 2025',
      'Compare Knowledge & Talent decisions 2023 with 2024',
      'Top 3 nationalities track 4 in 2025',
      'Fact-check: naturalisation applications fell in 2025',
    ],
  },
} satisfies Command;
