import { ActionRowBuilder, ButtonBuilder, ButtonStyle } from 'discord.js';
import { truncate } from './text.js';

export const BUTTON_LIMITS = { label: 80, customId: 100, perRow: 5, rows: 5 } as const;

/** A button's custom_id is the question itself, so a click can be answered with no state kept. */
const QUESTION_ID = 'ind:q:';

export type ButtonRow = ReturnType<ActionRowBuilder<ButtonBuilder>['toJSON']>;

export interface SuggestionButtons {
  rows: ButtonRow[];
  /** Suggestions too long to carry in a custom_id (or beyond 25): shown as text instead. */
  listed: string[];
}

/** The answer's suggestions as buttons that ask them, up to Discord's 5 rows of 5. */
export function suggestionButtons(suggestions: string[]): SuggestionButtons {
  const unique = [...new Set(suggestions.map((s) => s.trim()).filter(Boolean))];
  const fits = unique
    .filter((s) => QUESTION_ID.length + s.length <= BUTTON_LIMITS.customId)
    .slice(0, BUTTON_LIMITS.perRow * BUTTON_LIMITS.rows);
  const listed = unique.filter((s) => !fits.includes(s));
  const rows: ButtonRow[] = [];
  for (let i = 0; i < fits.length; i += BUTTON_LIMITS.perRow) {
    const buttons = fits.slice(i, i + BUTTON_LIMITS.perRow).map((question) =>
      new ButtonBuilder()
        .setCustomId(QUESTION_ID + question)
        .setLabel(truncate(question, BUTTON_LIMITS.label))
        .setStyle(ButtonStyle.Secondary),
    );
    // toJSON validates label and custom_id lengths as Discord would.
    rows.push(new ActionRowBuilder<ButtonBuilder>().addComponents(buttons).toJSON());
  }
  return { rows, listed };
}

/** The question a clicked suggestion button asks; null for a custom_id this bot did not make. */
export function questionFromCustomId(customId: string): string | null {
  if (!customId.startsWith(QUESTION_ID)) return null;
  const question = customId.slice(QUESTION_ID.length).trim();
  return question || null;
}
