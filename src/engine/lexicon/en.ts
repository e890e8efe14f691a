import type { LexiconWords } from './types.js';

const words = (text: string): string[] => text.trim().split(/\s*\|\s*|\n\s*/);

/** English. Subjects and measures are in the catalogue (src/data/catalog); this is everything else. */
export const EN: LexiconWords = {
  function: words(`
    the | a | an | this | that | these | those | there | here | it | its | it's | they | them | their
    theirs | we | us | our | you | your | i | me | my | he | she | him | her | his | one | ones | 's
    of | in | on | at | to | for | from | by | with | about | into | over | under | through | during
    until | till | upon | per | via | within | among | across | after | before | around | regarding
    concerning | as to | as for | with regard to | in terms of | according to | along | toward | towards
    and | or | but | so | because | if | as | also | too | only | just | even | still | yet | already
    is | are | was | were | be | been | being | am | has | have | had | do | does | did | done | doing
    will | would | shall | should | can | could | may | might | must | 'd | 'll | 're | 've | 'm
    get | gets | got | gotten | getting | make | makes | made | making | take | takes | took | taken
    come | comes | came | coming | go | goes | went | gone | give | gave | given | see | saw | seen
    put | keep | kept | happen | happened | end up | ended up | wind up | turn out | turned out
    what | which | who | whom | whose | when | where | why | how | whats | what's | how's | hows
    please | pls | plz | thanks | thank you | thx | ty | cheers | hi | hello | hey | dear | kindly
    ok | okay | yes | no | sure | well | now then | quick one | quick question | question | questions
    number | numbers | figure | figures | stat | stats | statistic | statistics | data | info
    information | overview | breakdown | count | counts | tally | amount of | level | levels | volume
    people | persons | person | individuals | applicants | applicant | foreigners | migrants | migrant
    newcomers | case | file | files | request | service | agency | office | organisation | organization
    know | want | wanted | like | need | needed | find | look up | tell | tell me | wonder | wondering
    curious | let me know | i'd like | i would like | can you tell | could you tell | do you know
    actually | really | exactly | precisely | truly | in fact | basically | overall? | roughly?
    all | every | each | any | some | many | much | several | few | other | others | another | both
    either | neither | such | same | own | such as | like | e.g | eg | i.e | ie | etc
    kind | kinds | type | types | sort | category | categories | group | groups | sort of
    published | publish | publishes | publication | publications | report | reports | reported
    official | officially | available | known | recorded | registered | listed | stated | show up
    then | that year | that month | back then | at that time | at the time | the time
    really | very | quite | rather | pretty | fairly | somewhat? | lot | lots | a lot | a lot of
    whole | entire | altogether? | around? | there were | there was | were there | was there
    dutch? | ind | the ind | ind's
    permit | permits | residence permit | residence permits | residence | new | someone | somebody | anyone
    respond | responded | manage | managed | handle it | deal with | get back | use | uses | route | routes
    last | lasted | lasts | took | takes | needed to | needs
    send | sends | sent | sending | ask | asks | asked | asking | wait | waits | happens | occur | occurred
    stuck | sitting | languishing | reaching | reached | hitting | standing at | ending at | ending | out | off
    level | levels | mark | point | figure of | total of
  `).filter((w) => !w.endsWith('?')),
  verbs: words(`
    was | were | is | are | has | have | had | received | registered | recorded | counted | paid
    took | made | decided | granted | issued | lodged | filed | submitted | came | arrived | rose
    fell | grew | dropped | dipped | declined | increased | decreased | doubled | tripled | halved
    shrank | climbed | reached | hit | stood | remained | stayed | saw | posted | logged | handled
    processed | peaked | accounted | formed | made up | totalled | totaled | topped | exceeded
    surpassed | jumped | soared | plunged | slumped | went | cut | reduced | applied | waited
    needed | took | spent | employed | hired | won | lost | approved | rejected | closed | settled
    came in | dealt with | decided on | ruled | upheld | reunited | travelled | traveled | entered
    continued | kept | fell back | went down | went up | rose to | fell to | dropped to | slid | eased
  `),
  ask: {
    count: words(
      'how many | how much | number of | the number of | what number | count of | total number of | nr of | nr. of | no. of | no of',
    ),
    amount: words(`how much money | how much did | how much was spent | spend | spent | spending | cost
      costs | how much money did | in euros | in eur | euro amount | expenditure on`),
    which: words('which | who | what kind of | which one | which ones'),
    when: words('when | in which year | in which month | which year | which month | what year | what month'),
    duration: words('how long | how many weeks | how many days | how many months | how much time'),
    share:
      words(`what percentage | which percentage | what percent | what share | which share | what proportion
      what part | what fraction | what % | share | percentage | percent | proportion | rate | ratio
      how big a share | fraction`),
    what: words(
      "what | what was | what is | what were | what are | what's | give | give me | how big | how large | how high | how big was | how high was",
    ),
    how: words('how | how did | how does | how do | how was | how is | how about | what about | how often'),
    whether: words('is it true | was it the case | is it the case'),
  },
  markers: {
    comparison: words(`compare | compared | comparing | comparison | in comparison with | versus | vs | vs.
      relative to | difference | differ | differed | differs | stack up | stacks up | stack up against
      side by side | contrast | set against | measured against | change | changed | changes`),
    series:
      words(`trend | trends | over time | through the years | over the years | year by year | year on year
      year-on-year | history | historical | time series | development | evolution | progression | series
      chart | graph | timeline`),
    ranking: words(`top | top 3 | top three | top-3 | top3 | nationality | nationalities | country of origin
      countries of origin | origin countries | which countries | where from | come from | came from
      most common nationalities | largest groups | biggest groups | ranking | ranked | rank | by nationality | in order | in rank order`),
    help: words(`help | menu | commands | command | examples | example | what can i ask | what can you
      what can you do | how does this work | how does it work | what do you know | which figures
      which topics | which questions | what figures | what topics`),
    show: words('show | show me | list | display | plot | give me | let me see | pull up | get me'),
    total: words(
      'in total | total | altogether | combined | together | all told | overall | sum | in all | all together',
    ),
    byAge: words(`by age | age breakdown | age of the open | age of pending | ageing | aging | age buckets
      how old | age profile | by how long`),
    average: words(
      'average | on average | mean | avg | typical | typically | per month on average | monthly average',
    ),
    perMonth:
      words(`per month | monthly | month by month | by month | each month | every month | month-by-month
      month on month | the months | a month`),
    perYear: words('per year | yearly | annually | annual | each year | every year | by year'),
    latest:
      words(`latest | most recent | the most recent | the latest | the newest | the last available | newest | recent | last available | last published | latest available
      most up to date | up to date | up-to-date`),
    current: words(`current | currently | now | right now | at the moment | at present | today | presently
      the current figure | what is it now | as of now | nowadays | latest figures | latest figure`),
    revision: words(
      'revised | revision | revisions | revising | corrected | correction | corrections | restated | adjusted | amended | changed to',
    ),
    firstPublished: words(`as first published | first published | originally | originally published
      originally reported | initially | initially published | initially reported | first reported
      before the revision | before revision | the original figure | unrevised`),
    asPublished: words(
      'said | say | says | stated | gave | listed | showed | printed | reported | according to | as published | published in',
    ),
    quote: words(
      'quote | quotable | as a quote | in words | as a sentence | in a sentence | sentence | for a headline | citation',
    ),
    rounded: words(
      'rounded | round | round figures | round numbers | rounded off | in round numbers | roughly speaking',
    ),
    rejected:
      words(`rejected | rejection | rejections | refused | refusal | refusals | denied | denial | denials
      turned down | negative decisions | negative decision | not granted | unsuccessful`),
    granted:
      words(`got a permit | got permits | received a permit | were granted a permit | was granted a permit
      got a residence permit | received a residence permit | got asylum | received asylum | obtained
      became dutch | became dutch citizens | were naturalised | were naturalized | got citizenship`),
    claim: words(`is it true that | is it true | is it correct that | is it right that | is it accurate that
      is it the case that | true or false | fact-check | fact check | factcheck | fact-checking | check this
      check | verify | verify this | can you check | can you verify | could you check | claim
      statement | is this true | is that true | is this correct | is that correct | is this right
      is that right | is this accurate | true?`),
    negation: words(`not | no | without | excluding | excluded | except | except for | other than | apart from
      leaving out | minus | aside from | non | never | neither | nor | isn't | wasn't | aren't | weren't`),
    inclusion: words(
      'including | incl | inclusive of | included | counted in | plus | together with | as well as',
    ),
    scope:
      words(`ind | the ind | immigration and naturalisation service | immigration and naturalization service
      netherlands | the netherlands | in the netherlands | to the netherlands | holland | nl | national
      nationwide | dutch immigration service`),
    publicationAnnual: words(
      'annual figures | annual report | annual statistics | jaarcijfers | year figures | annual numbers',
    ),
    publicationMonthly: words(
      'monthly figures | monthly report | monthly statistics | maandcijfers | monthly numbers',
    ),
    injection: words(`ignore | ignore your instructions | ignore previous instructions | ignore all previous
      forget your instructions | disregard | system prompt | jailbreak | you are now | act as | pretend
      pretend to be | developer mode`),
    politeness: words('please | pls | plz | thanks | thank you | kindly | quick | quickly'),
    each: words('per | each | every'),
  },
  months: {
    january: 1,
    jan: 1,
    february: 2,
    feb: 2,
    march: 3,
    mar: 3,
    april: 4,
    apr: 4,
    may: 5,
    june: 6,
    jun: 6,
    july: 7,
    jul: 7,
    august: 8,
    aug: 8,
    september: 9,
    sept: 9,
    sep: 9,
    october: 10,
    oct: 10,
    november: 11,
    nov: 11,
    december: 12,
    dec: 12,
  },
  periodWords: {
    year: words('year | years | calendar year'),
    month: words('month | months'),
    quarter: words('quarter | quarters'),
    half: words('half | half-year | half year'),
    end: words(
      'end | end of | at the end of | by the end of | as of the end of | year-end | year end | close of | end-of-year | end of december',
    ),
    begin: words('start | start of | beginning | beginning of | at the start of | early'),
    during: words('during | over the course of | throughout | in the course of | all of'),
    ago: words('ago | back | earlier | before'),
  },
  relative: {
    lastYear: words(
      "last year | previous year | the previous year | the past year | past year | last year's",
    ),
    thisYear: words(
      'this year | current year | the current year | this calendar year | year to date | so far this year',
    ),
    yearBeforeLast: words('year before last | the year before last | two years ago | two years back'),
    lastMonth: words(
      "last month | previous month | the previous month | past month | the past month | last month's",
    ),
    thisMonth: words('this month | current month | the current month'),
    lastQuarter: words(
      'last quarter | previous quarter | the previous quarter | past quarter | the past quarter',
    ),
    yearBefore: words(
      'the year before | a year earlier | the previous year | the prior year | a year before | the preceding year',
    ),
    past: words('last | past | previous | the last | the past | the previous | recent'),
    now: words('now | today | currently | at present | right now'),
  },
  range: {
    from: words('from | starting | starting in | beginning in'),
    to: words('to | until | till | through | thru | up to | up until | - | – | and'),
    between: words('between'),
    and: words('and'),
    since: words('since | from | starting | ever since'),
    versus: words(
      'vs | vs. | versus | against | compared with | compared to | relative to | as against | over',
    ),
    in: words('in | for | at | during | as of | by | around'),
  },
  numbers: {
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    fifteen: 15,
    twenty: 20,
    thirty: 30,
    forty: 40,
    fifty: 50,
    hundred: 100,
    thousand: 1000,
    twice: 2,
    'a dozen': 12,
    'one and a half': 1.5,
  },
  ordinals: {
    first: 1,
    '1st': 1,
    second: 2,
    '2nd': 2,
    third: 3,
    '3rd': 3,
    fourth: 4,
    '4th': 4,
    fifth: 5,
    '5th': 5,
    sixth: 6,
    seventh: 7,
    eighth: 8,
    last: -1,
  },
  units: {
    percent: words('percent | per cent | % | pct | percentage'),
    points: words('percentage points | percentage point | points | point | pp | pts | %-point | ppt'),
    eur: words('euro | euros | eur | €'),
    fte: words('fte | ftes | full-time equivalent | full-time equivalents | full time equivalents'),
    weeks: words('week | weeks | wks'),
    days: words('day | days | working days | business days'),
    months: words('month | months | mos'),
    years: words('year | years'),
    people: words(
      'people | persons | applicants | individuals | family members | relatives | asylum seekers | migrants',
    ),
  },
  scales: { billion: 1e9, bn: 1e9, million: 1e6, millions: 1e6, mln: 1e6, m: 1e6, thousand: 1e3, k: 1e3 },
  hedges: {
    atLeast: words('at least | no fewer than | no less than | a minimum of | minimum of'),
    atMost: words('at most | no more than | a maximum of | maximum of | not more than | up to'),
    nearly:
      words(`nearly | almost | close to | just under | just below | just shy of | not quite | a little under
      slightly under | slightly below | shy of | getting on for`),
    over: words(`more than | over | above | upwards of | in excess of | well over | exceeded | exceeding | pass | passes | passed | exceed | exceeds | surpass | surpasses | tops
      topped | surpassed | pass | passes | passed | exceed | exceeds | surpass | surpasses | tops | just over | just above | a little over | slightly over | slightly above | beyond | north of`),
    below: words('less than | fewer than | below | under | beneath | lower than | south of'),
    about: words(`about | around | approximately | approx | approx. | roughly | some | circa | ca | ca.
      an estimated | estimated | of the order of | in the order of | give or take | or so | ~ | ±`),
    exact: words('exactly | precisely | a total of | a full'),
  },
  claim: {
    up: words(`rose | risen | rise | rising | rises | increase | increased | increases | increasing | grew | grown
      grow | growing | grows | growth | climbed | climb | climbs | climbing | jumped | jump | jumps | soared
      surged | surge | went up | gone up | go up | doubled | tripled | trebled | quadrupled | up | higher
      spiked | spike | ballooned | mounted | expanded | picked up | shot up | swelled | rose to`),
    down: words(`fell | fallen | fall | falling | falls | dropped | drop | drops | dropping | declined | decline
      declines | declining | decreased | decrease | decreases | decreasing | dipped | dip | dips | shrank
      shrunk | shrinking | shrink | went down | gone down | go down | halved | slumped | plunged | plummeted
      tumbled | down | lower | cut | cuts | reduced | reduction | reduce | eased | slid | slipped | sank
      contracted | shortened | shrinking | lost`),
    stable: words(`stable | unchanged | flat | barely changed | hardly changed | steady | the same
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
      greatest | longest | top | never before so many | never so many | unprecedented | a high`),
    lowest: words(
      'lowest | fewest | least | smallest | quietest | shortest | all-time low | record low | a low | trough',
    ),
    ever: words(
      'ever | all-time | all time | on record | in history | never before | of all time | record | record high | record low | all-time high | all-time low',
    ),
    other: words('any other | every other | all other | any | every | the other | each other'),
    streak: words('in a row | consecutive | straight | running | successive | on the trot'),
    again: words('again | further | once more | still'),
    only: words('only | just | merely | barely | a mere | no more than'),
    shareOf: words('of all | of the | of | of total | of the total'),
    outOf: words('out of | in | of every'),
    times: words('times | x | fold | -fold | times as many | times as much | times more | times higher'),
    change: words('change | difference | shift | swing'),
  },
  multiples: {
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
  age: {
    older:
      words(`older than | longer than | more than | over | above | for more than | for longer than | for over
      upwards of | beyond`),
    younger: words(
      'younger than | shorter than | less than | under | up to | within | for less than | no older than',
    ),
    old: words('old | pending | open | waiting | in progress'),
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
    age: words(`children | child | minors | minor | underage | kids | young people | youth | elderly
      age of applicants | age of the applicants | applicants' age | years old | adults | babies`),
    nationality:
      words(`syrian | syrians | syria | eritrean | eritreans | eritrea | turkish | turks | turkey | turkiye
      indian | indians | india | afghan | afghans | afghanistan | iraqi | iraqis | iraq | iranian | iranians
      iran | yemeni | yemenis | yemen | somali | somalis | somalia | moroccan | moroccans | morocco
      algerian | algerians | algeria | ukrainian | ukrainians | ukraine | russian | russians | russia
      chinese | china | american | americans | filipino | filipinos | philippines | tunisian | tunisians
      tunisia | nigerian | nigerians | nigeria | german | germans | polish | poles | brazilian | brazilians
      egyptian | egyptians | pakistani | pakistanis | ethiopian | ethiopians | sudanese | libyan | libyans
      palestinian | palestinians | stateless | by nationality | per nationality | by country | per country`),
    forecast: words(`forecast | forecasts | prediction | predictions | predict | predicted | expected | expect
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
      election | elections | politics | minister | cabinet | party | vote | poem | joke | movie | song`),
    sector: words(
      'sector | sectors | industry | industries | ict | tech | healthcare | education | hospitality | construction | agriculture | employer | employers | company | companies',
    ),
  },
};
