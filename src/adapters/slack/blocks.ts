import type { Answer, Fact, Note } from '../../contract/answer.js';
import { formatPeriod, formatValue } from '../../engine/index.js';
import { changeLine } from '../shared/change-text.js';
import { askActionId, encodeAskValue } from './actions.js';
import { type Block, blockTexts, LIMITS, type SlackMessage } from './limits.js';
import { clip, escapeMrkdwn, plainText } from './mrkdwn.js';
import { type Language, WORDS } from './words.js';

/** Where the chart comes from: a public URL (QuickChart) or a PNG uploaded to Slack. */
export type ChartImage = { alt: string } & ({ url: string } | { fileId: string });

export interface RenderOptions {
  /** Carried by suggestion buttons, so a click continues the same follow-up context. */
  conversationId: string;
  image?: ChartImage | null;
  /** A chart belonged to this answer but could not be shown; the reader is told the numbers are complete. */
  chartFailed?: boolean;
  /** Repeat the question (answers to a button click, where no message from the user shows it). */
  showQuestion?: boolean;
}

const MAX_NOTES = 8;
const MAX_BUTTONS = 5;
const MAX_BODY_SECTIONS = 3;

export const mrkdwn = (text: string) => ({ type: 'mrkdwn' as const, text, verbatim: true });
export const section = (text: string): Block => ({
  type: 'section',
  text: mrkdwn(clip(text, LIMITS.sectionText)),
});
export const context = (text: string): Block => ({
  type: 'context',
  elements: [mrkdwn(clip(text, LIMITS.contextText))],
});
export const header = (text: string): Block => ({
  type: 'header',
  text: { type: 'plain_text', text: clip(plainText(text), LIMITS.headerText), emoji: true },
});

/** Buttons that ask the given questions when clicked; questions too long to carry are left out. */
export function askButtons(questions: string[], conversationId: string): Block | null {
  const elements = questions
    .map((question) => ({ question, value: encodeAskValue({ question, conversationId }) }))
    .filter(({ question, value }) => question.trim() !== '' && value.length <= LIMITS.buttonValue)
    .slice(0, MAX_BUTTONS)
    .map(({ question, value }, i) => ({
      type: 'button' as const,
      action_id: askActionId(i),
      text: { type: 'plain_text' as const, text: clip(plainText(question), LIMITS.buttonText), emoji: true },
      value,
    }));
  return elements.length ? { type: 'actions', elements } : null;
}

const VERDICT_MARK: Record<NonNullable<Answer['verdict']>, string> = {
  true: '✅',
  roughly: '≈',
  false: '❌',
  unverifiable: '❔',
};

const NOTE_MARK: Record<Note['kind'], string> = {
  revision: '✏️',
  definition: '📏',
  period: '🗓️',
  footnote: '•',
  derived: '🧮',
  info: 'ℹ️',
};

const SOURCE_LINE = /^(bron|bronnen|source|sources)\s*:/i;

/**
 * The answer's text without the lines that get their own block (notes, the source line), so the
 * reader sees each thing once. Falls back to the whole text if that would leave nothing.
 */
function bodyLines(a: Answer): string[] {
  const own = new Set(a.notes.map((n) => n.text.trim()));
  const lines = a.text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !own.has(line) && !(a.sources.length > 0 && SOURCE_LINE.test(line)));
  return lines.length ? lines : [a.text.trim() || '…'];
}

/** Consecutive lines packed into sections of at most Slack's section length. */
function bodySections(lines: string[], maxSections = MAX_BODY_SECTIONS): Block[] {
  const texts: string[] = [];
  for (const line of lines.map(escapeMrkdwn)) {
    const last = texts.length - 1;
    if (last >= 0 && texts[last]!.length + 1 + line.length <= LIMITS.sectionText) texts[last] += `\n${line}`;
    else texts.push(line);
  }
  // More would only be cut by the total budget; the last one kept says there was more.
  if (texts.length > maxSections) texts.splice(maxSections - 1, Infinity, `${texts[maxSections - 1]}\n…`);
  return texts.map(section);
}

/** A rank is formatted as the plain number it is. */
const unitOf = (f: Fact | undefined) => (!f || f.unit === 'rank' ? 'count' : f.unit);

const factValue = (f: Fact, lang: Language): string =>
  typeof f.value === 'number'
    ? formatValue(f.value, unitOf(f), lang)
    : (f.value ?? f.reason ?? formatValue(null, unitOf(f), lang));

/** The compared figures side by side; labelled by period, or by series and period when they differ. */
function comparisonFields(a: Answer): Block | null {
  if (a.kind !== 'comparison' || a.facts.length < 2 || a.facts.length > LIMITS.fields) return null;
  const oneSeries = new Set(a.facts.map((f) => f.series)).size === 1;
  const fields = a.facts.map((f) => {
    const period = formatPeriod(f.period, a.language);
    const label = oneSeries ? period : `${f.label} · ${period}`;
    return mrkdwn(
      clip(`*${escapeMrkdwn(label)}*\n${escapeMrkdwn(factValue(f, a.language))}`, LIMITS.fieldText),
    );
  });
  return { type: 'section', fields };
}

