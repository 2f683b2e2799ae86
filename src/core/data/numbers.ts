// Word lists for reading figures. Source: AP Stylebook entries "numerals",
// "dimensions", "addresses", "ages", "scores"; compiled by hand for Copydesk.

export const UNIT_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};

export const TENS_WORDS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

export const SCALE_WORDS: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
};

/** Money words that follow a figure: "5 million euros". */
export const CURRENCY_WORD_LIST = ['dollars', 'euros', 'hryvnia', 'hryvnias', 'rubles', 'roubles', 'yuan', 'yen', 'rupees', 'francs', 'pesos', 'shekels', 'won'];
/** Money suffixes that follow a figure: "5 million euros". */
export const CURRENCY_WORDS = new RegExp(`^\\s+(?:${CURRENCY_WORD_LIST.join('|')})\\b`, 'i');

/** Words before a number that make it a label, not a quantity: "Section 230", "Flight 370" (case as written). */
export const LABEL_WORDS = [
  'No', 'Nos', 'Number', 'number', 'Section', 'section', 'Sec', 'Article', 'article', 'Art', 'Chapter', 'chapter',
  'Title', 'Rule', 'rule', 'Amendment', 'Proposition', 'Prop', 'Measure', 'Route', 'Highway', 'Interstate', 'Room',
  'room', 'Suite', 'Floor', 'floor', 'Page', 'page', 'pages', 'Flight', 'flight', 'Platform', 'platform', 'Gate',
  'gate', 'Precinct', 'precinct', 'District', 'district', 'Ward', 'ward', 'Unit', 'unit', 'Apartment', 'Apt',
  'Building', 'Block', 'Lot', 'Exit', 'exit', 'Channel', 'channel', 'Level', 'level', 'Category', 'category',
  'Grade', 'grade', 'Stage', 'stage', 'Phase', 'phase', 'Version', 'version', 'Episode', 'episode', 'Season',
  'season', 'Volume', 'Vol', 'Issue', 'issue', 'Case', 'Docket', 'Bill', 'bill', 'Item', 'item', 'Question',
  'question', 'Resolution', 'Ordinance', 'Bus', 'bus', 'Line', 'line', 'Game', 'game', 'Round', 'round', 'Week',
  'week', 'Day', 'day', 'Act', 'Part', 'part', 'Schedule', 'Form', 'Table', 'Figure', 'Fig', 'Class', 'class',
  'Division', 'division', 'Regiment', 'Brigade', 'Battalion', 'Squadron', 'Corps', 'Fleet', 'Region', 'Zone', 'zone',
  'Sector', 'sector', 'Terminal', 'terminal', 'Pier', 'Lane', 'Box', 'Code', 'code', 'Model', 'model', 'Type',
  'type', 'Mark', 'Mk', 'Size', 'size', 'Tier', 'tier', 'ranked', 'Ranked', 'rank', 'Rank', 'jersey', 'Jersey',
  'Hole', 'hole', 'Lap', 'lap', 'Pick', 'pick', 'Position', 'position', 'Seed', 'seed', 'Population', 'Verse',
  'verse', 'Psalm', 'Track', 'track', 'Studio', 'Bay', 'Berth', 'Camp', 'Post', 'Station', 'Pillar', 'Priority',
  'priority', 'Clause', 'clause', 'Paragraph', 'paragraph', 'Appendix', 'Exhibit', 'Annex', 'Protocol', 'Directive',
  'Regulation', 'Law', 'law', 'Decree', 'decree', 'Order', 'Statute',
];
/** A label word right before a number, as in "Section 230", "No. 7". */
export const LABEL_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${LABEL_WORDS.join('|')})\\.?\\s+#?$`, 'u');

/**
 * The units of MEASURE_AFTER, as written (case matters): plain text, no pattern characters, so a
 * lookup of the word after a number can tell whether the pattern can match.
 */
