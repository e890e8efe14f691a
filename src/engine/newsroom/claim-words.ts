import { NUMBER_WORDS as BASE_NUMBER_WORDS } from '../number-words.js';
/**
 * The words that make a sentence a checkable claim, in Dutch and English (folded: lower case, no
 * accents). Kept apart from the reader so that a new synonym is one edit.
 */

/** Going up. "hoger/meer" are left out: they are comparisons ("meer dan 25.000"), read elsewhere. */
export const UP =
  /\b(steeg|stegen|gestegen|stijgt|stijgen|stijging|toegenomen|toename|na(am|men) toe|neemt toe|toenam|groeide|groeiden|gegroeid|groeit|opgelopen|liep op|liepen op|verdubbeld\w*|verdrievoudig\w*|verviervoudig\w*|up (by )?(?=\d|a |an |one |about |nearly |almost |more than |some )|rose|risen|rising|rises|increased?|increasing|grew|grown|growth|climbed|climbs?|jumped|soared|surged|went up|doubled|tripled|trebled|quadrupled)\b/;

/** Going down. */
export const DOWN =
  /\b(daalde|daalden|gedaald|daalt|dalen|daling|afgenomen|afname|na(am|men) af|neemt af|afnam|kromp|krompen|gekrompen|krimpt|zakte|zakten|gezakt|liep terug|liepen terug|teruggelopen|terugloop|gehalveerd|halveerde\w*|down (by )?(?=\d|a |an |one |about |nearly |almost |more than |some )|fell|fallen|falling|falls|dropped|drops?|declined?|declining|decreased?|decreasing|dipped|dips?|shrank|shrunk|shrinking|went down|halved|slumped|plunged|plummeted|tumbled)\b/;

export const STABLE =
  /\b(gelijk gebleven|stabiel|stable|unchanged|flat|nauwelijks veranderd|barely changed|onveranderd|(bleef|bleven|remained|stayed)\b.{0,30}\b(gelijk|stabiel|stable|flat|level|unchanged|the same))\b/;

export const STRONG =
  /\b(sterk|sterke|fors|forse|flink|flinke|enorm|explosief|scherp|sharply|steeply|strongly|significantly|dramatically|substantially|sharp|steep)\b/;
export const SLIGHT =
  /\b(licht|lichtjes|iets|enigszins|beetje|slightly|marginally|a little|a bit|modestly|somewhat|slight)\b/;

/** "meer ... dan in 2023", "fewer ... than last year": a direction against a named period. */
export const MORE_THAN_BEFORE =
  /\b(meer|more|hoger|higher|groter|larger|bigger)\b.{0,60}?\b(dan|than)\s+(in\s+)?((19|20)\d\d|vorig jaar|last year|het jaar (ervoor|daarvoor)|the (previous|prior) year|een jaar eerder|a year earlier)/;
export const LESS_THAN_BEFORE =
  /\b(minder|fewer|less|lager|lower|kleiner|smaller)\b.{0,60}?\b(dan|than)\s+(in\s+)?((19|20)\d\d|vorig jaar|last year|het jaar (ervoor|daarvoor)|the (previous|prior) year|een jaar eerder|a year earlier)/;

/** The highest of a range: "het drukste jaar sinds 2018", "more than in any other year". */
export const HIGHEST =
  /\b(drukste|hoogste|meeste|grootste|record\w*|piek\w*|highest|(?<!at )most|busiest|largest|biggest|peak|all-time high|nooit eerder zo ?(veel|hoog|druk)|never (before )?(so many|so high)|meer dan in (elk|enig|ieder) (ander )?jaar|more than in any (other )?year|more than any other year|(meer|groter|hoger|langer) dan ooit|(more|bigger|larger|higher|longer) than ever|(meer|more|hoger|higher)\b.{0,60}?\b(dan|than) (in )?(elk|enig|ieder|any) (ander |other )?(jaar|year))\b/;
export const LOWEST =
  /\b(laagste|minste|kleinste|rustigste|dieptepunt|lowest|fewest|(?<!at )least|smallest|quietest|all-time low|nooit eerder zo (weinig|laag)|(minder|kleiner|lager|korter) dan ooit|(fewer|less|smaller|lower|shorter) than ever|never (before )?(so few|so low)|minder dan in (elk|enig|ieder) (ander )?jaar|(fewer|less) than in any (other )?year|(minder|fewer|less|lager|lower)\b.{0,60}?\b(dan|than) (in )?(elk|enig|ieder|any) (ander |other )?(jaar|year))\b/;
