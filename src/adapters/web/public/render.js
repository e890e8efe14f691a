// Builds the DOM for one exchange. Every piece of question or answer text goes in through
// textContent, never innerHTML: the engine echoes user text, and it must stay text.

import { csvFileName, factsToCsv } from './csv.js';
import { applyLanguage, translator } from './i18n.js';

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'class') node.className = value;
    else if (name === 'i18n') node.dataset.i18n = value;
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

let ids = 0;
const label = (key) => el('span', { class: 'label', i18n: key });

export function renderQuestion(question) {
  return el('div', { class: 'msg user' }, el('span', { class: 'who', i18n: 'you' }), el('p', {}, question));
}

export function renderPending() {
  return el('div', { class: 'msg bot pending', 'aria-busy': 'true' }, el('p', { i18n: 'thinking' }));
}

/**
 * A failure the user can act on, in the page's language; `detail` is the server's own (English)
 * explanation, when useful. Asking too often is a state of its own (`busy`): not an error, a pause.
 * With `onRetry`, a button asks the same question again.
 */
export function renderError(key, detail, lang, onRetry) {
  const busy = key === 'error.busy';
  const retry = onRetry ? el('button', { type: 'button', class: 'retry', i18n: 'retry' }) : null;
  retry?.addEventListener('click', onRetry);
  const node = el(
    'div',
    { class: busy ? 'msg bot busy' : 'msg bot error', role: busy ? 'status' : 'alert' },
    el('p', { i18n: key }),
    detail ? el('p', { class: 'detail', lang: 'en' }, detail) : null,
    retry,
  );
  applyLanguage(node, lang);
  return node;
}

const UNIT_WORDS = {
  nl: { weeks: 'weken', days: 'dagen', fte: 'fte' },
  en: { weeks: 'weeks', days: 'days', fte: 'FTE' },
};

export function formatValue(fact, language) {
  const locale = language === 'nl' ? 'nl-NL' : 'en-GB';
  const { value, unit } = fact;
  if (value === null) return fact.reason ? `— (${fact.reason})` : '—';
  if (typeof value === 'string') return value;
  if (unit === 'eur') {
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'EUR',
      maximumFractionDigits: 0,
    }).format(value);
  }
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  if (unit === 'percent') return `${number}%`;
  const word = UNIT_WORDS[language]?.[unit] ?? UNIT_WORDS.en[unit];
  return word ? `${number} ${word}` : number;
}

function factsTable(answer) {
  const head = el(
    'tr',
    {},
    el('th', { scope: 'col', i18n: 'period' }),
    el('th', { scope: 'col', i18n: 'series' }),
    el('th', { scope: 'col', i18n: 'value', class: 'num' }),
    el('th', { scope: 'col', i18n: 'source' }),
  );
  const rows = answer.facts.map((fact) =>
    el(
      'tr',
      {},
      el('td', {}, fact.rank ? `${fact.rank}. ${fact.period}` : fact.period),
      el('td', {}, fact.label),
      el('td', { class: 'num' }, formatValue(fact, answer.language)),
      el('td', {}, fact.source),
    ),
  );
  return el(
    'details',
    { class: 'facts' },
    el('summary', {}, label('figures'), ` (${answer.facts.length})`),
    el(
      'div',
      { class: 'table-wrap' },
      el('table', { lang: answer.language }, el('thead', {}, head), el('tbody', {}, ...rows)),
    ),
  );
}

/** Where the page switches to the chart drawn for a phone's width (its text would shrink below ~10 px). */
const NARROW = '(max-width: 36rem)';

function chartFigure(answer) {
  const t = translator(answer.language);
  const alt = answer.chart.alt || `${t('chart')}: ${answer.reading ?? answer.question}`;
  const img = el('img', { class: 'chart', src: answer.chart.url, alt, decoding: 'async' });
  // Charts this server draws come in a narrow size too; a QuickChart URL has one size only.
  const local = answer.chart.url.startsWith('/api/chart?');
  const picture = local
    ? el('picture', {}, el('source', { media: NARROW, srcset: `${answer.chart.url}&size=narrow` }), img)
    : img;
  const figure = el('figure', { class: 'chart' }, picture);
  img.addEventListener('error', () => {
    figure.replaceChildren(
      el('p', { class: 'chart-gone', i18n: 'chartGone' }),
      el('p', { class: 'detail' }, alt),
    );
    applyLanguage(figure, answer.language);
  });
  return figure;
}

