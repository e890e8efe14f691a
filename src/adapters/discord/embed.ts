import { type APIEmbed, type APIEmbedField, EmbedBuilder, embedLength } from 'discord.js';
import type { Answer, Fact, Verdict } from '../../contract/answer.js';
import { formatPeriod, formatValue } from '../../engine/index.js';
import { CHANGE_WORD, changeSpan, changeText } from '../shared/change-text.js';
import { plain, truncate } from './text.js';

/** Discord's embed limits (characters); the builders reject anything over them. */
export const EMBED_LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  total: 6000,
} as const;

type Language = Answer['language'];

const WORDS = {
  nl: {
    notes: 'Let op',
    revisions: 'Herzien',
    more: 'Andere vragen',
    source: 'Bron',
    unknown: 'onbekend',
    titles: { not_found: 'Geen cijfers gevonden', clarification: 'Wat bedoelt u?', other: 'IND-cijfers' },
  },
  en: {
    notes: 'Note',
    revisions: 'Revised',
    more: 'Other questions',
    source: 'Source',
    unknown: 'unknown',
    titles: { not_found: 'No figures found', clarification: 'Which one do you mean?', other: 'IND figures' },
  },
} as const;

const COLOURS = {
  figure: 0x154273, // Rijksoverheid dark blue
  neutral: 0x8a8a8a,
  error: 0xd52b1e,
  verdict: { true: 0x39870c, roughly: 0xe17000, false: 0xd52b1e, unverifiable: 0x8a8a8a } satisfies Record<
    Verdict,
    number
  >,
} as const;

/** Comparisons with more values than this list them in one field instead of a field each. */
const MAX_INLINE_FACTS = 6;

function factValue(fact: Fact, language: Language): string {
  if (typeof fact.value === 'string') return fact.value;
  if (fact.value === null) return fact.reason ?? WORDS[language].unknown;
  return formatValue(fact.value, fact.unit === 'rank' ? 'count' : fact.unit, language);
}

/** Lines joined into fields of at most 1024 characters, all under one heading. */
function listFields(name: string, lines: string[]): APIEmbedField[] {
  const fields: APIEmbedField[] = [];
  let value = '';
  for (const line of lines.map((l) => truncate(l, EMBED_LIMITS.fieldValue))) {
    if (value && value.length + 1 + line.length > EMBED_LIMITS.fieldValue) {
      fields.push({ name, value });
      value = '';
    }
    value = value ? `${value}\n${line}` : line;
  }
  if (value) fields.push({ name, value });
  return fields;
}

function comparisonFields(answer: Answer): APIEmbedField[] {
  const { facts, language } = answer;
  const sameSeries = facts.every((f) => f.label === facts[0]?.label);
  const name = (f: Fact) =>
    sameSeries ? formatPeriod(f.period, language) : `${f.label} · ${formatPeriod(f.period, language)}`;
  if (facts.length > MAX_INLINE_FACTS) {
    return listFields(
      plain(facts[0]?.label ?? ''),
      facts.map((f) => `${plain(name(f))}: ${plain(factValue(f, language))}`),
    );
  }
  return facts.map((f) => ({
    name: truncate(plain(name(f)), EMBED_LIMITS.fieldName),
    value: truncate(plain(factValue(f, language)), EMBED_LIMITS.fieldValue),
    inline: true,
  }));
}

function changeField(answer: Answer): APIEmbedField | null {
  const { change, language } = answer;
  if (!change) return null;
  return {
    name: truncate(`${CHANGE_WORD[language]} ${changeSpan(change, language)}`, EMBED_LIMITS.fieldName),
    value: changeText(change, answer.facts[0]?.unit ?? 'count', language),
  };
}

function noteFields(answer: Answer): APIEmbedField[] {
  const words = WORDS[answer.language];
  const caveats = answer.notes.filter((n) => n.kind !== 'revision').map((n) => `• ${plain(n.text)}`);
  const revisions = answer.notes.filter((n) => n.kind === 'revision').map((n) => `• ${plain(n.text)}`);
  return [...listFields(words.notes, caveats), ...listFields(words.revisions, revisions)];
}

/** The answer's text without the lines the embed shows elsewhere (notes as fields, source in the footer). */
function body(answer: Answer): string {
  const shownElsewhere = new Set(answer.notes.map((n) => n.text.trim()));
  const sourceLine = /^(Bron|Bronnen|Source|Sources):\s/;
  const lines = answer.text
    .split('\n')
    .filter(
      (l) => !shownElsewhere.has(l.trim()) && !(answer.sources.length > 0 && sourceLine.test(l.trim())),
    );
  return plain(lines.join('\n').trim() || answer.text);
}

export const sourceFooter = (answer: Answer): string | null =>
  answer.sources.length > 0 ? `${WORDS[answer.language].source}: IND, ${answer.sources.join('; ')}` : null;

