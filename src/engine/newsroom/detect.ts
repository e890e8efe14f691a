import {
  HIGHEST,
  LESS_THAN_BEFORE,
  LOWEST,
  MORE_THAN_BEFORE,
  MULTIPLES,
  STABLE,
  TIMES,
} from './claim-words.js';

/**
 * Is this a claim to check rather than a question? A claim is a sentence pasted from a draft, Dutch
 * or English: with a marker ("klopt het dat", "fact-check:", "is it true that", "klopt dit?",
 * quotation marks), or a plain declarative sentence that states a number, a change or a record.
 * Questions ("Hoeveel...?", "Show ...", "2024 vs 2023") are left to the ordinary engine.
 */

export interface DetectedClaim {
  /** The claim itself, folded, markers and quotation marks removed. */
  text: string;
  /** Marked as a claim by the asker, so it is checked even when it states little. */
  explicit: boolean;
}

const LEAD_MARKER =
  /^\s*(fact-?check(en)?|factcheck|check( dit| this)?|controleer( dit)?|verifieer|verify|claim|bewering|stelling|true or false|waar of niet( waar)?|juist of onjuist|klopt (het|dit|dat)( dat)?|klopt het wel dat|is (het|dit|dat) (waar|juist|correct|zo) dat|is het zo dat|is it (true|correct|right|accurate) that|is it the case that|can you (check|verify)( that| whether| if)?|kun je (checken|controleren|nagaan)( of| dat)?|kan je (checken|controleren|nagaan)( of| dat)?)\s*[:,-]?\s*/;
const TAIL_MARKER =
  /\s*[,;:-]?\s*\(?\s*(klopt (dit|dat|het)( wel)?|is (dit|dat) (waar|juist|correct)|correct|juist|waar|true|right|accurate|is (this|that) (true|correct|right|accurate)|true or false|waar of niet( waar)?|fact-?check)\s*\??\s*\)?\s*[?!.]*\s*$/;