function quoteBlock(answer) {
  const button = el('button', { type: 'button', class: 'copy', i18n: 'copy' });
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(answer.quote);
      button.dataset.i18n = 'copied';
      applyLanguage(button.parentElement, answer.language);
    } catch {
      // No clipboard (insecure context or denied): the sentence is on screen to select by hand.
    }
  });
  return el(
    'figure',
    { class: 'quote' },
    el('figcaption', { i18n: 'quote' }),
    el('blockquote', { lang: answer.language }, answer.quote),
    button,
  );
}

function csvLink(answer) {
  // A Blob built here from the facts on screen: the download needs no server state and is exactly
  // what was shown. The BOM lets Excel read the UTF-8 labels (·, ë) correctly.
  const blob = new Blob(['\ufeff', factsToCsv(answer.facts)], { type: 'text/csv;charset=utf-8' });
  return el('a', {
    class: 'csv',
    href: URL.createObjectURL(blob),
    download: csvFileName(answer),
    i18n: 'csv',
  });
}

/** The reply text minus lines that repeat a note word for word: those stand out in the notes box. */
function withoutNotes(answer) {
  const notes = new Set(answer.notes.map((note) => note.text.trim()));
  return answer.text
    .split('\n')
    .filter((line) => !notes.has(line.trim()))
    .join('\n');
}

/**
 * One answer as a card in one language: the answer's own (the question's), labels included, so an
 * English question on the Dutch page reads English throughout. The page's language switch leaves it.
 */
export function renderAnswer(answer, { onSuggestion }) {
  const content = { lang: answer.language };
  const article = el(
    'article',
    {
      class: 'msg bot answer',
      'data-kind': answer.kind,
      lang: answer.language,
      'data-card-lang': answer.language,
    },
    el('span', { class: 'who', i18n: 'bot' }),
    answer.verdict
      ? el(
          'p',
          { class: `verdict verdict-${answer.verdict}` },
          el('span', { i18n: `verdict.${answer.verdict}` }),
        )
      : null,
    answer.headline ? el('p', { class: 'headline', ...content }, answer.headline) : null,
    el('p', { class: 'answer-text', ...content }, withoutNotes(answer)),
    answer.changeLine ? el('p', { class: 'change', ...content }, answer.changeLine) : null,
    answer.reading
      ? el('p', { class: 'reading' }, label('readAs'), ' ', el('span', content, answer.reading))
      : null,
    answer.chart?.url ? chartFigure(answer) : null,
    answer.facts.length > 1 ? factsTable(answer) : null,
    answer.notes.length > 0
      ? el(
          'section',
          { class: 'notes' },
          el('h3', { i18n: 'notes' }),
          el('ul', content, ...answer.notes.map((note) => el('li', { 'data-note': note.kind }, note.text))),
        )
      : null,
    answer.sources.length > 0
      ? el('p', { class: 'sources' }, label('source'), ': ', el('span', content, answer.sources.join('; ')))
      : null,
    answer.quote ? quoteBlock(answer) : null,
  );
  if (answer.suggestions.length > 0) {
    const id = `suggestions-${++ids}`;
    const heading = el('p', {
      class: 'label',
      id,
      i18n: answer.kind === 'clarification' ? 'didYouMean' : 'tryAlso',
    });
    const buttons = answer.suggestions.map((text) => {
      const button = el('button', { type: 'button', class: 'suggestion', ...content }, text);
      button.addEventListener('click', () => onSuggestion(text));
      return button;
    });
    article.append(
      el('div', { class: 'suggestions', role: 'group', 'aria-labelledby': id }, heading, ...buttons),
    );
  }
  if (answer.facts.length > 0) article.append(el('p', { class: 'actions' }, csvLink(answer)));
  applyLanguage(article, answer.language);
  return article;
}
