import type { Lexicon } from './types';

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Reporting words that can follow an English quotation: '…," he said' / '…," said Smith'. */
const POST_CUES = words(`
said says say added adds told tells asked asks wrote writes continued continues explained
explains noted notes argued argues insisted insists stated states tweeted tweets declared
declares recalled recalls warned warns claimed claims replied replies responded responds
answered answers remarked observed conceded concedes acknowledged acknowledges admitted admits
joked jokes quipped shouted shouts yelled exclaimed whispered complained complains lamented
predicted suggested suggests announced boasted countered cautioned emphasized stressed
concluded agreed offered posted reads read recounted confirmed confirms explained testified
pleaded begged urged vowed promised mused wondered pointed went saying adding telling asking
writing noting arguing insisting warning continuing explaining according reported reports
demanded wrote retorted snapped interjected charged barked retaliated mocked mocks scoffed chided
fumed griped gushed thundered bellowed muttered murmured sighed marveled marvelled chimed sniped
railed groused teased protested objected interrupted concludes pressed repeated proclaimed proclaims chanted
commented emailed texted messaged screamed sang pledged exclaims quips laments jokes cried cries
roared laughed shrieked hollered
`);

export const enLexicon: Lexicon = {
  lang: 'en',
  postCues: POST_CUES,
  // English puts the speaker either side ('he said', 'said Mr. Kamin'); the parser decides.
  cueFirst: words('according'),
  speechVerbs: words(`
said says say saying added adds adding told tells telling asked asks asking wrote writes writing
continued explained noted noting argued arguing argues insisted insisting stated tweeted tweets
tweeting declared declaring recalled recalling warned warning warns claimed claiming claims
replied responded answered remarked observed conceded acknowledged admitted joked quipped
shouted yelled exclaimed complained lamented predicted suggested suggesting announced boasted
countered cautioned emphasized stressed concluded agreed posted reads recounted confirmed called
calling calls described describing describes praised praising promised promising vowed vowing
urged urging criticized criticised criticizing blasted slammed accused accusing labeled labelled
dubbed termed branded denounced pledged characterized referred referring mocked touted touting
decried dismissed insists declares demanded demanding questioned condemned condemning hailed
lauded pledged proclaimed proclaiming chanted chanting shouting sang sings screamed texted emailed
messaged reported reporting reports announced announcing testified cited citing cites proclaimed
nicknamed labeling mocking likened likening compared commented retorted snapped interjected barked
scoffed chided fumed griped gushed thundered bellowed muttered murmured sighed marveled marvelled
chimed sniped railed groused teased assured elaborated surmised confessed echoed riffed cracked
`),
  indirectVerbs: words(`
said says say saying told tells telling added adds adding noted notes noting argued argues arguing
claimed claims claiming insisted insists insisting warned warns warning suggested suggests
suggesting acknowledged acknowledges acknowledging admitted admits reported reports announced
announces announcing stated states explained explains explaining contended contends maintained
maintains predicted predicts estimated estimates found finds showed shows show believe believes
believed think thinks thought know knows knew want wants wanted hope hopes hoped expect expects
expected fear fears feared worry worries worried agreed agrees confirmed confirms denied denies
testified wrote writes tweeted emphasized emphasizing stressed stressing asserted asserts alleged
alleges charged charges recalled recalls cited cites citing called calls calling described
describes describing praised praises criticized criticised criticizes blasted attacked accused
accuses accusing urged urges urging vowed vows pledged pledges promised promises promising
proposed proposes proposing plans planned demanded demands demanding questioned questions
questioning rejected rejects endorsed endorses mentioned mentions discussed discusses responded
indicated indicates revealed reveals understood decided declined concluded concludes conceded
concedes complained complains countered insist assert argue claim warn suggest acknowledge
announce explain predict estimate agree deny recall cite describe praise criticize blame blamed
blames accuse urge pledge promise propose demand question reject endorse mention discuss
learned disclosed disclosing observed observes remarked wondered asked asks asking
support supports supported supporting discuss discussed discussing ruled endorsed endorsing
encouraged encouraging encourages attacked attacking attacks rated talked talks talk talking spoke
speaks speaking focused focusing blasted slammed touted touting defended defending defends
referred dismissed dismissing wonders wondering pointed pushed urged insisting pledging vowing
mocked mocking backed backs opposed opposes opposing echoed echoing likened likening viewed views
considers considered declared declares condemned condemns condemning denounced denouncing
criticizing slamming disputed disputes disputing outlined detailed signaled signalled chastised
comparing compared admires admired doubted doubts doubt suspect suspects suspected
refuses refused refusing seeks seeking sought promoted promotes promoting reveal revealing
reiterated reiterates reiterating highlighted highlights highlighting portrayed portrays framed
characterized characterizes characterizing lamented laments lamenting bemoaned decried decries
hinted hints implied implies implying speculated speculates assured assures reassured informed
advised cautioned cautions recommended recommends recognized recognizes recognizing consider
`),
  complementizers: words('that'),
  speechNouns: words(`
claim claims statement statements remark remarks comment comments words tweet tweets assertion
promise pledge description call message speech letter op-ed column post interview testimony
warning argument description characterization response reply answer vow slogan motto phrase
`),
  accordingTo: new Set(['according to']),
  pronouns: new Map<string, 'person' | 'group' | 'any'>([
    ['he', 'person'], ['she', 'person'], ['they', 'group'], ['we', 'group'], ['i', 'person'],
    ['it', 'any'], ['who', 'any'],
  ]),
  pronounSuffix: null,
  skipBetween: words(`
also has have had previously later then once recently earlier again repeatedly simply further
would will could might may just often frequently already still himself herself themselves
publicly privately reportedly flatly initially originally famously quickly now still
ultimately often frequently usually never always
almost apparently clearly immediately openly quietly eventually finally subsequently personally
specifically explicitly directly sharply strongly actually really seemingly largely mostly
generally rarely sometimes
`),
  phraseStops: words(`
in at on during when while after before as of to about from for with who which that because
and but though although referring speaking pointing adding noting told says said
`),
  sourceNouns: words(`
source sources official officials spokesman spokeswoman spokesperson aide aides adviser advisers
advisor advisors campaign report reports statement statements analyst analysts expert experts
critic critics poll polls survey surveys study studies observers people police authorities
lawyer lawyers attorney attorneys prosecutors prosecutor investigators researchers economists
documents document memo letter filing complaint lawsuit ad ads website post article story
administration government committee group organization agency department ministry leaders
democrats republicans voters supporters members aide staffers staff insiders executives
narrator clip video spot reporters correspondent editorial newspaper paper magazine network
`),
  determiners: words(`
a an the this that these those another one two three several some many most other his her their
its our your my both each any all few
`),
  functionWords: words(`
the and of to in is that for it was on with as he said be at by his this have from are not but
had they you has were an which she or we their been would will there who more about after
`),
};

