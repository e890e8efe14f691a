import type { LexiconWords } from '../types.js';
import { words } from '../words.js';

/** English: claim wording, multiples, fractions, grants and what the IND does not publish. */
/** "Never before were there so many": a record, and one over all time (which the figures cannot check). */
const NEVER_MORE = words(`never before so many | never so many | never before were there so many
  never have there been so many | never before have there been so many`);
const NEVER_FEWER = words('never so few | never before were there so few | never have there been so few');

export const EN_CLAIMS: Pick<LexiconWords, 'claim' | 'multiples' | 'fractions' | 'granted' | 'refusals'> = {
  claim: {
    up: words(`rose | risen | rise | rising | rises | increase | increased | increases | increasing | grew | grown
      grow | growing | grows | growth | climbed | climb | climbs | climbing | jumped | jump | jumps | soared
      surged | surge | went up | gone up | go up | doubled | tripled | trebled | quadrupled | up | higher
      spiked | spike | ballooned | mounted | expanded | picked up | shot up | swelled | rose to`),
    down: words(`fell | fallen | fall | falling | falls | dropped | drop | drops | dropping | declined | decline
      declines | declining | decreased | decrease | decreases | decreasing | dipped | dip | dips | shrank
      shrunk | shrinking | shrink | went down | gone down | go down | halved | slumped | plunged | plummeted
      tumbled | down | lower | cut | cuts | reduced | reduction | reduce | eased | slid | slipped | sank
      contracted | shortened | shrinking`),
    stable: words(`stable | unchanged | flat | barely changed | hardly changed | steady
      remained the same | stayed the same | stayed flat | remained stable | held steady | constant`),
    strong: words(
      'sharply | steeply | strongly | significantly | dramatically | substantially | sharp | steep | massively | considerably | hugely | markedly',
    ),
    slight: words(
      'slightly | marginally | a little | a bit | modestly | somewhat | slight | a touch | fractionally | a tad',
    ),
    more: words('more | higher | larger | bigger | greater | longer | extra | additional'),
    less: words('fewer | less | lower | smaller | shorter'),
    than: words('than'),
    highest:
      words(`highest | most | most often | the most | busiest | largest | biggest | peak | peaked | record | record high | all-time high
      greatest | longest | top | unprecedented | a high`).concat(NEVER_MORE),
    lowest: words(
      'lowest | fewest | least | smallest | quietest | shortest | all-time low | record low | a low | trough',
    ).concat(NEVER_FEWER),
    ever: words(
      'ever | all-time | all time | on record | in history | never before | of all time | record | record high | record low | all-time high | all-time low',
    ).concat(NEVER_MORE, NEVER_FEWER),
    other: words('any other | every other | all other | any | every | the other | each other'),
    streak: words('in a row | consecutive | straight | running | successive | on the trot'),
    again: words('again | further | once more | still'),
    only: words('only | just | merely | barely | a mere | no more than'),
    shareOf: words('of all | of the | of | of total | of the total'),
    outOf: words('out of | in | of every'),
    times: words('times | x | fold | -fold | times as many | times as much | times more | times higher'),
    change: words('change | difference | shift | swing'),
    negative: words('negative | loss | deficit | shortfall | minus | a loss of | in the red'),
  },
  multiples: {
    'one and a half times': 1.5,
    'one and a half times as many': 1.5,
    'one and a half times as much': 1.5,
    'one and a half times as high': 1.5,
    'half as many again': 1.5,
    doubled: 2,
    doubling: 2,
    'twice as many': 2,
    'twice as much': 2,
    'twice as high': 2,
    'twice as large': 2,

    tripled: 3,
    trebled: 3,
    tripling: 3,
    'three times as many': 3,
    'three times as much': 3,
    'three times as high': 3,
    quadrupled: 4,
    quintupled: 5,
    fourfold: 4,
    fivefold: 5,
    tenfold: 10,
    'grew tenfold': 10,
    'rose tenfold': 10,
    double: 2,
    'double the': 2,
    'four times as many': 4,
    halved: 0.5,
    halving: 0.5,
    'half as many': 0.5,
    'half as much': 0.5,
    'fell by half': 0.5,
    'dropped by half': 0.5,
    'by half': 0.5,
    'cut in half': 0.5,
  },
  fractions: {
    'three quarters': 75,
    'three-quarters': 75,
    'two thirds': 66.7,
    'two-thirds': 66.7,
    'a quarter': 25,
    'one quarter': 25,
    'a third': 33.3,
    'one third': 33.3,
    'a fifth': 20,
    'one fifth': 20,
    'a tenth': 10,
    'one tenth': 10,
    half: 50,
    'a half': 50,
    'one half': 50,
    majority: 50,
    'the majority': 50,
    'most of': 50,
    minority: 50,
    'a sixth': 16.7,
  },
  granted: {
    verbs: words('got | get | gets | obtained | obtain | were granted | was granted | won'),
    objects: words(`permit | permits | residence permit | residence permits | status | refugee status | asylum
      citizenship | dutch citizenship | a permit | a residence permit`),
  },
  refusals: {
    country: words(`germany | belgium | france | spain | italy | england | united kingdom | uk | britain
      sweden | denmark | austria | switzerland | poland | greece | europe | the eu | european union | abroad
      other countries | other country | european countries | rest of europe | america | united states | usa`),
    city: words(`amsterdam | rotterdam | the hague | den haag | utrecht | eindhoven | groningen | tilburg
      almere | breda | nijmegen | ter apel | maastricht | municipality | municipalities | city | cities | town
      towns | village | neighbourhood | neighborhood`),
    region: words('province | provinces | region | regions | regional | randstad'),
    gender: words(
      'women | woman | female | females | men | man | male | males | gender | sex | girls | boys',
    ),
    age: words(`children | child | minors | minor | unaccompanied minors | unaccompanied | underage | kids | young people | youth | elderly
      age of applicants | age of the applicants | applicants' age | years old | adults | babies
      average age | mean age | median age | age of asylum seekers | age of the asylum seekers`),
    nationality:
      words(`syrian | syrians | syria | eritrean | eritreans | eritrea | turkish | turks | turkey | turkiye
      indian | indians | india | afghan | afghans | afghanistan | iraqi | iraqis | iraq | iranian | iranians
      iran | yemeni | yemenis | yemen | somali | somalis | somalia | moroccan | moroccans | morocco
      algerian | algerians | algeria | ukrainian | ukrainians | ukraine | russian | russians | russia
      chinese | china | american | americans | filipino | filipinos | philippines | tunisian | tunisians
      tunisia | nigerian | nigerians | nigeria | german | germans | polish | poles | brazilian | brazilians
      egyptian | egyptians | pakistani | pakistanis | ethiopian | ethiopians | sudanese | libyan | libyans
      palestinian | palestinians | stateless | by nationality | per nationality | by country | per country`),
    forecast:
      words(`forecast | forecasts | prediction | predictions | predict | predicted | expected | expect | expects
      expectation | next year | coming year | coming years | future | in the future | projection | projections
      will be | going to be | outlook | estimate for`),
    cost: words(
      'leges | fee | fees | price | prices | tariff | tariffs | how much does it cost | cost of applying | charge',
    ),
    reception: words(
      'reception | reception centre | reception centres | reception center | coa | azc | asylum seekers centre | shelter | beds | housing for asylum seekers',
    ),
    return: words(`deported | deportation | deportations | removed from | removal | removals | forced return
      returned | return | left the country | departures | departed | expelled | expulsion | undocumented | illegal`),
    housing: words('housing | house | houses | homes | home | social housing | accommodation'),
    visa: words('visa | visas | schengen | schengen visa | tourist visa | short-stay visa'),
    offTopic:
      words(`weather | temperature | rain | football | soccer | capital | recipe | stock market | bitcoin
      election | elections | politics | party | vote | poem | joke | movie | song`),
    // "why", "caused by": the figures say how many, never why.
    cause: words(`why | how come | what caused | what explains | cause | causes | caused | caused by
      because of | due to | as a result of | the result of | a result of | the reason | reason | reasons
      explanation | explained by | driven by | owing to | thanks to | blamed on | attributed to`),
    sector: words(
      'sector | sectors | industry | industries | ict | tech | healthcare | education | hospitality | construction | agriculture | employer | employers | company | companies',
    ),
  },
};

/** Forms of "to wait" that are a plain verb beside a duration and name the open cases without one. */
export const EN_WAITING = ['waited', 'wait', 'waits'];