/** "voor het tweede jaar op rij", "for the third year in a row": a run of changes one way. */
export const STREAK =
  /\b(?:(tweede|derde|vierde|vijfde|second|third|fourth|fifth)\s+(?:(?:opeenvolgende|consecutive|straight)\s+(?:jaar|year)|(?:jaar|year)\s+(?:op rij|in a row|running|achter elkaar|achtereen))|(twee|drie|vier|vijf|two|three|four|five|\d+)\s+(?:opeenvolgende|consecutive|jaar op rij|years in a row)\b)/;
export const ORDINALS: Record<string, number> = {
  tweede: 2,
  derde: 3,
  vierde: 4,
  vijfde: 5,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
};

/** A bare comparative ("waren er meer", "fewer applications"): against the period before. */
export const BARE_MORE = /\b(meer|more)\b(?!\s+(dan|than)\b)/;
export const BARE_LESS = /\b(minder|fewer|less)\b(?!\s+(dan|than)\b)/;

/** The record is over every year ("ooit", "ever"): the data cannot see before its first year. */
export const EVER =
  /\b(ooit|ever|all-time|aller ?tijden|on record|nooit eerder|never before|recordjaar|record)\b/;
/** Wording that counts the range's first year too ("than in any other year since 2018"). */
export const INCLUSIVE = /\b(elk|enig|ieder) (ander )?jaar|any (other )?year\b/;
export const IN_N_YEARS =
  /\b(?:in|van de (?:afgelopen|laatste)|of the (?:last|past)|in the (?:last|past))\s+(\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|two|three|four|five|six|seven|eight|nine|ten)\s+(jaar|years)\b/;

export const NUMBER_WORDS: Record<string, number> = { ...BASE_NUMBER_WORDS, twice: 2 };

/** Fractions as a change ("steeg met een kwart", "fell by a third"), in percent. */
export const FRACTIONS: [RegExp, number][] = [
  [/\b(drie ?kwart|three quarters)\b/, 75],
  [/\b(twee ?derde|two thirds)\b/, 66.7],
  [/\b(een|a|one) ?(kwart|quarter)\b/, 25],
  [/\b(een|a|one) ?(derde|third)\b/, 33.3],
  [/\b(een|a|one) ?(vijfde|fifth)\b/, 20],
  [/\b(een|a|one) ?(tiende|tenth)\b/, 10],
  [/\b(de helft|half)\b/, 50],
];

/** A share of a whole ("een derde van alle", "the majority of"): not a change. */
export const SHARE =
  /\b(van (alle|de|het totaal)|of (all|the)|meerderheid|majority|minderheid|minority|merendeel|het gros|most of|aandeel|share of|percentage van|procent van|percent of)\b/;

/** Multiples: the factor, and the words that say it. */
export const MULTIPLES: [RegExp, number][] = [
  [
    /\b(verdubbeld\w*|verdubbeling|doubled|doubling|twice as (many|much|high|large)|twee keer zo ?(veel|hoog|groot)|tweemaal zo ?(veel|hoog|groot))\b/,
    2,
  ],
  [
    /\b(verdrievoudig\w*|tripled|trebled|tripling|three times as (many|much|high)|drie keer zo ?(veel|hoog|groot)|driemaal zo ?(veel|hoog|groot))\b/,
    3,
  ],
  [/\b(verviervoudig\w*|quadrupled|four times as (many|much|high)|vier keer zo ?(veel|hoog|groot))\b/, 4],
  [
    /\b(gehalveerd|halveerde\w*|halvering|halved|halving|half as (many|much|high)|met de helft (gedaald|afgenomen|verminderd)|fell by half|dropped by half|by half)\b/,
    0.5,
  ],
];
/** "2,5 keer zoveel", "3 times as many": a factor written as a number. */
export const TIMES =
  /\b(\d+(?:[.,]\d+)?|twee|drie|vier|vijf|two|three|four|five)\s*(keer|maal|times|x)\s+(zo ?(veel|hoog|groot)|meer|as (many|much|high|large)|more|higher)\b/;

/** Hedges in front of a multiple or fraction ("ruim verdubbeld", "nearly halved"). */
export const OVER_WORDS = /\b(ruim|meer dan|more than|over|well over|ruimschoots)\s*$/;
export const NEARLY_WORDS = /\b(bijna|nagenoeg|vrijwel|almost|nearly|close to|zo goed als)\s*$/;
export const ABOUT_WORDS =
  /\b(zo'?n|ongeveer|circa|about|around|roughly|approximately|grofweg|ruwweg|rond)\s*$/;