/** Verbs that report a reply with "back" after them ("Clinton shot back, “…”", "fired back:"). */
export const REPLY_BACK_VERBS = words(`shot fired hit snapped`);

/**
 * Heads of descriptive sources that are not people: documents, polls, outlets, messages.
 * A quotation attributed to one ("according to a new poll", "the letter warns") keeps the
 * source as written, typed as an organisation rather than a person.
 */
/** Subject pronouns that open the clause a cue reports ("… said he would …"). */
export const CLAUSE_SUBJECTS = words('he she they we i');

/** Cues whose object is a person spoken to ("he told the crowd", "asked the mogul"), not what was said. */
export const ADDRESSING_CUES = words('told tells telling asked asks asking urged urges reminded warned assured promised thanked');

/**
 * What a source issues and then is said to say with it ("put out a statement saying …"): the
 * document is the object, its issuer the speaker. Reports, polls and studies stay out: they
 * are often the source themselves ("released a poll showing …").
 */
export const ISSUED_DOCUMENTS = words('statement statements release message messages letter letters memo email emails note tweet post');

export const DOCUMENT_SOURCES = words(`
report reports survey surveys poll polls study studies statement statements letter letters memo
memos document documents filing complaint lawsuit indictment ruling opinion order ad ads advert
advertisement commercial spot video clip email emails tweet tweets post posts message messages
website site article story editorial column newspaper paper magazine network release transcript
analysis review audit investigation petition resolution bill platform headline caption sign
signs banner banners flier flyer mailer note textbook book
`);

/**
 * Nouns for people that are not titles ("the actor", "the Afro-Colombian journalist"). With the
 * titles and the source nouns they head a described subject ("The judge then turned to me.")
 * that a later "he said" may refer to.
 */
export const PERSON_NOUNS = words(`
actor actress star journalist anchor host comedian singer rapper musician lawmaker businessman
businesswoman billionaire writer author columnist commentator reporter activist worker resident
voter student teacher veteran mother father son daughter wife husband woman man girl boy pastor
priest nurse doctor owner founder entrepreneur player coach athlete filmmaker producer artist
economist scholar professor historian strategist consultant operative donor protester protesters
demonstrators crowd audience fans organizers organisers candidate nominee
`);

/**
 * People who speak for someone else: "a spokeswoman for X", "a lawyer for X", "an aide to X".
 * The quotation is theirs, so the whole description is its source, not X.
 */
export const AGENT_NOUNS = words(`
spokesman spokeswoman spokesperson spokesmen spokeswomen spokespeople lawyer lawyers attorney
attorneys aide aides adviser advisers advisor advisors representative representatives
`);

/** A lower-case plural noun ending a description ("Trump supporters"; not "status", "his", "it's"). */
export const PLURAL_NOUN = /[^su'’]s$/;

/** One-word plurals of a nation, party or creed ("Latinos", "Republicans", "Democrats", "Chinese"). */
export const GROUP_PLURAL = /^\p{Lu}\p{Ll}+(?:ians|cans|crats|inos|anos|ims|ists|ites|ese|ics)$/u;
