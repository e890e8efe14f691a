import { indCommand } from '../../commands/ind.js';
import type { Answer } from '../contract/answer.js';
import type { Language } from '../data/schema.js';
import { emptyAnswer } from './answer-base.js';
import type { DataIndex } from './data-index.js';
import { formatPeriodSpan } from './format.js';
import { starterSuggestions, subjectSuggestions } from './suggestions.js';

/** What can be asked, with examples in the reader's language. */
export function helpAnswer(question: string, lang: Language, idx: DataIndex): Answer {
  const examples = indCommand.examples[lang];
  const text =
    lang === 'nl'
      ? `Ik beantwoord vragen over de gepubliceerde cijfers van de IND (Jaarcijfers 2018-2025 en Maandcijfers december 2025): aanvragen, beslissingen, openstaande zaken, inwilligingen, tijdigheid, doorlooptijden, top-3 nationaliteiten, en meer, per jaar of per maand. Elk antwoord noemt de bron. Voorbeelden:\n${examples.map((e) => `• ${e}`).join('\n')}`
      : `I answer questions about the IND's published figures (annual figures 2018-2025 and monthly figures to December 2025): applications, decisions, pending cases, approval rates, timeliness, processing times, top-3 nationalities and more, per year or per month. Every answer names its source. Examples:\n${examples.map((e) => `• ${e}`).join('\n')}`;
  const answer = emptyAnswer(question, lang, 'help', text);
  answer.suggestions = examples.slice(0, 4);
  void idx;
  return answer;
}

export type NotFoundReason =
  | { why: 'nothing-matched' }
  | { why: 'too-long'; max: number }
  | { why: 'injection' }
  | { why: 'nationality' }
  | { why: 'unsupported' }
  | { why: 'period'; label: string; asked: string[]; series: string }
  | { why: 'measure'; subject: string; measures: string[] }
  | { why: 'ranking'; subject: string | null; year: string | null };