function title(answer: Answer): string {
  if (answer.reading) return plain(answer.reading);
  const titles = WORDS[answer.language].titles;
  return answer.kind === 'not_found' || answer.kind === 'clarification' ? titles[answer.kind] : titles.other;
}

function colour(answer: Answer): number {
  if (answer.verdict) return COLOURS.verdict[answer.verdict];
  return answer.kind === 'not_found' || answer.kind === 'clarification' ? COLOURS.neutral : COLOURS.figure;
}

export interface EmbedOptions {
  /** The chart: an http(s) URL, or `attachment://chart.png` for an uploaded PNG. */
  imageUrl?: string | null;
  /** Suggestions that did not fit on a button, listed so the reader can still type them. */
  listedSuggestions?: string[];
}

/**
 * The answer as one embed: title = how the question was read, description = the figure and the
 * answer, fields = verdict, compared values, change, caveats and revisions, footer = the source,
 * image = the chart. Parts are shortened, then fields dropped from the end, to stay within limits.
 */
export function answerEmbed(answer: Answer, options: EmbedOptions = {}): APIEmbed {
  const words = WORDS[answer.language];
  const fields: APIEmbedField[] = [];
  // A fact check's verdict is its headline, in the engine's words, and the embed's colour: no
  // second wording of it here.
  if (answer.kind === 'comparison') fields.push(...comparisonFields(answer));
  const change = changeField(answer);
  if (change) fields.push(change);
  fields.push(...noteFields(answer));
  if (options.listedSuggestions?.length)
    fields.push(
      ...listFields(
        words.more,
        options.listedSuggestions.map((s) => `• ${plain(s)}`),
      ),
    );

  const headline = answer.headline ? `**${plain(answer.headline)}**\n` : '';
  return fitEmbed({
    colour: colour(answer),
    title: title(answer),
    description: `${headline}${body(answer)}`,
    footer: sourceFooter(answer),
    fields,
    imageUrl: options.imageUrl ?? null,
  });
}

/** A short message (failure, bad input) as an embed, so every reply looks the same. */
export const noticeEmbed = (text: string, isError = true): APIEmbed =>
  fitEmbed({
    colour: isError ? COLOURS.error : COLOURS.neutral,
    title: null,
    description: text,
    footer: null,
    fields: [],
    imageUrl: null,
  });

/** A release announcement: the report as the description, the chart of the day as the image. */
export const announcementEmbed = (text: string, imageUrl: string | null): APIEmbed =>
  fitEmbed({
    colour: COLOURS.figure,
    title: null,
    description: plain(text),
    footer: null,
    fields: [],
    imageUrl,
  });

interface EmbedParts {
  colour: number;
  title: string | null;
  description: string;
  footer: string | null;
  fields: APIEmbedField[];
  imageUrl: string | null;
}

/** Room kept for fields when the text is long: caveats and the change matter more than its tail. */
const FIELD_RESERVE = 1500;
/** The source needs a line, not the footer's full 2048. */
const FOOTER_MAX = 1024;

function fitEmbed(parts: EmbedParts): APIEmbed {
  const title = parts.title ? truncate(parts.title, EMBED_LIMITS.title) : null;
  const footer = parts.footer ? truncate(parts.footer, FOOTER_MAX) : null;
  const fixed = (title?.length ?? 0) + (footer?.length ?? 0);
  const wanted = parts.fields.reduce((sum, f) => sum + f.name.length + f.value.length, 0);
  const reserve = Math.min(wanted, FIELD_RESERVE);
  const description = truncate(
    parts.description,
    Math.min(EMBED_LIMITS.description, EMBED_LIMITS.total - fixed - reserve),
  );
  let room = EMBED_LIMITS.total - fixed - description.length;
  const fields: APIEmbedField[] = [];
  for (const field of parts.fields) {
    const f = {
      ...field,
      name: truncate(field.name, EMBED_LIMITS.fieldName) || '\u200b',
      value: truncate(field.value, EMBED_LIMITS.fieldValue) || '\u200b',
    };
    const size = f.name.length + f.value.length;
    if (fields.length === EMBED_LIMITS.fields || size > room) continue;
    fields.push(f);
    room -= size;
  }

  // The builders check every part against Discord's limits and throw on anything that would be refused.
  const builder = new EmbedBuilder().setColor(parts.colour).setDescription(description || '\u200b');
  if (title) builder.setTitle(title);
  if (fields.length) builder.addFields(fields);
  if (footer) builder.setFooter({ text: footer });
  if (parts.imageUrl) builder.setImage(parts.imageUrl);
  const json = builder.toJSON();
  if (embedLength(json) > EMBED_LIMITS.total) throw new Error('embed over 6000 characters after fitting');
  return json;
}
