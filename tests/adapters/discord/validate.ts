import {
  ActionRowBuilder,
  type APIEmbed,
  ButtonBuilder,
  type ButtonStyle,
  EmbedBuilder,
  embedLength,
} from 'discord.js';
import { expect } from 'vitest';

/**
 * Rebuilds a sent embed through discord.js's builders, whose setters throw on anything Discord
 * would refuse (title 256, description 4096, 25 fields of 256/1024, footer 2048, image URL scheme),
 * and checks the 6000-character total the builders leave to the caller.
 */
export function expectValidEmbed(embed: APIEmbed): void {
  const builder = new EmbedBuilder();
  if (embed.title !== undefined) builder.setTitle(embed.title);
  if (embed.description !== undefined) builder.setDescription(embed.description);
  if (embed.fields) builder.setFields(embed.fields);
  if (embed.footer) builder.setFooter({ text: embed.footer.text });
  if (embed.image) builder.setImage(embed.image.url);
  if (embed.color !== undefined) builder.setColor(embed.color);
  expect(embedLength(builder.toJSON())).toBeLessThanOrEqual(6000);
  for (const field of embed.fields ?? []) {
    expect(field.name.length).toBeGreaterThan(0);
    expect(field.value.length).toBeGreaterThan(0);
  }
}

interface ButtonJson {
  type: number;
  style: ButtonStyle;
  label?: string;
  custom_id?: string;
}

/** The same for button rows: at most 5 rows of 5, labels of 80 and custom ids of 100, ids unique. */
export function expectValidButtons(rows: { components: unknown[] }[]): string[] {
  expect(rows.length).toBeLessThanOrEqual(5);
  const ids: string[] = [];
  for (const row of rows) {
    expect(row.components.length).toBeLessThanOrEqual(5);
    const buttons = (row.components as ButtonJson[]).map((b) =>
      new ButtonBuilder()
        .setStyle(b.style)
        .setLabel(b.label ?? '')
        .setCustomId(b.custom_id ?? ''),
    );
    new ActionRowBuilder<ButtonBuilder>().addComponents(buttons).toJSON();
    ids.push(...(row.components as ButtonJson[]).map((b) => b.custom_id ?? ''));
  }
  expect(new Set(ids).size).toBe(ids.length);
  return (rows.flatMap((r) => r.components) as ButtonJson[]).map((b) => b.label ?? '');
}

/** Everything a reader sees of the embeds, as one text. */
export const embedText = (embeds: APIEmbed[]): string =>
  embeds
    .flatMap((e) => [
      e.title,
      e.description,
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
      e.footer?.text,
    ])
    .filter(Boolean)
    .join('\n');
