// Words that attribute a statement to a source. Source: AP Stylebook
// "said", "according to"; attribution verbs in wire copy; compiled by hand.

/** Verbs of saying, in the forms copy uses after or before a speaker. */
export const SPEECH_VERBS =
  'said|says|say|told|tells|stated|states|added|adds|wrote|writes|noted|notes|argued|argues|warned|warns|explained|explains|testified|acknowledged|acknowledges|announced|announces|confirmed|confirms|claimed|claims|insisted|insists|asked|asks|replied|replies|recalled|recalls|continued|concluded|estimated|estimates|reported|reports|posted|tweeted|disclosed|reveals|revealed|predicted|predicts|cautioned|cautions|stressed|stresses|emphasized|observed|remarked|responded|responds|answered|agreed|admitted|conceded|contended|maintained|suggested|suggests|declared|declares|shouted|whispered|recounted|countered|complained|boasted|vowed|pledged|promised|stated';

/** Words and phrases that attribute the figures of their sentence. */
const CUE_PHRASES = [
  ...SPEECH_VERBS.split('|'),
  'according to', 'citing', 'cited', 'estimate', 'found', 'finds', 'show', 'shows', 'showed', 'shown', 'indicated', 'indicates',
  'indicate', 'calculated', 'counted', 'recorded', 'tallied', 'projected', 'projects', 'figures from', 'data from',
  'statistics from', 'numbers from', 'estimates from', 'a report by', 'a study by', 'a survey by', 'a poll by', 'an analysis by',
  'in a statement', 'in a report', 'in a filing', 'in a post', 'in an interview', 'per', 'voted', 'approved', 'passed', 'adopted',
  'awarded', 'allocated', 'authorized', 'authorised', 'budgeted', 'fined', 'ordered', 'imposed', 'levied', 'announced', 'unveiled',
  'set bail', 'communicated', 'informed', 'survey of', 'poll of', 'survey by', 'poll by', 'in a survey', 'in a poll', 'the survey of', 'the poll of',
  // "Analysts surveyed by FactSet": the agent after "by" is the source, when one is named.
  'surveyed by', 'polled by', 'compiled by',
];
/** "released these figures", "published its data": a body giving out its own numbers. */
const RELEASE_VERBS = ['listed', 'released', 'published', 'issued', 'provided', 'gave', 'shared', 'compiled'];

/** A cue that attributes the figures of its sentence. */
export const CUE = new RegExp(
  `\\b(?:${CUE_PHRASES.join('|')}|(?:${RELEASE_VERBS.join('|')})\\s+(?:(?:these|the following|its|their|new|the|latest)\\s+)?(?:figures|numbers|data|statistics|totals|counts|estimates|results|breakdown))\\b`,
  'gi',
);

/** The words a cue can start with (lower case): only there is CUE tried. */
export const CUE_FIRST_WORDS: ReadonlySet<string> = new Set([...CUE_PHRASES.map((p) => p.split(' ')[0]), ...RELEASE_VERBS]);

/**
 * The first words of CUE's phrases that are no cue alone and no release verb ("in" of "in a
 * statement", "the" of "the poll of"): only before one space and a second word of a phrase
 * (CUE_SECOND_WORDS) can a cue start there.
 */
export const CUE_PHRASE_ONLY_WORDS: ReadonlySet<string> = new Set(
  CUE_PHRASES.filter((p) => p.includes(' '))
    .map((p) => p.split(' ')[0])
    .filter((w) => !CUE_PHRASES.includes(w) && !RELEASE_VERBS.includes(w)),
);

/** The second words of CUE's phrases ("a" of "in a statement", "to" of "according to"). */
export const CUE_SECOND_WORDS: ReadonlySet<string> = new Set(CUE_PHRASES.filter((p) => p.includes(' ')).map((p) => p.split(' ')[1]));

/** Cues that need a data-like or named subject nearby to count ("data show", "a study found"). */
export const SUBJECT_CUES = /^(?:found|finds|show|shows|showed|shown|indicated|indicates|indicate|recorded|counted|tallied|voted|approved|passed|adopted|awarded|allocated|authori[sz]ed|budgeted|fined|ordered|imposed|levied|unveiled)$/i;

/** Subjects that make the cues above attributions. */
export const DATA_SUBJECTS =
  /\b(?:data|figures|statistics|records|numbers|report|reports|study|studies|survey|surveys|poll|polls|analysis|research|researchers|review|audit|census|documents|estimates|count|tally|filing|filings|investigation|investigators|police|officials|authorities|ministry|department|agency|bureau|office|court|agency|scientists|economists|analysts|experts|council|board|commission|committee|legislature|parliament|congress|senate|assembly|judge|jury|regulators|voters|plan|budget|forecast|model|index|assessment)\b/i;

/**
 * Subjects that make the cues above attributions only right before them, or before them with a
 * short phrase of/from/at/for/in after them ("the results show", "the box score shows", "Results
 * from the primary show", "Transcripts of the hearing show"): anywhere else they are everyday
 * words ("Minutes later, rescuers found 12 survivors").
 */
export const DATA_SUBJECTS_RIGHT_BEFORE =
  /\b(?:results|returns|box scores?|standings|tallies|transcripts?|minutes|logs|projections|measurements|readings)(?:\s+(?:of|from|at|for|in)\s+[^,.;:!?]{1,40}?)?\s+$/i;

/** Participles that, after "is/are/was/were/been", are passive and need "by ..." to name a source. */
export const PASSIVE_CUES = /^(?:estimated|reported|projected|counted|recorded|tallied|said|shown|found|indicated)$/i;

/** Words that open a sentence continuing the previous one's attributed account. */
export const CONTINUATION_START =
  /^\s*["“]?(?:He|She|They|It|That|This|Those|These|Another|Other|Of those|Of them|Some|Most|Many|The figure|The number|The toll|The estimate|The total|The count|Among them|Among those|Including|Also|In addition|Meanwhile|Still)\b/;

/** Lines that name the source of a table, a list or a paragraph: "Source: Census Bureau". */
export const SOURCE_LINE = /^\s*(?:Sources?|Data|Figures|Source data|Credit)\s*:/i;

/** The nouns of OWNED_FIGURES_CUE ("s?": with or without a plural s). */
const OWNED_NOUNS = ['estimates?', 'figures', 'data', 'statistics', 'report', 'count', 'tally', 'survey', 'poll', 'census', 'records', 'numbers?', 'projections?', 'analysis', 'assessment'];

/** The same nouns spelled out: a sentence without one of them as a whole word is not searched. */
export const OWNED_FIGURE_NOUNS: readonly string[] = OWNED_NOUNS.flatMap((n) => (n.endsWith('s?') ? [n.slice(0, -2), n.slice(0, -1)] : [n]));

/** A named body's or person's own figures: "a Pentagon estimate", "Health Ministry data", "Milley's number". */
export const OWNED_FIGURES_CUE = new RegExp(
  `((?:\\p{Lu}[\\p{L}.'\\u2019-]*\\s+){0,3}\\p{Lu}[\\p{L}.-]*)(?:['\\u2019]s)?\\s+(?:own\\s+)?(?:${OWNED_NOUNS.join('|')})\\b`,
  'u',
);
