// The hand-written name-run scanner must match the regular expressions it replaced.
import * as assert from 'node:assert/strict';
import { scanNameRuns } from '../../../src/core/text/nameScan';

const NAME_TOKEN = "(?:(?:al|el|bin|ibn|abu|ben|de|da|di|van|von)-)?(?:\\p{Lu}['\u2019])?\\p{Lu}\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)?(?:-\\p{Lu}\\p{Ll}+)?";
const PARTICLE = '(?:de|da|del|della|di|van|von|der|den|la|le|bin|ibn|al|el|dos|das)';
const NAME_RUN = new RegExp(`${NAME_TOKEN}(?:\\s+(?:\\p{Lu}\\.\\s+)?(?:${PARTICLE}\\s+)?${NAME_TOKEN}){0,5}`, 'gu');
const TOKEN_RE = new RegExp(NAME_TOKEN, 'gu');

function byRegex(t: string): Array<Array<{ w: string; at: number }>> {
  const out: Array<Array<{ w: string; at: number }>> = [];
  for (const m of t.matchAll(NAME_RUN)) out.push([...m[0].matchAll(TOKEN_RE)].map((tm) => ({ w: tm[0], at: m.index! + tm.index! })));
  return out;
}

describe('nameScan', () => {
  it('reads titles, initials, particles and hyphens as the pattern did', () => {
    const t = "Army Gen. Mark A. Milley met Ludwig van Beethoven, Abu al-Rashid and O'Neill-Smith.";
    assert.deepEqual(scanNameRuns(t), byRegex(t));
    assert.deepEqual(
      scanNameRuns('Gen. Mark A. Milley').map((run) => run.map((x) => x.w)),
      [['Gen'], ['Mark', 'Milley']],
    );
  });

  it('agrees with the regular expressions on 20,000 random strings', () => {
    const parts = ['Mark', 'Milley', 'Mc', 'Donald', 'van', 'al-', 'de', ' ', '  ', '\n', '\u00a0', 'A.', 'J', '.', "'", '’', '-', 'É', 'é', 'Ölund', '𝐀b', 'x', ',', 'said', 'ÀÉ', 'DuPont'];
    let seed = 11;
    const r = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 20000; n++) {
      let t = '';
      for (let k = Math.floor(r() * 12); k > 0; k--) t += parts[Math.floor(r() * parts.length)];
      assert.deepEqual(scanNameRuns(t), byRegex(t), JSON.stringify(t));
    }
  });
});
