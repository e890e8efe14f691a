import type { LexiconWords } from '../types.js';
import { words } from '../words.js';

/** English: what carries no content, what a question asks and the words that change the answer. */
export const EN_CORE: Pick<LexiconWords, 'function' | 'verbs' | 'ask' | 'markers'> = {
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
    what | which | who | whom | whose | when | where | how | whats | what's | how's | hows
    please | pls | plz | thanks | thank you | thx | ty | cheers | hi | hello | hey | dear | kindly
    ok | okay | yes | no | sure | well | now then | quick one | quick question | question | questions
    number | numbers | figure | figures | stat | stats | statistic | statistics | data | info
    information | overview | breakdown | count | counts | tally | amount of | level | levels | volume
    people | persons | person | individuals | applicants | applicant | foreigners | migrants | migrant
    newcomers | case | file | files | request | service | agency | office | organisation | organization
    know | want | wanted | like | need | needed | find | look up | tell | tell me | wonder | wondering
    curious | let me know | i'd like | i would like | can you tell | could you tell | do you know
    alone | actually | really | exactly | precisely | truly | in fact | basically | overall? | roughly?
    all | every | each | any | some | many | much | several | few | other | others | another | both
    either | neither | such | same | own | such as | like | e.g | eg | i.e | ie | etc
    kind | kinds | type | types | sort | category | categories | group | groups | sort of
    published | publish | publishes | publication | publications | report | reports | reported
    official | officially | available | known | recorded | registered | listed | stated | show up
    then | that year | that month | the same year | that same year | in the same year | back then | at that time | at the time | the time
    really | very | quite | rather | pretty | fairly | somewhat? | lot | lots | a lot | a lot of
    whole | entire | altogether? | around? | there were | there was | were there | was there
    dutch? | ind | the ind | ind's
    permit | permits | residence permit | residence permits | residence | new | someone | somebody | anyone
    respond | responded | manage | managed | handle it | deal with | get back | use | uses | route | routes
    last | lasted | lasts | took | takes | needed to | needs
    led | leads | resulted | result in | ended in | possibility | chance
    send | sends | sent | sending | ask | asks | asked | asking | wait | waits | happens | occur | occurred
    stuck | sitting | languishing | reaching | reached | hitting | standing at | ending at | ending | out | off
    level | levels | mark | point | figure of | total of
    did it take until | does it take until | it took until | wait until | waited until | to wait until
    i'm | i am | im | i work | i work for | i work at | working on | looking at | looking into | policy advisor
    policy adviser | policy officer | journalist | reporter | researcher | editor | for a story | a story
    story on | story about | for an article | an article | article on | article about | for a piece | a piece
    piece on | piece about | i'm writing | i am writing | writing | newspaper | local newspaper | regional newspaper
    for my | for our | thesis
    i am preparing | i'm preparing | preparing | a briefing | briefing | memo | a memo | note | a note
    presentation | i mean | that is | in other words | foreigners | ppl | folks | wanted to | want to
  `).filter((w) => !w.endsWith('?')),
  verbs: words(`
    was | were | is | are | has | have | had | received | registered | recorded | counted | paid
    worked | working | brought | brought in | earned | generated | yielded | ran | run | runs
    employ | employs | issue | issues | hand out | handed out
    took | made | decided | granted | issued | lodged | filed | submitted | came | arrived | rose
    fell | grew | dropped | dipped | declined | increased | decreased | doubled | tripled | halved
    shrank | climbed | reached | hit | stood | remained | stayed | saw | posted | logged | handled
    processed | peaked | accounted | formed | made up | totalled | totaled | topped | exceeded
    surpassed | jumped | soared | plunged | slumped | went | cut | reduced | applied | waited
    needed | took | spent | employed | hired | won | lost | approved | rejected | closed | settled
    came in | dealt with | decided on | ruled | upheld | reunited | travelled | traveled | entered
    there were | there was | there are | there is | there have been | there has been
    naturalised | naturalized | amounted to | amounts to | came to | stood at
    expects | expected | predicts | predicted | forecasts | will | is expected to | are expected to
    came from | come from | comes from | continued | kept | fell back | went down | went up | rose to | fell to | dropped to | slid | eased
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
      how big a share | fraction | %`),
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
      chart | graph | timeline | developed | develop | evolved | evolve | has developed | has evolved | progressed`),
    ranking: words(`top | top 3 | top three | top-3 | top3 | nationality | nationalities | country of origin
      countries of origin | origin countries | which countries | where from | come from | came from
      most common nationalities | main nationalities | main countries | main countries of origin | leading nationalities | largest groups | biggest groups | ranking | ranked | rank | by nationality | in order | in rank order`),
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
      month on month | the months | a month | monthly figures | monthly numbers | monthly statistics`),
    perYear: words(
      'per year | yearly | annually | annual | each year | every year | by year | every single year | year after year',
    ),
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
      'said | say | says | stated | gave | listed | showed | printed | reported | report | reports | according to | as published | published in',
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
      is that right | is this accurate | true?
      tweet | press release | headline | a politician said | politician says`),
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
    speaker: words(`minister | the minister | a minister | minister's | speech | campaign speech | op-ed
      oped | opinion piece | column | social post | social media post | post | spokesperson | politician
      mp | interview | debate | claimed | wrote | writes | breaking | breaking news | just in | exclusive
      headline | tweet | tweeted | thread | viral | viral post`),
  },
};
