// Abbreviations that end in a period without ending a sentence.
// Source: AP Stylebook abbreviations for titles, months, states and common
// business and Latin forms; compiled by hand for Copydesk.

/** Always followed by a name: the period never ends a sentence. */
export const TITLE_ABBREVIATIONS = new Set([
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Rev', 'Hon', 'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Sgt', 'Cpl',
  'Pvt', 'Adm', 'Cmdr', 'Cdr', 'Brig', 'Sen', 'Sens', 'Rep', 'Reps', 'Gov', 'Govs', 'Supt', 'Det',
  'Insp', 'Msgr', 'Fr', 'Sr', 'Sra', 'St', 'Ste', 'Mt', 'Ft', 'Pres', 'Atty', 'Amb', 'Spc', 'Ens',
  'PFC', 'Cpt', 'Sgts', 'Lts', 'Gens', 'Messrs', 'Mme', 'Mlle',
]);

/** Month abbreviations (AP): keep a following day with the month. */
export const MONTH_ABBREVIATIONS = new Set(['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec']);

/**
 * Abbreviations that can also end a sentence: the period ends one only when the
 * next word is one that usually starts a sentence.
 */
export const AMBIGUOUS_ABBREVIATIONS = new Set([
  'U.S', 'U.K', 'U.N', 'E.U', 'D.C', 'a.m', 'p.m', 'i.e', 'e.g', 'Inc', 'Corp', 'Co', 'Ltd', 'Jr',
  'etc', 'No', 'Nos', 'vs', 'approx', 'est', 'Ave', 'Blvd', 'Rd', 'Dept', 'Univ', 'Assn', 'Bros',
  'Calif', 'Conn', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Ky', 'La', 'Md', 'Mass', 'Mich', 'Minn',
  'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa', 'Tenn', 'Va', 'Vt', 'Wash', 'Wis',
  'Wyo', 'Ariz', 'Ark', 'Colo', 'Del', 'Ala', 'N.Y', 'N.J', 'N.C', 'S.C', 'N.M', 'N.D', 'S.D',
  'W.Va', 'R.I', 'N.H', 'a.k.a', 'Ph.D', 'Op', 'p', 'pp', 'Vol', 'Art', 'Sec', 'Fig', 'Ch',
]);

/** Words that usually begin a sentence; after an ambiguous abbreviation they mark a break. */
export const SENTENCE_STARTERS = new Set([
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'But', 'And', 'Or', 'So', 'Yet',
  'In', 'On', 'At', 'As', 'After', 'Before', 'When', 'While', 'If', 'This', 'That', 'These',
  'Those', 'There', 'Their', 'His', 'Her', 'Its', 'Our', 'My', 'Some', 'Many', 'Most', 'Officials',
  'Meanwhile', 'However', 'Still', 'Also', 'Then', 'Now', 'Since', 'Despite', 'For', 'With',
  'Among', 'Last', 'Earlier', 'Later', 'Both', 'Each', 'No', 'Not', 'What', 'Who', 'Why', 'How',
]);
