import type { LexiconWords } from './types.js';

const words = (text: string): string[] => text.trim().split(/\s*\|\s*|\n\s*/);

/** Dutch. Subjects and measures are in the catalogue (src/data/catalog); this is everything else. */
export const NL: LexiconWords = {
  function: words(`
    de | het | een | 't | 'n | der | des | den | d'r
    ik | je | jij | u | hij | zij | ze | wij | we | jullie | hun | hen | zijn | haar | mijn | mij | me
    ons | onze | uw | jouw | jou | hem | men | zich | zichzelf | elkaar | iemand | niemand | iets
    dit | dat | deze | die | daar | hier | er | wat | wie | waar | waarom | hoe | welk | welke
    van | in | op | aan | bij | met | voor | naar | uit | over | onder | door | om | tijdens | volgens
    tegen | na | binnen | buiten | langs | via | vanuit | rond | rondom | inzake | betreffende | qua
    m.b.t | mbt | wat betreft | ten aanzien van | aangaande | omtrent | per
    en | of | maar | dus | want | omdat | als | doch | noch | zowel | alsook | ook | nog | al
    alleen | slechts | pas | reeds | toch | wel | zelfs | eigenlijk | echt | werkelijk
    daadwerkelijk | feitelijk | nou | even | eens | graag | alsjeblieft | alstublieft
    aub | a.u.b | svp | pls | please | plz | bedankt | dank | dankjewel | dankuwel | dank je | thanks
    ja | nee | oke | ok | okay | hoi | hallo | hey | hee | goedemorgen | goedemiddag | beste
    is | was | zijn | waren | ben | bent | wordt | word | werd | werden | worden | geworden
    heeft | had | hadden | hebben | heb | hebt | kan | kon | konden | kunnen | zal | zou | zouden
    zullen | mag | mocht | mogen | moet | moest | moesten | moeten | wil | wilde | willen | wou
    gaat | ging | gingen | gaan | gegaan | doet | deed | deden | doen | gedaan | staat | stond | stonden
    staan | gestaan | komt | kwam | kwamen | komen | gekomen | krijgt | kreeg | kregen | krijgen
    gekregen | geeft | gaf | gaven | geven | gegeven | neemt | nam | namen | nemen | genomen | maakt
    maakte | maakten | maken | gemaakt | blijft | bleef | bleven | blijven | gebleven | ligt | lag
    erin | ervan | erop | eraan | erover | daarvan | daarin | daarop | daarbij | daarmee | hiervan
    waarvan | waarin | waarop | waarbij | waarmee | toen | dan | zo | zoveel | zo veel | zoals
    heel | erg | zeer | best | vrij | nogal | helemaal | bijvoorbeeld | bv | bijv | etc | enz | enzovoort
    allemaal | alle | allen | ieder | iedere | elk | elke | enkele | sommige | veel | weinig | andere
    ander | overige | overig | zelf | zelfde | dezelfde | hetzelfde | eigen | beide | beiden
    cijfer | cijfers | getal | getallen | statistiek | statistieken | data | gegevens | figuur
    informatie | info | overzicht | stand | stand van zaken | vraag | vraagje | vragen | antwoord
    weten | wil weten | zou graag willen weten | benieuwd | nieuwsgierig | ken | kent | kennen | weet
    zien | zie | opzoeken | zoeken | zoek | vinden | vind | noem | noemen | vertel | vertellen | zeg
    zeggen | zegt | nodig | mogelijk | soort | soorten | type | typen | categorie
    categorieen | groep | groepen | totale | stuks
    mensen | personen | persoon | mensen die | aanvragers | aanvrager | vreemdelingen | migranten
    migrant | nieuwkomers | zaak | dossier | dossiers | verzoek | dienst
    gepubliceerd | publiceert | publiceerde | publicatie | publicaties | rapport | rapportage
    volgens de ind | bekend | beschikbaar | officieel | officiele | definitief | definitieve
    lopen | loopt | liep | liepen | gelopen | zitten | zit | zat | zaten | gezeten | hadden
    niveau | peil | hoogte | punt | stand van | grens | geval | gevallen | keren
    sturen | stuurt | stuurde | stuurden | gestuurd | vraagt | vroeg | gevraagd | wachten | wacht | wachtte
    duurde | duurt | duren | geduurd | kostte | kost | nodig had | nodig hadden
    vast | vastzitten | zaten vast | uitkomend | uitkomen | uitgekomen | bereikend
    af | toe | mee | weg | erbij | eruit | verklaard | verklaarde | nieuw | nieuwe | iemand
    vergunning | vergunningen | verblijfsvergunning | verblijfsvergunningen | verblijfsrecht
  `),
  verbs: words(`
    was | waren | is | zijn | werd | werden | wordt | worden | heeft | hebben | had | hadden | kwam
    kwamen | komt | komen | ontving | ontvingen | registreerde | registreerden | telde | telden
    betaalde | betaalden | nam | namen | behandelde | handelde | handelden | besliste | beslisten
    verleende | verleenden | stond | stonden | lag | lagen | bleef | bleven | vormde | vormden
    diende | dienden | vroeg | vroegen | kreeg | kregen | gingen | ging | reisden | reisde | steeg
    stegen | daalde | daalden | kromp | krompen | zakte | zakten | groeide | groeiden | halveerde
    verdubbelde | verdrievoudigde | bereikte | bereikten | piekte | piekten | haalde | haalden
    noteerde | noteerden | verwerkte | verwerkten | boekte | boekten | zag | zagen | kende | kenden
    volgde | bleek | bleken | telt | gaat | liep | liepen | kwam uit | kwamen uit | ontvangen
    ingediend | afgehandeld | beslist | ingewilligd | gestegen | gedaald | toegenomen | afgenomen
    verdubbeld | gehalveerd | verdrievoudigd | gegroeid | gekrompen | gezakt | opgelopen
    teruggelopen | uitgekomen | geregistreerd | betaald | genomen | gedaan | toegekend | verleend
    ingereisd | gekomen | aangevraagd | aanvroegen | aanvroeg | deden | deed | wachtten | wachtte
    werkten | werkte | zaten | zat | nam toe | namen toe | nam af | namen af | liep op | liepen op
    liep terug | liepen terug | overschreed | passeerde | verwerkt | geteld | gehaald
  `),
  ask: {
    count: words(
      'hoeveel | hoe veel | hvl | hoeveelheid | het aantal | aantal | wat is het aantal | nr | nr. | nummer van',
    ),
    amount: words(`hoeveel geld | hoeveel euro | hoe duur | wat kostte | wat kostten | hoeveel kostte
      hoeveel kostten | hoeveel heeft | hoeveel gaf | hoeveel uitgegeven | uitgegeven | besteed
      bestede | spendeerde | gaf uit | gaven uit | geld`),
    which: words('welke | welk | wie | in welk | in welke | wat voor'),
    when: words('wanneer | in welk jaar | in welke maand | welk jaar | welke maand'),
    duration: words('hoe lang | hoelang | hoeveel tijd | hoeveel weken | hoeveel dagen | hoeveel maanden'),
    share: words(`hoeveel procent | welk percentage | welk deel | welk aandeel | wat is het percentage
      percentage | procent | aandeel | deel | hoe groot deel | welke fractie | ratio | verhouding`),
    what: words(
      'wat | wat is | wat was | wat waren | wat zijn | geef | noem | hoe groot | hoe hoog | hoe groot was | hoe hoog was',
    ),
    how: words(
      'hoe | hoe zit het met | hoe staat het met | hoe ging | hoe is | hoe was | hoe vaak | hoevaak',
    ),
    whether: words('klopt | is het zo | is het waar | was het zo'),
  },
  markers: {
    comparison: words(`vergelijk | vergelijken | vergeleken | vergelijking | in vergelijking met
      vergeleken met | versus | vs | tegenover | ten opzichte van | t.o.v | tov | verschil | verschillen
      verschilde | verschilt | het verschil | afgezet tegen | naast elkaar | op elkaar`),
    series: words(`trend | trends | verloop | ontwikkeling | ontwikkelde | ontwikkelden | ontwikkeld
      door de jaren | door de jaren heen | tijdreeks | reeks | historie | geschiedenis | over de jaren
      in de loop der jaren | van jaar tot jaar | jaar op jaar | jaar na jaar | grafiek | overzicht per`),
    ranking: words(`top | top 3 | top drie | top-3 | top3 | nationaliteit | nationaliteiten
      herkomstland | herkomstlanden | landen van herkomst | land van herkomst | uit welke landen
      welke landen | waar vandaan | vandaan | meest voorkomende | grootste groepen | bovenaan | naar nationaliteit | in volgorde | op volgorde | volgorde`),
    help: words(`help | hulp | menu | commando | commandos | commando's | uitleg | voorbeelden
      wat kan ik vragen | wat kan je | wat kun je | wat kunt u | hoe werkt dit | hoe werkt het
      wat weet je | welke cijfers heb je | welke cijfers | welke vragen | welke onderwerpen`),
    show: words(
      'toon | laat zien | laat | geef | geef me | geef mij | zie | bekijk | lijst | noem op | plot',
    ),
    total: words(
      'in totaal | totaal | samen | bij elkaar | opgeteld | alles bij elkaar | bij elkaar opgeteld | gezamenlijk | gecombineerd | alles samen',
    ),
    byAge: words(`naar leeftijd | per leeftijd | leeftijdsopbouw | leeftijdscategorie | leeftijdscategorieen
      ouderdom | hoe oud | leeftijd van de zaken | naar ouderdom | uitgesplitst naar leeftijd`),
    average: words(
      'gemiddeld | gemiddelde | gemiddeld per maand | per maand gemiddeld | gemiddeld genomen | doorsnee',
    ),
    perMonth: words(`per maand | maandelijks | maandcijfers | elke maand | iedere maand | maand op maand
      maand voor maand | per maand uitgesplitst | de maanden`),
    perYear: words('per jaar | jaarlijks | elk jaar | ieder jaar | jaartallen'),
    latest:
      words(`meest recent | meest recente | het meest recente | de meest recente | de laatste | de nieuwste | recentste | laatste | nieuwste | actuele | actueel
      laatst bekende | laatst gepubliceerde | het laatst | meest actuele`),
    current: words(`huidige | nu | momenteel | op dit moment | op het moment | tegenwoordig | actueel
      het huidige cijfer | wat is het nu | nieuwste cijfers | volgens de nieuwste cijfers
      volgens de laatste cijfers | inmiddels | intussen`),
    revision: words(`herzien | herziening | herzieningen | bijgesteld | bijgestelde | gecorrigeerd
      gecorrigeerde | correctie | correcties | aangepast | gewijzigd | veranderd in`),
    firstPublished: words(`eerst gepubliceerd | zoals eerst gepubliceerd | eerste publicatie
      oorspronkelijk | oorspronkelijke | aanvankelijk | voor de herziening | ongecorrigeerd
      in de eerste versie | oorspronkelijk gepubliceerd`),
    asPublished: words(`stond | stonden | staat er | vermeld | vermeldde | noemde | noemden | gaf | gaven
      meldde | meldden | zei | zeiden | zoals gepubliceerd | gepubliceerd in`),
    quote: words(`citeerbaar | citeerbare | citaat | citeren | quote | in woorden | in een zin | als zin
      zin om te plakken | in afgeronde woorden | afgeronde woorden`),
    rounded: words(`afgerond | afgeronde | afgeronde getallen | afgeronde cijfers | ronde getallen
      in afgeronde woorden | afgeronde woorden | afgerond op`),
    rejected: words(`afgewezen | afwijzing | afwijzingen | geweigerd | weigering | weigeringen
      niet ingewilligd | negatief | negatieve | negatieve beslissing | negatieve beslissingen`),
    granted: words(`kregen een vergunning | kreeg een vergunning | kregen een verblijfsvergunning
      kreeg een verblijfsvergunning | kregen asiel | kreeg asiel | kregen status | verkregen
      kregen het nederlanderschap | kreeg het nederlanderschap | mochten blijven | mogen blijven`),
    claim: words(`klopt het dat | klopt het | klopt dit | klopt dat | klopt het wel dat | klopt
      is het waar dat | is het juist dat | is het correct dat | is het zo dat | waar of niet waar
      waar of niet | juist of onjuist | factcheck | fact-check | fact check | factchecken
      controleer | controleer dit | controleer of | verifieer | check | check dit | bewering
      stelling | kun je checken | kun je controleren | kan je checken | kunt u controleren
      kunt u checken | klopt deze | klopt deze bewering | klopt deze zin | is dit waar
      is dat waar | is dit juist | is dat juist | is dit correct | is dat correct | klopt dat wel`),
    negation: words(`niet | geen | zonder | exclusief | excl | behalve | uitgezonderd | met uitzondering van
      anders dan | niet over | niet de | niet het | buiten beschouwing`),
    inclusion: words(`inclusief | incl | inbegrepen | meegerekend | meegeteld | met inbegrip van
      inclusief externen | plus | samen met`),
    scope: words(`ind | de ind | immigratie- en naturalisatiedienst | immigratie en naturalisatiedienst
      nederland | in nederland | naar nederland | nl | landelijk | landelijke | nationaal`),
    publicationAnnual: words('jaarcijfers | jaarverslag | jaarrapport | jaarrapportage | jaaroverzicht'),
    publicationMonthly: words('maandcijfers | maandrapportage | maandoverzicht | maandrapport'),
    injection: words(`negeer | vergeet | negeer je instructies | vergeet je instructies | systeemprompt
      je bent nu | doe alsof | jailbreak`),
    politeness: words('graag | alsjeblieft | alstublieft | aub | dank | bedankt | svp | even | snel | vlug'),
    each: words('per | elk | elke | ieder | iedere'),
  },
  months: {
    januari: 1,
    jan: 1,
    februari: 2,
    feb: 2,
    febr: 2,
    maart: 3,
    mrt: 3,
    mar: 3,
    april: 4,
    apr: 4,
    mei: 5,
    juni: 6,
    jun: 6,
    juli: 7,
    jul: 7,
    augustus: 8,
    aug: 8,
    september: 9,
    sept: 9,
    sep: 9,
    oktober: 10,
    okt: 10,
    november: 11,
    nov: 11,
    december: 12,
    dec: 12,
  },
  periodWords: {
    year: words('jaar | jaren | kalenderjaar | jaartal'),
    month: words('maand | maanden'),
    quarter: words('kwartaal | kwartalen'),
    half: words('helft | halfjaar | half jaar'),
    end: words(
      'eind | einde | eind van | aan het eind van | aan het einde van | ultimo | per eind | stand eind | op de laatste dag van | eind december',
    ),
    begin: words('begin | begin van | aan het begin van | start van'),
    during: words('gedurende | in de loop van | tijdens | doorheen | over heel | heel'),
    ago: words('geleden | terug | eerder | daarvoor | ervoor'),
  },
  relative: {
    lastYear: words(
      'vorig jaar | vorige jaar | verleden jaar | afgelopen jaar | het afgelopen jaar | het vorige jaar',
    ),
    thisYear: words('dit jaar | huidige jaar | dit kalenderjaar | het lopende jaar | lopend jaar'),
    yearBeforeLast: words('voorvorig jaar | het jaar voor vorig jaar | twee jaar geleden | twee jaar terug'),
    lastMonth: words('vorige maand | afgelopen maand | de afgelopen maand | vorige maand eind'),
    thisMonth: words('deze maand | huidige maand | lopende maand'),
    lastQuarter: words('vorig kwartaal | vorige kwartaal | afgelopen kwartaal | het afgelopen kwartaal'),
    yearBefore: words(
      'het jaar daarvoor | het jaar ervoor | een jaar eerder | een jaar daarvoor | het voorgaande jaar | voorgaande jaar',
    ),
    past: words('afgelopen | laatste | voorbije | de afgelopen | de laatste | de voorbije'),
    now: words('nu | momenteel | op dit moment | tegenwoordig | vandaag'),
  },
  range: {
    from: words('van | vanaf | vanuit'),
    to: words('tot | tot en met | t/m | tm | naar | tot aan | - | –'),
    between: words('tussen'),
    and: words('en'),
    since: words('sinds | sedert | vanaf | sinds begin | sinds het begin van | sinds eind'),
    versus: words(
      'vs | versus | tegen | tegenover | vergeleken met | ten opzichte van | t.o.v | tov | in vergelijking met',
    ),
    in: words('in | over | voor | per | op | rond | omstreeks'),
  },
  numbers: {
    een: 1,
    één: 1,
    twee: 2,
    drie: 3,
    vier: 4,
    vijf: 5,
    zes: 6,
    zeven: 7,
    acht: 8,
    negen: 9,
    tien: 10,
    elf: 11,
    twaalf: 12,
    dertien: 13,
    veertien: 14,
    vijftien: 15,
    zestien: 16,
    twintig: 20,
    dertig: 30,
    veertig: 40,
    vijftig: 50,
    honderd: 100,
    duizend: 1000,
    anderhalf: 1.5,
    dubbel: 2,
  },
  ordinals: {
    eerste: 1,
    '1e': 1,
    '1ste': 1,
    tweede: 2,
    '2e': 2,
    '2de': 2,
    derde: 3,
    '3e': 3,
    '3de': 3,
    vierde: 4,
    '4e': 4,
    '4de': 4,
    vijfde: 5,
    '5e': 5,
    zesde: 6,
    zevende: 7,
    achtste: 8,
    laatste: -1,
  },
  units: {
    percent: words('procent | percent | % | pct | procents'),
    points: words(
      'procentpunt | procentpunten | procentpunten | punt | punten | %-punt | procent punt | procentpuntje',
    ),
    eur: words("euro | euro's | eur | €"),
    fte: words("fte | fte's | voltijdbanen | formatieplaatsen"),
    weeks: words('week | weken | wk'),
    days: words('dag | dagen | werkdagen'),
    months: words('maand | maanden | mnd | mnd.'),
    years: words('jaar | jaren'),
    people: words('mensen | personen | aanvragers | nareizigers | gezinsleden | asielzoekers | migranten'),
  },
  scales: { miljard: 1e9, mld: 1e9, miljoen: 1e6, mln: 1e6, mio: 1e6, duizend: 1e3, dzd: 1e3 },
  hedges: {
    atLeast: words('minstens | ten minste | tenminste | minimaal | op zijn minst'),
    atMost: words('hooguit | hoogstens | maximaal | niet meer dan | ten hoogste | op zijn hoogst'),
    nearly: words(
      'bijna | nagenoeg | vrijwel | net onder | net onder de | krap | tegen de | zo goed als | haast | bijkans',
    ),
    over: words(`ruim | ruimschoots | meer dan | boven | boven de | net boven | net boven de | ruim boven
      dik | ruim over | overschreed | passeerde `),
    below: words('onder | onder de | minder dan | lager dan | beneden | nog geen | niet eens'),
    about: words(`zo'n | zon | ongeveer | circa | ca | ca. | rond | rond de | rondom | omstreeks | pakweg
      grofweg | ruwweg | naar schatting | om en nabij | om en nabij de | plusminus | +/- | ±`),
    exact: words('precies | exact | welgeteld | exact aantal | precies aantal'),
  },
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
      piek | piekte | piekten | hoogtepunt | meest | het meest | vaakst | het vaakst | het grootst | nooit eerder zo veel | nooit eerder zoveel | nooit eerder zo hoog
      nooit eerder zo druk | ongekend | ongekende | topjaar`),
    lowest: words(`laagste | minste | kleinste | rustigste | kortste | dieptepunt | nooit eerder zo weinig
      nooit eerder zo laag | dal`),
    ever: words(
      'ooit | aller tijden | allertijden | nooit eerder | in de geschiedenis | sinds mensenheugenis | record | recordaantal | recordjaar | recordhoogte',
    ),
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
  },
  multiples: {
    verdubbeld: 2,
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
  age: {
    older:
      words(`ouder dan | langer dan | meer dan | boven | boven de | over | langer | ouder dan een | langer open dan
      al langer dan | al meer dan | langer in behandeling dan`),
    younger: words(
      'jonger dan | korter dan | minder dan | onder | tot | hooguit | binnen | korter | nog geen | niet ouder dan',
    ),
    old: words('oud | oude | in behandeling | open | lang | openstaand'),
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
    age: words(`kinderen | kind | minderjarig | minderjarige | minderjarigen | jongeren | ouderen
      leeftijd van de aanvragers | leeftijd van aanvragers | leeftijd van de aanvrager | jaar oud | volwassenen | baby's`),
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
      words(`prognose | prognoses | voorspelling | voorspellingen | verwacht | verwachting | verwachtingen
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
      verkiezingen | politiek | minister | kabinet | partij | stemmen | gedicht | grap | mop`),
    sector: words(
      'sector | sectoren | branche | bedrijfstak | it | ict | zorg | onderwijs | horeca | bouw | landbouw | werkgever | werkgevers | bedrijf | bedrijven',
    ),
  },
};
