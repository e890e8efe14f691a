/** What kind of answer a question asks for, read from its wording. */
export type Intent = 'help' | 'ranking' | 'series' | 'comparison' | 'value';

const HELP =
  /^(help|hulp|\?+|menu|commands?|commando'?s|start|info|uitleg|voorbeelden|examples)$|\b(wat kan (ik|je|u)|what can (i|you)|hoe werkt (dit|het|je)|how does (this|it) work|what do you know|wat weet je|welke (cijfers|vragen|onderwerpen)|which (figures|topics|questions))\b/;
const RANKING =
  /\b(top ?(3|drie|three|drie)|nationaliteit|nationaliteiten|nationalit\w*|herkomstland\w*|landen van herkomst|countries of origin|country of origin|which countries|welke landen|uit welke landen|where .* come from|waar .* vandaan)\b/;
const SERIES =
  /\b(trend|trends|verloop|ontwikkeling|ontwikkelde|ontwikkelden|over time|door de jaren|through the years|history|historie|tijdreeks|time series|per jaar|jaarlijks|year by year|yearly|each year|elk jaar|per maand|maandelijks|monthly|per month|by month|month by month|each month|elke maand|iedere maand|laat .* zien|show|toon|grafiek|chart|graph|sinds|since)\b/;
const COMPARISON =
  /\b(vs|versus|vergelijk|vergeleken|vergelijking|vergelijken|compare|compared|comparison|verschil|difference|tegenover|ten opzichte van|t\.o\.v|meer\b.*\bdan|minder\b.*\bdan|more\b.*\bthan|fewer\b.*\bthan|less\b.*\bthan|groter|kleiner|gestegen|gedaald|gestegen|stijging|daling|toename|afname|toegenomen|afgenomen|steeg|stegen|daalde|daalden|nam toe|namen toe|nam af|namen af|hoeveel procent meer|hoeveel procent minder|increase|increased|decrease|decreased|change|changed|rise|rose|risen|fall|fell|fallen|drop|dropped|grow|grew|veranderd|verandering)\b/;

/** "Welke cijfers zijn herzien?" names figures but asks for revisions, not for help. */
const REVISION = /\b(herzien\w*|herziening\w*|bijgesteld|gecorrigeerd|revised|revisions?|corrected)\b/;

export function detectIntent(text: string): Intent {
  if (HELP.test(text.trim()) && !REVISION.test(text)) return 'help';
  if (RANKING.test(text)) return 'ranking';
  if (COMPARISON.test(text)) return 'comparison';
  if (SERIES.test(text)) return 'series';
  return 'value';
}

export const wantsComparison = (text: string): boolean => COMPARISON.test(text);
export const wantsSeries = (text: string): boolean => SERIES.test(text);

/** A specific nationality: the data only has top-3 lists, never counts per nationality. */
export const NATIONALITY =
  /\b(syri\w*|eritre\w*|turk(s|se|en|ije|ish|ey|iye)?|indiase?|indiers|indiërs|indian|indians|india|afghan\w*|ira[kq]\w*|irani\w*|iran|jemen\w*|yemen\w*|somali\w*|marok\w*|morocc\w*|alger\w*|oekra\w*|ukrain\w*|russ\w*|chinese|chinezen|china|amerikan\w*|american\w*|filipijn\w*|filipin\w*|tunes\w*|tunisi\w*|senegal\w*|nigeria\w*|duits\w*|german\w*|pol(en|ish|es)|pools)\b/;

/** Dimensions the IND does not publish: asking for them gets an honest "not in the data". */
export const UNSUPPORTED =
  /\b(deeltijd|parttime|part-time|part time|voltijd|fulltime|full-time|vrouw\w*|women|female|mannen|\bmen\b|male|gender|geslacht|gemeente\w*|municipalit\w*|provincie\w*|province\w*|stad|steden|city|cities|amsterdam|rotterdam|den haag|the hague|eindhoven|groningen|religie|religion|geloof|opleidingsniveau|education level|salaris|salary|prognose|forecast|voorspelling|predict\w*|verwacht\w*|expected|leeftijd van de aanvrager|age of applicants|kinderen|children|opvang|azc|coa|reception centres?|uitgezet|uitzetting\w*|deport\w*|gedwongen vertrek|terugkeer|vertrokken|returned|woning\w*|housing|leges|kost een|kosten een|fees?|price|prijs|tarief|tarieven|visum|visa|schengen)\b/;

/** Attempts to steer the bot rather than ask it something. */
export const INJECTION =
  /\b(ignore|negeer|vergeet|forget|disregard)\b.*\b(instruct\w*|prompt|regels|rules|previous|vorige)\b|\b(system ?prompt|systeemprompt|jailbreak|you are now|je bent nu|act as|doe alsof)\b/;