/** An honest "I don't have that", saying what does exist. Carries no facts. */
export function notFoundAnswer(
  question: string,
  lang: Language,
  reason: NotFoundReason,
  idx: DataIndex,
): Answer {
  const nl = lang === 'nl';
  let text: string;
  let suggestions = starterSuggestions(idx, lang);
  switch (reason.why) {
    case 'too-long':
      text = nl
        ? `Die vraag is te lang (meer dan ${reason.max} tekens). Stel een korte vraag, bijvoorbeeld: "Hoeveel naturalisatieaanvragen in 2024?"`
        : `That question is too long (over ${reason.max} characters). Ask a short question, for example: "How many naturalisation applications in 2024?"`;
      break;
    case 'injection':
      text = nl
        ? 'Ik beantwoord alleen vragen over de gepubliceerde cijfers van de IND.'
        : "I only answer questions about the IND's published figures.";
      break;
    case 'nationality':
      text = nl
        ? 'De IND publiceert geen aantallen per nationaliteit, alleen de top 3 nationaliteiten per categorie (aanvragen). Vraag bijvoorbeeld naar de top 3 nationaliteiten bij naturalisatie.'
        : 'The IND does not publish counts per nationality, only the top 3 nationalities per category (applications). Ask, for example, for the top 3 nationalities in naturalisation.';
      suggestions = nl
        ? ['Top 3 nationaliteiten naturalisatie 2025', 'Top 3 nationaliteiten spoor 4 2025']
        : ['Top 3 nationalities naturalisation 2025', 'Top 3 nationalities track 4 2025'];
      break;
    case 'unsupported':
      text = nl
        ? 'Dat staat niet in de gepubliceerde IND-cijfers: geen uitsplitsing naar bijvoorbeeld geslacht, gemeente of deeltijd, geen prognoses, en niets over opvang, terugkeer, huisvesting, visa of leges. Ik heb landelijke totalen per categorie, per jaar of per maand.'
        : "That is not in the IND's published figures: no split by e.g. gender, municipality or part-time work, no forecasts, and nothing on reception, return, housing, visas or fees. I have national totals per category, per year or per month.";
      break;
    case 'period': {
      const series = idx.series.get(reason.series)!;
      const years = idx.periods(series.id, 'year');
      const months = idx.periods(series.id, 'month');
      const have = [
        years.length
          ? `${formatPeriodSpan([years[0]!, years[years.length - 1]!], lang)} (${nl ? 'per jaar' : 'annual'})`
          : '',
        months.length
          ? `${formatPeriodSpan([months[0]!, months[months.length - 1]!], lang)} (${nl ? 'per maand' : 'monthly'})`
          : '',
      ]
        .filter(Boolean)
        .join(nl ? ' en ' : ' and ');
      text = nl
        ? `Voor ${reason.label} heb ik geen cijfer over ${reason.asked.join(', ')}. Beschikbaar: ${have}.`
        : `I have no figure for ${reason.label} in ${reason.asked.join(', ')}. Available: ${have}.`;
      suggestions = subjectSuggestions(series.subject, idx, lang).slice(0, 1);
      const latest = (years.length ? years : months).slice(-1)[0];
      if (latest)
        suggestions = [`${series.label[lang].replace(' · ', ' ')} ${latest}`.replace(/\s*\([^)]*\)/g, '')];
      break;
    }
    case 'measure':
      text = nl
        ? `Voor ${reason.subject} publiceert de IND dat cijfer niet. Wel: ${reason.measures.join(', ')}.`
        : `The IND does not publish that figure for ${reason.subject}. It does publish: ${reason.measures.join(', ')}.`;
      break;
    case 'ranking':
      text = nl
        ? `Een top 3 nationaliteiten heb ik${reason.subject ? ` voor ${reason.subject}` : ''}${reason.year ? ` in ${reason.year}` : ''} niet. Top-3-lijsten zijn er voor familie & gezin, kennis & talent, studie, arbeid, naturalisatie, spoor 1, 2 en 4, nareis en nareis 8 EVRM (2023-2025).`
        : `I have no top 3 nationalities${reason.subject ? ` for ${reason.subject}` : ''}${reason.year ? ` in ${reason.year}` : ''}. Top-3 lists exist for family & partner, knowledge & talent, study, work, naturalisation, tracks 1, 2 and 4, and family reunification (2023-2025).`;
      suggestions = nl
        ? ['Top 3 nationaliteiten naturalisatie 2025']
        : ['Top 3 nationalities naturalisation 2025'];
      break;
    default:
      text = nl
        ? 'Daar heb ik geen cijfers over. Ik ken de gepubliceerde IND-cijfers over o.a. naturalisatie, asiel (eerste aanvragen, sporen 1, 2 en 4, nareis), familie & gezin, kennis & talent, studie, arbeid, bezwaar, beroep, klantcontact en personeel.'
        : "I don't have figures on that. I know the IND's published figures on naturalisation, asylum (first applications, tracks 1, 2 and 4, family reunification), family & partner, knowledge & talent, study, work, objections, court cases, customer contact and staff, among others.";
  }
  const answer = emptyAnswer(question, lang, 'not_found', text);
  answer.suggestions = suggestions.slice(0, 4);
  return answer;
}

/** The question could mean several figures: ask which, with 2-4 concrete questions. Carries no facts. */
export function clarificationAnswer(
  question: string,
  lang: Language,
  options: { label: string; value: string; question: string }[],
): Answer {
  const list = options.slice(0, 4);
  const text =
    lang === 'nl'
      ? `Bedoelt u ${list.map((o) => `${o.label} (${o.value})`).join(' of ')}?`
      : `Do you mean ${list.map((o) => `${o.label} (${o.value})`).join(' or ')}?`;
  const answer = emptyAnswer(question, lang, 'clarification', text);
  answer.suggestions = list.map((o) => o.question);
  return answer;
}