export const MEASURE_UNITS = [
  'miles', 'mile', 'kilometers', 'kilometer', 'kilometres', 'kilometre', 'km', 'meters', 'meter', 'metres', 'metre', 'm',
  'cm', 'mm', 'feet', 'foot', 'ft', 'inches', 'inch', 'in', 'yards', 'yard', 'acres', 'acre', 'hectares', 'hectare',
  'degrees', 'degree', '°C', '°F', '°', 'kg', 'kilograms', 'kilogram', 'grams', 'gram', 'g', 'lbs', 'lb', 'ounces', 'ounce',
  'oz', 'tons', 'ton', 'tonnes', 'tonne', 'gallons', 'gallon', 'liters', 'liter', 'litres', 'litre', 'mph', 'km/h', 'kph',
  'knots', 'square', 'sq', 'cubic', 'megawatts', 'megawatt', 'MW', 'GW', 'gigawatts', 'gigawatt', 'kilowatts', 'kilowatt',
  'kWh', 'calories', 'decibels', 'dB', 'magnitude', 'storeys', 'stories', 'floors', 'pages', 'words',
];
/** A unit of measure after a number: a dimension, not a count. */
export const MEASURE_AFTER = new RegExp(`^[\\s-]*(?:${MEASURE_UNITS.join('|')})\\b`);

/** The words of DURATION_AFTER (any case), plain lower-case words for the same reason. */
export const DURATION_WORDS = [
  'seconds', 'second', 'minutes', 'minute', 'hours', 'hour', 'days', 'day', 'weeks', 'week', 'months', 'month', 'years',
  'year', 'decades', 'decade', 'centuries', 'century', 'nights', 'night', 'semesters', 'semester', 'terms', 'term',
  'innings', 'laps', 'lap', 'rounds', 'round', 'generations', 'generation', 'sessions', 'session', 'shifts', 'shift',
  'quarters', 'quarter',
];
/** Something after a number that makes it a duration: "for 10 days". */
export const DURATION_AFTER = new RegExp(`^[\\s-]+(?:${DURATION_WORDS.join('|')})\\b`, 'i');

/** Words before a figure that hedge it, and what they do to its interval; the first group that matches wins. */
export const HEDGE_PHRASES: Array<[string[], 'about' | 'over' | 'under' | 'nearly']> = [
  // "no more than" caps a figure and "no fewer than" floors it: test them before "more than"/"fewer than".
  [['no more than', 'no greater than', 'no higher than'], 'under'],
  [['no fewer than', 'no less than', 'no lower than'], 'over'],
  [['about', 'around', 'roughly', 'approximately', 'approx.', 'some', 'an estimated', 'estimated', 'circa'], 'about'],
  [['more than', 'over', 'at least', 'upwards of', 'in excess of', 'north of', 'just over', 'well over', 'nicely over', 'above', 'exceeding', 'beyond'], 'over'],
  [['less than', 'fewer than', 'under', 'below', 'up to', 'as many as', 'as much as', 'no more than', 'at most', 'just under', 'as high as'], 'under'],
  [['nearly', 'almost', 'close to', 'just shy of', 'not quite'], 'nearly'],
];

/** The hedge phrases as patterns on the text before a figure: `\b(?:phrase|...)\s+$`, any case. */
export const HEDGES: Array<[RegExp, 'about' | 'over' | 'under' | 'nearly']> = HEDGE_PHRASES.map(([phrases, hedge]) => [
  new RegExp(`\\b(?:${phrases.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s+$`, 'i'),
  hedge,
]);

/** Capitalized words that can stand right before a figure without making it a label. */
export const FIGURE_LEAD_WORDS = new Set([
  'About', 'Around', 'Roughly', 'Approximately', 'Some', 'Nearly', 'Almost', 'More', 'Over', 'Only',
  'Just', 'At', 'By', 'Of', 'All', 'The', 'Another', 'Those', 'These', 'Exactly', 'Up', 'Fewer',
  'Less', 'Between', 'From', 'To', 'In', 'On', 'And', 'But', 'Or', 'With', 'Without', 'About',
  'Fully', 'Still', 'Yet', 'Nine', 'That', 'This', 'Since', 'Until', 'Under', 'Below', 'Above',
  'Some', 'Nearly', 'Estimated', 'An', 'A', 'Another', 'Even', 'Roughly', 'Well', 'Barely',
  'Least', 'Most', 'Than', 'Of', 'For', 'Among', 'While', 'After', 'Before', 'Although', 'Once',
  'When', 'If', 'As', 'Where', 'Whereas', 'Overall', 'Total', 'Altogether', 'I', 'We', 'They',
  'He', 'She', 'It', 'You', 'Officials', 'Police', 'Authorities',
]);

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6,
  jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

