// Interface texts. The page's own labels follow the language switch; an answer's card is labelled in
// the answer's language (the question's), so each card reads in one language.

export const LANGUAGES = ['nl', 'en'];

export const STRINGS = {
  nl: {
    title: 'IND-cijfers',
    tagline:
      'Vraag naar de gepubliceerde cijfers van de IND. Elk antwoord met bron, kanttekeningen en grafiek.',
    language: 'Taal',
    newChat: 'Nieuw gesprek',
    conversation: 'Gesprek',
    examples: 'Bijvoorbeeld',
    questionLabel: 'Uw vraag',
    placeholder: 'Bijv. Hoeveel naturalisatieaanvragen in 2024?',
    ask: 'Vraag',
    you: 'U',
    bot: 'IND-cijfers',
    thinking: 'Even zoeken…',
    readAs: 'Gelezen als',
    source: 'Bron',
    notes: 'Let op',
    figures: 'Cijfers',
    period: 'Periode',
    series: 'Reeks',
    value: 'Waarde',
    didYouMean: 'Bedoelt u:',
    tryAlso: 'Probeer ook:',
    csv: 'CSV downloaden',
    chart: 'Grafiek',
    chartGone: 'De grafiek is niet meer beschikbaar; stel de vraag opnieuw.',
    quote: 'Om te citeren',
    copy: 'Kopiëren',
    copied: 'Gekopieerd',
    verdict: 'Oordeel',
    'verdict.true': 'Klopt',
    'verdict.roughly': 'Klopt ongeveer',
    'verdict.false': 'Klopt niet',
    'verdict.unverifiable': 'Niet te controleren',
    // The app's one wording (src/app/messages.ts); a test keeps the two equal.
    'error.internal':
      'Er ging iets mis bij het beantwoorden van deze vraag. Probeer het opnieuw of stel de vraag anders.',
    'error.network': 'De server is niet bereikbaar. Draait de chat nog (npm run web of npm start)?',
    'error.request': 'Deze vraag kon niet worden verwerkt.',
    'error.busy': 'U stelt veel vragen kort na elkaar. Wacht u even en probeer het over een minuut opnieuw.',
    retry: 'Opnieuw proberen',
    footer: 'Cijfers uit de jaar- en maandcijfers van de IND. Controleer voor publicatie altijd de bron.',
  },
  en: {
    title: 'IND figures',
    tagline: "Ask about the IND's published figures. Every answer with its source, caveats and a chart.",
    language: 'Language',
    newChat: 'New conversation',
    conversation: 'Conversation',
    examples: 'For example',
    questionLabel: 'Your question',
    placeholder: 'E.g. How many naturalisation applications in 2024?',
    ask: 'Ask',
    you: 'You',
    bot: 'IND figures',
    thinking: 'Looking it up…',
    readAs: 'Read as',
    source: 'Source',
    notes: 'Note',
    figures: 'Figures',
    period: 'Period',
    series: 'Series',
    value: 'Value',
    didYouMean: 'Did you mean:',
    tryAlso: 'Try also:',
    csv: 'Download CSV',
    chart: 'Chart',
    chartGone: 'The chart is no longer available; ask the question again.',
    quote: 'To quote',
    copy: 'Copy',
    copied: 'Copied',
    verdict: 'Verdict',
    'verdict.true': 'True',
    'verdict.roughly': 'Roughly right',
    'verdict.false': 'False',
    'verdict.unverifiable': 'Cannot be checked',
    'error.internal': 'Something went wrong answering this question. Please try again or rephrase it.',
    'error.network': 'The server cannot be reached. Is the chat (npm run web or npm start) still running?',
    'error.request': 'This question could not be handled.',
    'error.busy':
      "You're asking a lot of questions in a short time. Please wait a moment and try again in a minute.",
    retry: 'Try again',
    footer: "Figures from the IND's annual and monthly reports. Always check the source before publishing.",
  },
};

export const EXAMPLES = {
  nl: [
    'Hoeveel naturalisatieaanvragen in 2024?',
    'Openstaande naturalisatieaanvragen per maand in 2025',
    'Eerste asielaanvragen in 2023 en 2024',
  ],
  en: [
    'How many naturalisation applications in 2024?',
    'Pending naturalisation applications per month in 2025',
    'First asylum applications in 2023 compared with 2024',
  ],
};

/** The stored choice, else the first of the browser's languages we speak, else English. */
export function pickLanguage(stored, browserLanguages) {
  if (LANGUAGES.includes(stored)) return stored;
  for (const tag of browserLanguages ?? []) {
    const base = String(tag).toLowerCase().split('-')[0];
    if (LANGUAGES.includes(base)) return base;
  }
  return 'en';
}

export function translator(lang) {
  const table = STRINGS[lang] ?? STRINGS.en;
  return (key) => table[key] ?? STRINGS.en[key] ?? key;
}

/**
 * Re-labels every element marked with data-i18n (text), data-i18n-placeholder or data-i18n-label.
 * Elements inside an answer card (data-card-lang) keep the card's language unless the card itself
 * is being labelled.
 */
export function applyLanguage(root, lang) {
  const t = translator(lang);
  const mine = (el) => {
    const card = el.closest('[data-card-lang]');
    return !card || card === root || card.contains(root);
  };
  for (const el of root.querySelectorAll('[data-i18n]')) if (mine(el)) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll('[data-i18n-placeholder]')) {
    if (mine(el)) el.setAttribute('placeholder', t(el.dataset.i18nPlaceholder));
  }
  for (const el of root.querySelectorAll('[data-i18n-label]'))
    if (mine(el)) el.setAttribute('aria-label', t(el.dataset.i18nLabel));
}
