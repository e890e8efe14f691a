// The chat: sends each question to POST /api/ask with this page's conversation id (so "en in 2023?"
// follows on from the previous answer) and appends what comes back.

import { applyLanguage, EXAMPLES, LANGUAGES, pickLanguage } from './i18n.js';
import { renderAnswer, renderError, renderPending, renderQuestion } from './render.js';

const LANG_KEY = 'ind-cijfers.lang';

const $ = (selector) => document.querySelector(selector);
const log = $('#log');
const form = $('#ask');
const input = $('#question');
const intro = $('#intro');

// Storage can be unavailable (private modes, blocked cookies): the chat still works, it just forgets.
const storage = (area) => ({
  get: (key) => {
    try {
      return area.getItem(key);
    } catch {
      return null;
    }
  },
  set: (key, value) => {
    try {
      area.setItem(key, value);
    } catch {}
  },
});
const local = storage(window.localStorage);

let lang = pickLanguage(local.get(LANG_KEY), navigator.languages ?? [navigator.language]);

// One conversation per page load, kept in memory only: after a reload the earlier answers are gone from
// the screen, so the server must not read the next question as a follow-up to them.
const newConversationId = () =>
  crypto.randomUUID
    ? crypto.randomUUID()
    : Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
let conversation = newConversationId();

// ?today=YYYY-MM-DD fixes the reference date for "last year", for demos and reproducible checks.
const today = new URLSearchParams(location.search).get('today');
const fixedToday = /^\d{4}-\d{2}-\d{2}$/.test(today ?? '') ? today : undefined;

function setLanguage(next) {
  lang = next;
  document.documentElement.lang = lang;
  applyLanguage(document, lang);
  for (const button of document.querySelectorAll('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  }
  renderExamples();
}

function renderExamples() {
  const list = $('#examples');
  list.replaceChildren(
    ...EXAMPLES[lang].map((question) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'example';
      button.lang = lang;
      button.textContent = question;
      button.addEventListener('click', () => ask(question));
      const item = document.createElement('li');
      item.append(button);
      return item;
    }),
  );
}

async function fetchAnswer(question) {
  let response;
  try {
    response = await fetch('/api/ask', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ question, conversation, ...(fixedToday ? { today: fixedToday } : {}) }),
    });
  } catch {
    return { error: 'error.network', retry: true };
  }
  const body = await response.json().catch(() => null);
  if (response.ok && body) return { answer: body };
  if (response.status === 429) return { error: 'error.busy', retry: true };
  if (response.status >= 400 && response.status < 500)
    return { error: 'error.request', detail: body?.message };
  return { error: 'error.internal', retry: true };
}

// One question at a time, in order: a follow-up must reach the server after the question it follows.
let queue = Promise.resolve();

function submit(question) {
  intro.hidden = true;
  log.append(renderQuestion(question));
  applyLanguage(log.lastElementChild, lang);
  const pending = renderPending();
  log.append(pending);
  return answerInto(pending, question);
}

/** Replaces `slot` (a pending note, or a failure being retried) with the reply to `question`. */
function answerInto(slot, question) {
  const pending = renderPending();
  applyLanguage(pending, lang);
  slot.replaceWith(pending);
  pending.scrollIntoView({ block: 'nearest' });
  queue = queue.then(async () => {
    const result = await fetchAnswer(question);
    const reply = result.answer
      ? renderAnswer(result.answer, { onSuggestion: ask })
      : renderError(result.error, result.detail, lang, result.retry ? () => retry(reply, question) : null);
    pending.replaceWith(reply);
    reply.scrollIntoView({ block: 'start' });
  });
  return queue;
}

/** The retry button of a failed reply: the same question again, in the same place. */
function retry(failed, question) {
  answerInto(failed, question);
  input.focus();
}

// Scrolling a focused element into view leaves room for the sticky question bar, so keyboard focus
// never sits behind it, however tall the bar wraps.
const bar = new ResizeObserver(() =>
  document.documentElement.style.setProperty('--ask-height', `${form.offsetHeight}px`),
);
bar.observe(form);

/** From a suggestion or example: ask it, and put the keyboard back in the text box. */
function ask(question) {
  input.focus();
  return submit(question);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const question = input.value.trim();
  if (!question) {
    input.focus();
    return;
  }
  input.value = '';
  submit(question);
});

// A fragment link alone moves the scroll position, not the keyboard; put the caret in the box.
$('.skip').addEventListener('click', (event) => {
  event.preventDefault();
  input.focus();
});

$('#new-chat').addEventListener('click', () => {
  conversation = newConversationId();
  log.replaceChildren();
  intro.hidden = false;
  input.focus();
});

for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => {
    if (!LANGUAGES.includes(button.dataset.lang)) return;
    local.set(LANG_KEY, button.dataset.lang);
    setLanguage(button.dataset.lang);
  });
}

setLanguage(lang);
document.body.dataset.ready = 'true';
