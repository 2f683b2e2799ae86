// Generates news-like Markdown from a fixed seed, for the benchmarks: varied
// paragraphs, quotes, figures, names, lists, tables and code blocks.

/** mulberry32: a small seeded PRNG, so every run benchmarks the same text. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Dana', 'Mark', 'Priya', 'Tomas', 'Ruth', 'Alan', 'Gloria', 'Harold', 'Marisol', 'Ken', 'Amara', 'Lena', 'Omar', 'Sofia', 'Jun', 'Ines'];
const LAST = ['Whitcombe', 'Halvorsen', 'Raman', 'Kowalczyk', 'Castellano', 'Pruitt', 'Haddad', 'Beaumont', 'Ferreira', 'Okafor', 'Lindqvist', 'Nakamura', 'Brannigan', 'Dunmore', 'Achebe', 'Moreau'];
const TITLES = ['Mayor', 'Sen.', 'Gen.', 'Dr.', 'Chief', 'Gov.', 'Judge', 'Rep.'];
const ROLES = ['the city\'s finance director', 'a spokeswoman for the agency', 'the county\'s emergency manager', 'a professor of economics', 'the union\'s president', 'a senior analyst'];
const NOUNS = ['residents', 'homes', 'troops', 'students', 'patients', 'voters', 'workers', 'businesses', 'acres', 'vehicles'];
const EVENTS = ['were evacuated', 'were injured', 'lost power', 'were displaced', 'were hired', 'were arrested', 'were vaccinated'];
const PLACES = ['Millbrook', 'Ashby', 'Belton', 'Tessa County', 'Harbor City', 'Lakeview', 'North Fork'];
const MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

function pick(r, xs) {
  return xs[Math.floor(r() * xs.length)];
}

function num(r) {
  const n = Math.floor(r() * 90000) + 100;
  return n.toLocaleString('en-US');
}

function paragraph(r, people) {
  const p = pick(r, people);
  const q = pick(r, people);
  const kind = Math.floor(r() * 10);
  switch (kind) {
    case 0:
      return `${p.full}, ${pick(r, ROLES)}, said ${num(r)} ${pick(r, NOUNS)} ${pick(r, EVENTS)} in ${pick(r, PLACES)} between ${pick(r, MONTHS)} ${1 + Math.floor(r() * 27)} and the end of the month.`;
    case 1:
      return `“We have never seen numbers like this,” ${p.last} said. “${num(r)} ${pick(r, NOUNS)} is more than we planned for, and the budget was ${(r() * 9 + 1).toFixed(1)} million dollars.”`;
    case 2:
      return `About ${num(r)} ${pick(r, NOUNS)} ${pick(r, EVENTS)}, according to figures from the ${pick(r, PLACES)} health department. That is up ${Math.floor(r() * 40) + 1} percent from last year.`;
    case 3:
      return `The council voted ${Math.floor(r() * 5) + 4}-${Math.floor(r() * 3)} on Tuesday to spend $${(r() * 9 + 1).toFixed(1)} million on repairs. ${q.title} ${q.last} called the vote "a start, not a finish."`;
    case 4:
      return `Crews worked through the night on ${Math.floor(r() * 900) + 100} ${pick(r, ['Main', 'Elm', 'River', 'Oak'])} Street, where a ${Math.floor(r() * 50) + 20}-year-old driver was hurt at ${Math.floor(r() * 11) + 1} p.m. The road reopened in ${1900 + Math.floor(r() * 120)}'s old alignment, officials said.`;
    case 5:
      return `${num(r)} ${pick(r, NOUNS)} were counted in the latest survey, and ${Math.floor(r() * 60) + 10} percent of them ${pick(r, EVENTS)}. ${p.last} told reporters the trend would continue.`;
    case 6:
      return `In a statement, the ${pick(r, PLACES)} police department said ${Math.floor(r() * 40) + 2} people ${pick(r, EVENTS)} and that a further ${Math.floor(r() * 20) + 2} were being treated. “It could have been far worse,” the statement said.`;
    case 7:
      return `The [annual report](https://example.org/reports/${Math.floor(r() * 9999)}) puts the deficit at $${(r() * 90 + 5).toFixed(1)} million, or ${(r() * 9 + 1).toFixed(1)} percent of spending, the auditor wrote.`;
    case 8:
      return `${p.full} was born in ${1940 + Math.floor(r() * 60)} and joined the department in ${1980 + Math.floor(r() * 40)}. ${p.last}, ${Math.floor(r() * 40) + 30}, said the work had changed "more than anyone expected."`;
    default:
      return `Officials said the storm dropped ${(r() * 9 + 1).toFixed(1)} inches of rain in ${Math.floor(r() * 20) + 4} hours, and ${num(r)} homes ${pick(r, EVENTS)} across ${pick(r, PLACES)}.`;
  }
}

function list(r) {
  const items = [];
  for (let i = 0; i < 3 + Math.floor(r() * 4); i++) items.push(`- ${num(r)} ${pick(r, NOUNS)} in ${pick(r, PLACES)}`);
  return `The county listed these figures:\n\n${items.join('\n')}`;
}

function table(r) {
  const rows = [];
  for (let i = 0; i < 3 + Math.floor(r() * 4); i++) rows.push(`| ${pick(r, PLACES)} | ${num(r)} | ${Math.floor(r() * 99)} percent |`);
  return `| Town | Homes | Share |\n| --- | ---: | ---: |\n${rows.join('\n')}\n\nSource: County assessor`;
}

function code(r) {
  return `\`\`\`text\nrecord ${num(r)} forty,000 said ${pick(r, LAST)}\n\`\`\``;
}

/** A news-like Markdown document of about `bytes` characters. */
export function generateDraft(bytes, seed = 42) {
  const r = rng(seed);
  const out = [`---\ntitle: Benchmark story ${seed}\ndate: 2024-04-18\n---\n`];
  let size = out[0].length;
  let story = 0;
  while (size < bytes) {
    // A story: a headline, a cast of people introduced in full, then paragraphs.
    const people = Array.from({ length: 4 }, () => {
      const first = pick(r, FIRST);
      const last = pick(r, LAST);
      return { first, last, full: `${first} ${last}`, title: pick(r, TITLES) };
    });
    const parts = [`# Story ${++story}: ${pick(r, PLACES)} counts the cost`, `${people.map((p) => `${p.title} ${p.full}`).join(', ')} spoke at the meeting, the clerk said.`];
    const n = 8 + Math.floor(r() * 10);
    for (let i = 0; i < n; i++) {
      const roll = r();
      parts.push(roll < 0.08 ? list(r) : roll < 0.14 ? table(r) : roll < 0.18 ? code(r) : paragraph(r, people));
    }
    const block = `${parts.join('\n\n')}\n\n`;
    out.push(block);
    size += block.length;
  }
  return out.join('').slice(0, Math.max(bytes, 200));
}

/** A draft of about `words` words (the 5,000-word editing benchmark). */
export function generateWords(words, seed = 7) {
  let text = generateDraft(words * 7, seed);
  while (text.split(/\s+/).length < words) text += generateDraft(2000, seed + text.length);
  return text;
}

/**
 * `count` successive one-character edits of `text` from a fixed seed, as a writer types: a vowel
 * put in at a random place each time. Yields each new text. The bench's edit latency, in process
 * and through the worker, times the same edits.
 */
export function* typedEdits(text, count, seed = 99) {
  const r = rng(seed);
  for (let i = 0; i < count; i++) {
    const at = Math.floor(r() * text.length);
    text = `${text.slice(0, at)}${'aeiou'[i % 5]}${text.slice(at)}`;
    yield text;
  }
}