export const MONTH_PATTERN =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?';

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The month a word names ("Aug.", "August", "sept"), 1 to 12, or 0. */
export function monthOf(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  return Object.prototype.hasOwnProperty.call(MONTHS, w) ? MONTHS[w] : 0;
}

/** Whether a word names a month or a weekday ("Aug.", "Monday"). */
export function isCalendarWord(word: string): boolean {
  return monthOf(word) > 0 || WEEKDAYS.includes(word.replace(/\.$/, ''));
}

/** Words that make a sentence a report of a change or comparison, not a statement of one value. */
export const CHANGE_WORDS =
  /\b(?:rose|rise|rises|risen|rising|fell|fall|falls|fallen|falling|increas\w*|decreas\w*|grew|grow|grows|grown|growth|declin\w*|drop\w*|jump\w*|climb\w*|surg\w*|soar\w*|plung\w*|slid|slump\w*|tumbl\w*|doubl\w*|tripl\w*|halv\w*|up from|down from|compared|previous\w*|estimate for|revised)\b/i;

/** Words that make a pair of numbers a score or a tally. */
export const SCORE_WORDS =
  /\b(?:won|win|wins|winning|beat|beats|defeated|defeat|drew|draw|tied|tie|led|leading|trailed|trailing|score|scored|scores|victory|vote|voted|votes|tally|margin|halftime|half-time|innings|overtime|penalties|decision|ruling|verdict|passed|approved|rejected|confirmed|adopted|overrode|upheld)\b/i;
/** "lost 3-1", "a 2-1 loss": losing is a score word only right next to the numbers. */
export const LOSS_WORDS = /\b(?:lost|loses|lose|loss|losing)\s+$|^\s+(?:loss|defeat)\b/i;

/** Nouns that are game statistics wherever they appear. */
export const GAME_STAT_NOUNS = new Set([
  'rebound', 'rebounds', 'assist', 'assists', 'touchdown', 'touchdowns', 'strikeout', 'strikeouts', 'wicket', 'wickets',
  'birdie', 'birdies', 'bogey', 'bogeys', 'tackles', 'sacks', 'interceptions', 'innings', 'homers', 'three-pointers',
  'receptions', 'turnovers', 'runs batted in', 'rbis', 'aces', 'double-faults',
]);

/** Verbs of play: with them, an everyday noun ("points", "shots") is a game statistic. */
export const SPORT_VERBS = /\b(?:scored|scores|scoring|score|made|hit|hits|threw|throws|ran|rushed|caught|finished with|grabbed|blocked|saved|allowed|gave up|kicked|converted|sank|drained|shot|game-high|season-high|career-high)\b[^.;]*$/i;

/** Nouns of game statistics: a box score reported as an event, not a claim to source (with a verb of play). */
export const STAT_NOUNS = new Set([
  'point', 'points', 'rebound', 'rebounds', 'assist', 'assists', 'steal', 'steals', 'block', 'blocks', 'goal', 'goals',
  'yard', 'yards', 'touchdown', 'touchdowns', 'run', 'runs', 'hit', 'hits', 'strikeout', 'strikeouts', 'save', 'saves',
  'shot', 'shots', 'wicket', 'wickets', 'lap', 'laps', 'birdie', 'birdies', 'bogey', 'bogeys', 'ace', 'aces', 'tackle',
  'tackles', 'sack', 'sacks', 'interception', 'interceptions', 'inning', 'innings', 'homer', 'homers', 'pass', 'passes',
  'carries', 'receptions', 'catches', 'three-pointers', 'free', 'throws', 'turnovers', 'fouls', 'corners', 'wins',
  'losses', 'games', 'matches', 'sets', 'over', 'overs', 'pitches', 'walks', 'errors', 'strokes', 'under', 'par',
]);

/** A sentence about a game: box-score nouns in it ("points", "goals") are game statistics. */
export const SPORT_CONTEXT =
  /\b(?:rebounds?|assists?|touchdowns?|quarter|innings?|halftime|overtime|free throws?|3-pointers?|three-pointers?|league|playoffs?|scored|goals? against|penalty|penalties|standings|table)\b|\b\d{1,3}-\d{1,3}\b/i;