const QUESTION_START =
  /^(hoeveel|hoe|wat|welke|welk|waarom|wanneer|wie|waar|geef|toon|laat|vergelijk|noem|zoek|lijst|graag|please|ik wil|i want|i'd like|how|what|which|why|when|who|where|whose|show|give|list|compare|tell|top|trend|verloop|ontwikkeling|grafiek|chart|graph|kun|kan|can|could|would|will|do|does|did|is|are|was|were|has|have|heeft|hebben|zijn|waren|wordt|werd|worden)\b/;
/** A question word inside the sentence: "In welk jaar kwamen de meeste aanvragen binnen". */
const QUESTION_WORD =
  /\b(welk|welke|hoeveel|hoe ?veel|hoe vaak|hoelang|hoe lang|which|how|wanneer|when|waarom|why|wie|who|where|wat (was|is|waren|zijn|de|het))\b/;
/** A finite verb, so "naturalisatieaanvragen 2024 51.760" (a lookup) is not taken for a claim. */
const VERB =
  /\b(was|waren|is|zijn|werd|werden|wordt|worden|heeft|hebben|had|hadden|kwam|kwamen|komt|komen|ontving|ontvingen|registreerde|registreerden|telde|telden|betaalde|betaalden|nam|namen|behandelde|handelde|besliste|beslisten|verleende|stond|stonden|lag|lagen|bleef|bleven|vormde|vormden|diende|dienden|vroeg|vroegen|kreeg|kregen|gingen|ging|reisden|steeg|stegen|daalde|daalden|kromp|krompen|zakte|zakten|groeide|groeiden|halveerde|verdubbelde|bereikte|bereikten|piekte|piekten|peaked|haalde|haalden|noteerde|noteerden|verwerkte|verwerkten|boekte|boekten|zag|zagen|kende|kenden|volgde|bleek|bleken|telt|gaat|liep|liepen|steeg|kwam uit|kwamen uit|ontvangen|ingediend|afgehandeld|beslist|ingewilligd|gestegen|gedaald|toegenomen|afgenomen|verdubbeld|gehalveerd|were|are|has|have|had|received|registered|recorded|counted|paid|took|made|decided|granted|issued|lodged|filed|submitted|came|arrived|rose|fell|grew|dropped|dipped|declined|increased|decreased|doubled|tripled|halved|shrank|climbed|reached|hit|stood|remained|stayed|saw|posted|logged|handled|processed|peaked|accounted|formed|made up|totalled|totaled|topped|exceeded|surpassed|jumped|soared|plunged|slumped|went)\b/;
/** What a claim states: a number other than a year, a change, a record or a share. */
const STATES =
  /(\d[\d.,]*\s*(%|procent|percent|fte|miljoen|million|mln|euro|duizend|thousand)|\d{1,3}[.,]\d{3}|\b\d{1,3}\b(?!\s*(evrm|echr))|verdubbel|verdrievoudig|gehalveerd|halveerde|doubled|tripled|halved|\b(steeg|stegen|daalde|daalden|kromp|zakte|groeide|rose|fell|grew|dropped|dipped|declined|increased|decreased|shrank|climbed|jumped|soared|plunged)\b|drukste|hoogste|laagste|meeste|minste|record|dan ooit|than ever|highest|lowest|busiest|most|fewest|een (kwart|derde)|a (quarter|third)|de helft|half|meerderheid|majority)/;

/** A nationality's place: "de tweede groep", "the largest group", "in de top 3". */
const PLACE =
  /\b(grootste|largest|biggest|tweede|derde|second|third)\s+(groep|group|plaats|place|grootste|largest|nationaliteit|nationality)\b|\btop ?(3|drie|three)\b/;

/** Returns the claim to check, or null when the text is a question for the ordinary engine. */
export function detectClaim(folded: string): DetectedClaim | null {
  let text = folded.trim();
  let explicit = false;
  const lead = LEAD_MARKER.exec(text);
  if (lead && lead[0].length < text.length) {
    text = text.slice(lead[0].length);
    explicit = true;
  }
  const tail = TAIL_MARKER.exec(text);
  if (
    tail &&
    tail.index > 0 &&
    /\?|klopt|is (dit|dat|this|that)|true or false|waar of niet|fact/.test(tail[0])
  ) {
    text = text.slice(0, tail.index);
    explicit = true;
  }
  // Single quotes only at word edges: "I've ... I'm" is not a quotation.
  const quoted = /"([^"]{12,})"/.exec(text) ?? /(?:^|[\s:(])'([^']{12,})'(?=$|[\s.,;:!?)])/.exec(text);
  if (quoted && quoted[1]!.split(/\s+/).length >= 4) {
    text = quoted[1]!;
    explicit = true;
  }
  text = text
    .replace(/^[\s"'(]+|[\s"')]+$/g, '')
    .replace(/^(dat|that)\s+/, '')
    .trim();
  if (text.split(/\s+/).length < 4) return null;
  if (explicit) return { text: text.replace(/[?]+$/, ''), explicit };
  // Unmarked: a declarative sentence (no question mark, no question word first) that states something.
  if (/\?\s*$/.test(text) || QUESTION_START.test(text) || QUESTION_WORD.test(text)) return null;
  const plain = withoutYears(text);
  const states =
    STATES.test(plain) ||
    HIGHEST.test(plain) ||
    LOWEST.test(plain) ||
    MORE_THAN_BEFORE.test(text) ||
    LESS_THAN_BEFORE.test(text) ||
    STABLE.test(text) ||
    PLACE.test(text) ||
    TIMES.test(text) ||
    MULTIPLES.some(([re]) => re.test(text));
  // Headline style without a verb: "16% fewer applications than in 2023".
  const verbless = /\d\s*(%|procent|percent)\s+(meer|minder|more|fewer|less|hoger|lager|higher|lower)\b/.test(
    text,
  );
  if (!(VERB.test(text) || verbless) || !states) return null;
  return { text, explicit: false };
}

const withoutYears = (text: string) => text.replace(/(?<![\d.,])(19|20)\d\d(?![\d]|[.,]\d)/g, ' ');
