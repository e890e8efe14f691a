import {
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  SlashCommandBuilder,
} from 'discord.js';
import { indCommand } from '../../../commands/ind.js';
import type { Command } from '../../../commands/schema.js';

/**
 * The slash command as Discord registers it, generated from the one declaration in commands/.
 * English is the default (what Discord shows for every locale without a translation); Dutch comes
 * through `nl` localizations. The builder validates names, lengths and option order as Discord would.
 */
export function slashCommandJson(
  command: Command = indCommand,
): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const builder = new SlashCommandBuilder()
    .setName(command.name)
    .setDescription(command.description.en)
    .setDescriptionLocalizations({ nl: command.description.nl })
    // Usable on servers and in the bot's DMs, installed to a server.
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);
  for (const option of command.options) {
    builder.addStringOption((o) =>
      o
        .setName(option.name.en)
        .setNameLocalizations(option.name.nl === option.name.en ? null : { nl: option.name.nl })
        .setDescription(option.description.en)
        .setDescriptionLocalizations({ nl: option.description.nl })
        .setRequired(option.required)
        .setAutocomplete(option.autocomplete)
        .setMaxLength(option.maxLength),
    );
  }
  return builder.toJSON();
}

/** Every command this bot registers (the PUT body replaces the whole set on Discord). */
export const commandsJson = (): RESTPostAPIChatInputApplicationCommandsJSONBody[] => [slashCommandJson()];

/** The option that carries the question: its canonical (English) name is what interactions report. */
export const QUESTION_OPTION = indCommand.options[0]!.name.en;
export const COMMAND_NAME = indCommand.name;