/** "Verandering 2023 → 2024: +2.050 (+3,8%)"; a comparison already has it as its headline. */
function changeBlock(a: Answer): Block | null {
  const line = changeLine(a);
  return line ? context(escapeMrkdwn(line)) : null;
}

function notesSection(a: Answer): Block | null {
  if (a.notes.length === 0) return null;
  const words = WORDS[a.language];
  const lines = a.notes.slice(0, MAX_NOTES).map((n) => {
    const flagged = n.kind === 'revision' && !/^(herzien|revised)/i.test(n.text);
    const text = escapeMrkdwn(clip(n.text, 600));
    return `${NOTE_MARK[n.kind]} ${flagged ? `_${words.revision}:_ ${text}` : text}`;
  });
  if (a.notes.length > MAX_NOTES) lines.push(`… (+${a.notes.length - MAX_NOTES})`);
  return section(`*${words.notes}*\n${lines.join('\n')}`);
}

function chartBlock(image: ChartImage): Block {
  const alt = clip(plainText(image.alt || 'chart'), LIMITS.altText);
  return 'url' in image
    ? { type: 'image', image_url: image.url, alt_text: alt }
    : { type: 'image', slack_file: { id: image.fileId }, alt_text: alt };
}

/** Shortens the longest sections until the message's text fits the budget (Slack refuses large ones). */
function fitBudget(blocks: Block[]): Block[] {
  const total = () => blocks.reduce((n, b) => n + blockTexts(b).reduce((m, t) => m + t.length, 0), 0);
  for (let excess = total() - LIMITS.totalText; excess > 0; excess = total() - LIMITS.totalText) {
    const longest = blocks
      .filter((b): b is Extract<Block, { type: 'section' }> => b.type === 'section' && !!b.text)
      .sort((x, y) => y.text!.text.length - x.text!.text.length)[0];
    if (!longest?.text || longest.text.text.length <= 200) break;
    longest.text = mrkdwn(clip(longest.text.text, Math.max(200, longest.text.text.length - excess - 1)));
  }
  return blocks;
}

/** The plain-text fallback: what a notification or a screen reader gets. */
export const fallbackText = (text: string): string =>
  clip(escapeMrkdwn(text.trim() || '…'), LIMITS.fallbackText);

/**
 * An answer as Block Kit: the figure large and first, how the question was read, the text, the
 * comparison or change, notes, the quotable sentence, the source, the chart, and suggestion buttons.
 * All engine and user text is escaped; every block stays within Slack's limits.
 */
export function renderAnswer(a: Answer, options: RenderOptions): SlackMessage {
  const words = WORDS[a.language];
  const blocks: (Block | null)[] = [];
  if (options.showQuestion) blocks.push(context(`${words.asked}: ${escapeMrkdwn(a.question)}`));
  if (a.headline) blocks.push(header(a.verdict ? `${VERDICT_MARK[a.verdict]} ${a.headline}` : a.headline));
  if (a.reading) blocks.push(context(`${words.readAs}: ${escapeMrkdwn(a.reading)}`));
  blocks.push(...bodySections(bodyLines(a)));
  blocks.push(comparisonFields(a), changeBlock(a), notesSection(a));
  if (a.quote) blocks.push(section(`*${words.quote}*\n>${escapeMrkdwn(a.quote).replace(/\n/g, '\n>')}`));
  if (a.sources.length) blocks.push(context(`${words.source}: IND, ${escapeMrkdwn(a.sources.join(', '))}`));
  if (options.image) blocks.push(chartBlock(options.image));
  else if (options.chartFailed) blocks.push(context(words.chartFailed));
  blocks.push(askButtons(a.suggestions, options.conversationId));
  const text = a.headline && !a.text.includes(a.headline) ? `${a.headline} · ${a.text}` : a.text;
  return { text: fallbackText(text), blocks: fitBudget(blocks.filter((b): b is Block => b !== null)) };
}

/**
 * A release announcement (`npm run whats-new -- --post`): the report's lines, escaped and packed into
 * sections within the message budget, and the chart of the day.
 */
export function renderAnnouncement(text: string, image: ChartImage | null): SlackMessage {
  const blocks = bodySections(text.split('\n'), 6);
  if (image) blocks.push(chartBlock(image));
  return { text: fallbackText(text), blocks: fitBudget(blocks) };
}

/** The same message without its chart: what is sent when Slack refuses the image. */
export function withoutImage(message: SlackMessage, language: Language): SlackMessage {
  const blocks: Block[] = message.blocks.filter((b) => b.type !== 'image');
  if (blocks.length === message.blocks.length) return message;
  const at = blocks.findIndex((b) => b.type === 'actions');
  const note = context(WORDS[language].chartFailed);
  return { text: message.text, blocks: at === -1 ? [...blocks, note] : blocks.toSpliced(at, 0, note) };
}
