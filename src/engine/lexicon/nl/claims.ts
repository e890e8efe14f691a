import type { LexiconWords } from '../types.js';
import { words } from '../words.js';

/** Dutch: claim wording, multiples, fractions, grants and what the IND does not publish. */
/** "Nooit eerder waren er zoveel": a record, and one over all time (which the figures cannot check). */
const NEVER_MORE =
  words(`nooit eerder zo veel | nooit eerder zoveel | nooit eerder zo hoog | nooit eerder zo druk
  nooit eerder waren er zoveel | nooit eerder waren er zo veel | nog nooit waren er zoveel
  nog nooit zoveel | nooit eerder kwamen er zoveel | nog nooit kwamen er zoveel | nooit eerder nam de ind zoveel`);
const NEVER_FEWER =
  words(`nooit eerder zo weinig | nooit eerder zo laag | nooit eerder waren er zo weinig | nog nooit waren er zo weinig | nog nooit zo weinig
  nooit eerder kwamen er zo weinig | nog nooit kwamen er zo weinig`);

export const NL_CLAIMS: Pick<LexiconWords, 'claim' | 'multiples' | 'fractions' | 'granted' | 'refusals'> = {
  claim: {
    up: words(`steeg | stegen | gestegen | stijgt | stijgen | stijging | toegenomen | toename | nam toe
      namen toe | neemt toe | toenam | toenamen | groeide | groeiden | gegroeid | groeit | groei
      opgelopen | liep op | liepen op | loopt op | omhoog | omhooggegaan | hoger uitgekomen
      verdubbeld | verdubbelde | verdubbelden | verdrievoudigd | verdrievoudigde | gesprongen | sprong
      schoot omhoog | explodeerde | geexplodeerd | verhoogd | toegenomen tot`),
    down: words(`daalde | daalden | gedaald | daalt | dalen | daling | afgenomen | afname | nam af | namen af
      neemt af | afnam | afnamen | kromp | krompen | gekrompen | krimpt | krimp | zakte | zakten
      gezakt | liep terug | liepen terug | loopt terug | teruggelopen | terugloop | gehalveerd
      halveerde | halveerden | omlaag | verminderd | verminderde | slonk | geslonken | gekelderd
      kelderde | lager uitgekomen | teruggebracht | terug naar`),
    stable: words(`gelijk gebleven | bleef gelijk | bleven gelijk | stabiel | stabiel gebleven | onveranderd
      nauwelijks veranderd | nagenoeg gelijk | vrijwel gelijk | op hetzelfde niveau | constant`),
    strong: words(
      'sterk | sterke | fors | forse | flink | flinke | enorm | enorme | explosief | scherp | scherpe | hard | aanzienlijk | aanzienlijke | fiks | fikse',
    ),
    slight: words(
      'licht | lichte | lichtjes | iets | enigszins | beetje | een beetje | marginaal | nipt | wat | ietwat | gering | geringe',
    ),
    more: words('meer | hoger | groter | langer | vaker | extra | erbij'),
    less: words('minder | lager | kleiner | korter | minder vaak | eraf'),
    than: words('dan | als'),
    highest: words(`hoogste | meeste | grootste | drukste | langste | record | recordaantal | recordjaar
      piek | piekte | piekten | hoogtepunt | meest | het meest | vaakst | het vaakst | het grootst
      ongekend | ongekende | topjaar`).concat(NEVER_MORE),
    lowest: words(`laagste | minste | kleinste | rustigste | kortste | dieptepunt | dal`).concat(NEVER_FEWER),
    ever: words(
      'ooit | aller tijden | allertijden | nooit eerder | in de geschiedenis | sinds mensenheugenis | record | recordaantal | recordjaar | recordhoogte',
    ).concat(NEVER_MORE, NEVER_FEWER),
    other:
      words(`in welke andere | welke andere maand | elk ander | enig ander | ieder ander | alle andere | elk | enig | ieder | welke andere
      welk ander | elke andere | iedere andere | de andere`),
    streak: words('op rij | achter elkaar | achtereen | opeenvolgende | op een rij | achtereenvolgens'),
    again: words('opnieuw | weer | wederom | nogmaals | alweer | verder | nog verder'),
    only: words('nog maar | maar | slechts | amper | nauwelijks | slechts nog | pas'),
    shareOf: words('van de | van alle | van het totaal | van het aantal | van'),
    outOf: words('op de | op elke | op iedere | van elke | op'),
    times: words(
      'keer | maal | x | keer zo veel | keer zoveel | maal zo veel | keer zo hoog | keer zo groot',
    ),
    change: words('verschil | verandering | wijziging | groei | krimp'),
    negative: words('negatief | negatieve | verlies | tekort | min | nadelig | nadelige'),
  },
  multiples: {
    'anderhalf keer': 1.5,
    'anderhalve keer': 1.5,
    'anderhalf keer zoveel': 1.5,
    'anderhalf keer zo veel': 1.5,
    'anderhalve keer zoveel': 1.5,
    'anderhalf keer zo hoog': 1.5,
    'anderhalf maal zoveel': 1.5,
    verdubbeld: 2,
    vervijfvoudigd: 5,
    vervijfvoudigde: 5,
    vertienvoudigd: 10,
    vertienvoudigde: 10,
    verdubbelde: 2,
    verdubbelden: 2,
    verdubbeling: 2,
    'twee keer zo veel': 2,
    'twee keer zoveel': 2,
    'twee keer zo hoog': 2,
    'twee keer zo groot': 2,
    'tweemaal zo veel': 2,
    'dubbel zo veel': 2,
    'dubbel zoveel': 2,
    verdrievoudigd: 3,
    verdrievoudigde: 3,
    'drie keer zo veel': 3,
    'drie keer zoveel': 3,
    'drie keer zo hoog': 3,
    'driemaal zo veel': 3,
    verviervoudigd: 4,
    'vier keer zo veel': 4,
    gehalveerd: 0.5,
    halveerde: 0.5,
    halveerden: 0.5,
    halvering: 0.5,
    'met de helft gedaald': 0.5,
    'met de helft afgenomen': 0.5,
    'de helft minder': 0.5,
  },
  fractions: {
    driekwart: 75,
    'drie kwart': 75,
    'drie kwart van': 75,
    tweederde: 66.7,
    'twee derde': 66.7,
    'een kwart': 25,
    kwart: 25,
    'een derde': 33.3,
    'een vijfde': 20,
    'een tiende': 10,
    'de helft': 50,
    'een zesde': 16.7,
    'een achtste': 12.5,
    meerderheid: 50,
    'de meerderheid': 50,
    merendeel: 50,
    'het merendeel': 50,
    'het gros': 50,
    minderheid: 50,
  },
  granted: {
    verbs: words('kreeg | kregen | krijgen | krijgt | verkregen | gekregen'),
    objects:
      words(`vergunning | vergunningen | verblijfsvergunning | verblijfsvergunningen | status | asielstatus
      verblijfsstatus | het nederlanderschap | nederlanderschap | asiel | een vergunning | een verblijfsvergunning`),
  },
  refusals: {
    country: words(`duitsland | belgie | frankrijk | spanje | italie | engeland | verenigd koninkrijk
      zweden | denemarken | oostenrijk | zwitserland | polen | griekenland | europa | de eu | europese unie
      buitenland | andere landen | ander land | landen in europa | rest van europa | amerika | verenigde staten`),
    city: words(`amsterdam | rotterdam | den haag | utrecht | eindhoven | groningen | tilburg | almere
      breda | nijmegen | apeldoorn | haarlem | arnhem | zwolle | ter apel | budel | maastricht
      leeuwarden | enschede | gemeente | gemeenten | gemeentes | stad | steden | dorp | wijk`),
    region: words(
      'provincie | provincies | regio | regios | randstad | noord-holland | zuid-holland | brabant | limburg | gelderland | friesland',
    ),
    gender: words(
      'vrouw | vrouwen | vrouwelijk | vrouwelijke | man | mannen | mannelijk | mannelijke | geslacht | gender | meisjes | jongens',
    ),
    age: words(`kinderen | kind | alleenstaande minderjarigen | alleenstaande minderjarige vreemdelingen | amv | minderjarig | minderjarige | minderjarigen | jongeren | ouderen
      leeftijd van de aanvragers | leeftijd van aanvragers | leeftijd van de aanvrager | jaar oud | volwassenen | baby's
      gemiddelde leeftijd | mediane leeftijd | leeftijd van asielzoekers | leeftijd van de asielzoekers`),
    nationality:
      words(`syrier | syriers | syrische | syrisch | syrie | eritreeer | eritreeers | eritrese | eritrees
      eritrea | turk | turken | turkse | turks | turkije | indier | indiers | indiase | indiaas | india
      afghaan | afghanen | afghaanse | afghanistan | irakees | irakezen | iraakse | irak | iraniers | iraanse | iran
      jemenieten | jemenitische | jemen | somalier | somaliers | somalische | somalie | marokkanen | marokkaanse
      marokko | algerijnen | algerijnse | algerije | oekrainers | oekraiense | oekraine | russen | russische
      rusland | chinezen | chinese | china | amerikanen | amerikaanse | filipijnen | filipijnse | tunesiers
      tunesische | tunesie | nigerianen | nigeriaanse | nigeria | duitsers | duitse | poolse
     brazilianen | braziliaanse | egyptenaren | egyptische | pakistanen | pakistaanse
      ethiopiers | ethiopische | soedanezen | soedanese | libiers | libische | palestijnen | palestijnse
      staatlozen | statenlozen | per nationaliteit | naar nationaliteit | per land`),
    forecast:
      words(`prognose | prognoses | voorspelling | voorspellingen | verwacht | verwachtte | verwachten | verwachting | verwachtingen
      volgend jaar | komend jaar | komende jaren | toekomst | in de toekomst | raming | ramingen | zal worden`),
    cost: words(`leges | kost | kosten een | prijs | prijzen | tarief | tarieven | legeskosten | wat kost`),
    reception: words(
      'opvang | azc | coa | asielzoekerscentrum | asielzoekerscentra | noodopvang | aanmeldcentrum | opvanglocatie | bed | bedden',
    ),
    return:
      words(`uitgezet | uitzetting | uitzettingen | gedeporteerd | deportatie | gedwongen vertrek | terugkeer
      vertrokken | teruggekeerd | uitgeprocedeerd | uitgeprocedeerden | illegalen | ongedocumenteerden`),
    housing: words('woning | woningen | huisvesting | huis | huizen | sociale huur | woningnood'),
    visa: words('visum | visa | schengenvisum | toeristenvisum | kort verblijf visum'),
    offTopic: words(`weer | temperatuur | regen | voetbal | hoofdstad | recept | beurs | aandelen | bitcoin
      verkiezingen | politiek | partij | stemmen | gedicht | grap | mop`),
    // "waarom", "door het strengere beleid": de cijfers zeggen hoeveel, nooit waarom.
    cause: words(`waarom | hoe komt het | hoe komt het dat | hoe kan het dat | wat is de oorzaak | oorzaak
      oorzaken | veroorzaakt | veroorzaakte | doordat | vanwege | als gevolg van | het gevolg van | gevolg van
      een gevolg van | komt door | kwam door | te danken aan | te wijten aan | reden | redenen | de reden
      verklaring | verklaard door | toe te schrijven aan | door het strengere | door het nieuwe | door de strengere`),
    sector: words(
      'sector | sectoren | branche | bedrijfstak | it | ict | zorg | onderwijs | horeca | bouw | landbouw | werkgever | werkgevers | bedrijf | bedrijven',
    ),
  },
};

/**
 * Dutch separable verbs ("nam in 2020 met 20.000 toe", "liep vorig jaar sterk terug"): the verb and
 * its particle are apart, so the lexicon's "nam toe" never matches. The particle, when the verb
 * stands earlier in the same sentence, carries the direction the joined verb has.
 */
export const NL_SEPARABLE: Record<string, Record<string, 'up' | 'down'>> = {
  nam: { toe: 'up', af: 'down' },
  namen: { toe: 'up', af: 'down' },
  neemt: { toe: 'up', af: 'down' },
  liep: { op: 'up', terug: 'down' },
  liepen: { op: 'up', terug: 'down' },
  loopt: { op: 'up', terug: 'down' },
  ging: { omhoog: 'up', omlaag: 'down' },
  gingen: { omhoog: 'up', omlaag: 'down' },
  gaat: { omhoog: 'up', omlaag: 'down' },
  schoot: { omhoog: 'up' },
  viel: { terug: 'down' },
  vielen: { terug: 'down' },
};

/** Forms of "wachten" that are a plain verb beside a duration and name the open cases without one. */
export const NL_WAITING = ['wachtten', 'wachtte', 'wachtend'];
