import { MONTHS, WEEKDAYS } from '../data/numbers';
import type { Rule } from './rule';
import { ruleInfo } from './catalog';

const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const DATE_RE = new RegExp(
  `\\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?:,\\s*|\\s+\\(?|\\s+)(?:${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4}))?)\\b`,
  'g',
);
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export const weekdayDate: Rule = {
  ...ruleInfo('weekday-date'),
  run(ctx, report) {
    for (const s of ctx.sentences) {
      // Every weekday name ends in "day": most sentences need no search at all.
      if (!s.text.includes('day')) continue;
      DATE_RE.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = DATE_RE.exec(s.text))) {
        const weekday = m[1];
        const monthWord = (m[2] ?? m[6]).replace('.', '').toLowerCase();
        const month = MONTHS[monthWord];
        const day = Number(m[3] ?? m[5]);
        let year = Number(m[4] ?? m[7] ?? NaN);
        if (Number.isNaN(year)) {
          if (!ctx.dateline) continue;
          // No year written: the one that puts the date nearest the dateline.
          const d = ctx.dateline;
          const target = Date.UTC(d.year, d.month - 1, d.day);
          year = [d.year - 1, d.year, d.year + 1].reduce((best, y) =>
            Math.abs(Date.UTC(y, month - 1, day) - target) < Math.abs(Date.UTC(best, month - 1, day) - target) ? y : best,
          );
        }
        const start = s.start + m.index;
        const end = start + weekday.length;
        const dateText = `${MONTH_NAMES[month - 1]} ${day}, ${year}`;
        if (day < 1 || day > daysIn(year, month)) {
          report({ start, end: s.start + m.index + m[0].length, message: `"${m[0]}": ${MONTH_NAMES[month - 1]} has no day ${day} in ${year}.` });
          continue;
        }
        const actual = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
        if (actual === weekday) continue;
        report({
          start,
          end,
          message: `${dateText} was a ${actual}, not a ${weekday}.`,
          fixes: [{ title: `Change to "${actual}"`, edits: [{ start, end, newText: actual }] }],
        });
      }
    }
  },
};

/** This module's regular expressions that cost the most to compile, for compileRegExpsEarly (../early.ts). */
export const COSTLY_TO_COMPILE: readonly RegExp[] = [DATE_RE];
