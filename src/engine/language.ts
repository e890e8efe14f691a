import type { Language } from '../data/schema.js';

const NL = new Set(
  'hoeveel wat welke waren was werd werden het de een van voor op bij in naar er zijn hebben heeft dit deze die vorig vorige jaar maand aanvragen beslissingen en met tot dan meer minder klopt dat ontving stonden lagen nog eind per sinds afgelopen laatste gemiddeld waarom hoe wie wanneer kwamen binnen tussen vergelijk vergeleken nationaliteiten doorlooptijd openstaande ingediend uitgereikt eerste dagen weken maanden afspraak zaken mensen aantal totaal personeel asiel naturalisatie rechtszaken familie gezin studenten studie ontvangen ingewilligd achterstand klachten spoor dwangsommen ingebrekestellingen nareis kennis talent hoelang wachttijd verloop trend ontwikkeling'.split(
    ' ',
  ),
);
const EN = new Set(
  'how many much what which were was the a an of for on at in to there are is has have did does this these last year month applications decisions and with than more fewer less is it true that received pending end since past latest average why who when between compare compared nationalities processing open issued show trend many first available days weeks months appointment appointments cases people number share rate staff asylum naturalisation naturalization court family students study work granted approved backlog complaints calls track penalty payments revocations objections extensions permits residence'.split(
    ' ',
  ),
);

/** Dutch or English, by counting each language's common words; Dutch wins a tie (the IND's language). */
export function detectLanguage(tokens: string[]): Language {
  let nl = 0;
  let en = 0;
  for (const t of tokens) {
    if (NL.has(t)) nl++;
    if (EN.has(t)) en++;
  }
  return en > nl ? 'en' : 'nl';
}
