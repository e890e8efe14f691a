import type { LexiconWords } from '../types.js';
import { words } from '../words.js';

/** Dutch: what carries no content, what a question asks and the words that change the answer. */
export const NL_CORE: Pick<LexiconWords, 'function' | 'verbs' | 'ask' | 'markers'> = {
  function: words(`
    de | het | een | 't | 'n | der | des | den | d'r
    ik | je | jij | u | hij | zij | ze | wij | we | jullie | hun | hen | zijn | haar | mijn | mij | me
    ons | onze | uw | jouw | jou | hem | men | zich | zichzelf | elkaar | iemand | niemand | iets
    dit | dat | deze | die | daar | hier | er | wat | wie | waar | hoe | welk | welke
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
    waarvan | waarin | waarop | waarbij | waarmee | toen | destijds | dat jaar | datzelfde jaar | in dat jaar
    die maand | diezelfde maand | in die maand | dan | zo | zoveel | zo veel | zoals | net als | evenals
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
    sturen | stuurt | stuurde | stuurden | gestuurd | vraagt | vroeg | gevraagd | wachten | wacht
    duurde | duurt | duren | geduurd | kostte | kost | nodig had | nodig hadden
    duurde het tot | duurt het tot | het duurde tot | het duurt tot | wachten tot | wacht je tot
    tot de | tot het | tot een | tot aan de
    ik ben | ik werk | ik werk bij | ik werk aan | journalist | verslaggever | beleidsmedewerker | beleidsadviseur
    onderzoeker | redacteur | voor een artikel | een artikel | artikel over | voor een stuk | een stuk | stuk over
    ik schrijf | schrijf | voor mijn | voor ons | krant | regionale krant | lokale krant | omroep | scriptie | drukte
    ten behoeve van | t.b.v | in het kader van | ter voorbereiding op | kamerbrief | notitie | memo | briefing
    presentatie | ik bedoel | ik bedoel dus | dat wil zeggen | oftewel | buitenlanders | wilden | wilde | willen
    kunt u mij vertellen | kun je me vertellen | kunt u vertellen | graag
    te | halen | ophalen | mogelijkheid | mogelijkheden | kans | leidde | leidden | leidt | geleid
    resulteerde | resulteerden | uitmondde | eindigde | eindigden
    vast | vastzitten | zaten vast | uitkomend | uitkomen | uitgekomen | bereikend
    af | toe | mee | weg | erbij | eruit | verklaard | verklaarde | nieuw | nieuwe | iemand
    vergunning | vergunningen | verblijfsvergunning | verblijfsvergunningen | verblijfsrecht
  `),
  verbs: words(`
    was | waren | is | zijn | werd | werden | wordt | worden | heeft | hebben | had | hadden | kwam
    werkten | werkte | werkzaam | bracht op | brachten op | opgebracht | opbracht
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
    bedroeg | bedroegen | bedraagt | bedragen | naturaliseerde | naturaliseerden | genaturaliseerd
    verwacht | verwachten | verwachtte | voorspelt | voorspelde | zal | zullen | gaat komen
    meldt | melden | aldus
  `),
  ask: {
    count: words(
      'hoeveel | hoe veel | hvl | hoeveelheid | het aantal | aantal | wat is het aantal | nr | nr. | nummer van',
    ),
    amount: words(`hoeveel geld | hoeveel euro | hoe duur | wat kostte | wat kostten | hoeveel kostte
      hoeveel kostten | hoeveel heeft | hoeveel gaf | hoeveel uitgegeven | besteed
      bestede | spendeerde | gaf uit | gaven uit | geld`),
    which: words('welke | welk | wie | in welk | in welke | wat voor'),
    when: words('wanneer | in welk jaar | in welke maand | welk jaar | welke maand'),
    duration: words('hoe lang | hoelang | hoeveel tijd | hoeveel weken | hoeveel dagen | hoeveel maanden'),
    share: words(`hoeveel procent | welk percentage | welk deel | welk aandeel | wat is het percentage
      percentage | procent | aandeel | deel | hoe groot deel | welke fractie | ratio | verhouding | %`),
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
      welke landen | waar vandaan | vandaan | meest voorkomende | belangrijkste nationaliteiten | belangrijkste herkomstlanden | grootste groepen | bovenaan | naar nationaliteit | in volgorde | op volgorde | volgorde`),
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
    perYear: words(
      'per jaar | jaarlijks | elk jaar | ieder jaar | jaartallen | jaar na jaar | elk jaar weer',
    ),
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
      is dat waar | is dit juist | is dat juist | is dit correct | is dat correct | klopt dat wel
      tweet | persbericht | krantenkop | kop | uitspraak | volgens een politicus`),
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
    speaker: words(`minister | de minister | staatssecretaris | kamerlid | politicus | woordvoerder
      opiniestuk | column | toespraak | speech | debat | interview | bericht | post | citaat | campagne
      verkiezingsprogramma | beweerde | beweert | stelde | schreef | breaking | nieuws | net binnen
      exclusief | kop | krantenkop | tweet | tweette | draadje | viraal`),
  },
};
