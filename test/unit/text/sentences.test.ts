import * as assert from 'node:assert/strict';
import { scanMarkdown } from '../../../src/core/markdown/scan';
import { sentenceEnds, splitSentences } from '../../../src/core/text/sentences';

/** The pieces of `s` cut at sentenceEnds, trimmed. */
function pieces(s: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const e of sentenceEnds(s)) {
    out.push(s.slice(from, e).trim());
    from = e;
  }
  out.push(s.slice(from).trim());
  return out;
}

describe('sentenceEnds', () => {
  describe('does not split after an abbreviation that leads into a name or number', () => {
    const whole: Array<[string, string]> = [
      ['"Gen."', 'Gen. Ana Ruiz toured the front lines. Troops cheered.'],
      ['"Adm."', 'Adm. Lee Park ordered the ships home. Crews obeyed.'],
      ['"Dr."', 'Dr. Omar Haddad treated the wounded. Nurses helped.'],
      ['"Mr."', 'Mr. Tran declined to comment. His lawyer spoke instead.'],
      ['"St."', "Mourners gathered at St. Mary's Church. Bells rang."],
      ['"Sen."', 'Sen. Ruth Hale voted against the bill. Others followed.'],
      ['"Lt. Col."', 'Lt. Col. Dana Brooks led the unit. It withdrew at dawn.'],
      ['an initial', 'Voters admired John F. Kennedy in that county. Few do now.'],
      ['"Nov. 5"', 'The runoff is set for Nov. 5 in every district. Polls open early.'],
      ['"No. 10"', 'Protesters marched to No. 10 Downing Street. Police watched.'],
      ['"U.S. Army"', 'The U.S. Army denied the report. Officers declined to talk.'],
      ['"9 a.m. on"', 'Lines formed at 9 a.m. on Tuesday. Nobody left.'],
      ['"Jr."', 'The Martin Luther King Jr. Memorial reopened. Visitors returned.'],
      ['"Inc." before a lower-case verb', 'Acme Inc. said profits fell. Shares dropped.'],
    ];
    for (const [what, s] of whole) {
      it(`keeps ${what} inside its sentence`, () => {
        // The only break is the real one, before the second sentence.
        assert.deepEqual(sentenceEnds(s), [s.lastIndexOf('. ') + 1], JSON.stringify(pieces(s)));
      });
    }

    it('gives the exact offset of the one real break after "Gen."', () => {
      const s = 'Gen. Ana Ruiz spoke. Troops left.';
      assert.deepEqual(sentenceEnds(s), [20]);
    });
  });

  describe('splits where a sentence ends', () => {
    it('splits after "the U.S." when a new sentence starts', () => {
      const s = 'Troops left the U.S. The war was over.';
      assert.deepEqual(sentenceEnds(s), [20]);
      assert.deepEqual(pieces(s), ['Troops left the U.S.', 'The war was over.']);
    });

    it('splits after "D.C." when a new sentence starts', () => {
      assert.deepEqual(pieces('The rally was in Washington, D.C. The mayor spoke.'), [
        'The rally was in Washington, D.C.', 'The mayor spoke.',
      ]);
    });

    it('splits after a month abbreviation not followed by a day', () => {
      assert.deepEqual(pieces('Prices peaked in Nov. The slide began after.'), [
        'Prices peaked in Nov.', 'The slide began after.',
      ]);
    });

    it('splits after "?"', () => {
      const s = 'Did the dam hold? Nobody knows yet.';
      assert.deepEqual(sentenceEnds(s), [17]);
    });

    it('splits after "!"', () => {
      const s = 'They won! Fans poured into the street.';
      assert.deepEqual(sentenceEnds(s), [9]);
    });

    it('does not split after "?" when the sentence goes on in lower case', () => {
      assert.deepEqual(sentenceEnds('"Where are they?" asked the mayor. Nobody answered.'), [34]);
    });

    it('splits after a closing quote, keeping the quote with its sentence', () => {
      const s = 'She said, "We are leaving." Then she left.';
      assert.deepEqual(sentenceEnds(s), [27]);
      assert.deepEqual(pieces(s), ['She said, "We are leaving."', 'Then she left.']);
    });

    it('splits after a closing curly quote', () => {
      const s = 'He said, \u201cWe stay.\u201d Aides nodded.';
      assert.deepEqual(sentenceEnds(s), [19]);
      assert.deepEqual(pieces(s), ['He said, \u201cWe stay.\u201d', 'Aides nodded.']);
    });

    it('splits after "?" inside a quote', () => {
      assert.deepEqual(pieces('He asked, "Why?" Nobody answered.'), ['He asked, "Why?"', 'Nobody answered.']);
    });

    it('splits after an ellipsis', () => {
      assert.deepEqual(pieces('He paused\u2026 Then he left.'), ['He paused\u2026', 'Then he left.']);
    });

    it('splits a sentence that ends in a number', () => {
      assert.deepEqual(pieces('The toll rose to 40. More bodies were found.'), ['The toll rose to 40.', 'More bodies were found.']);
    });

    it('splits "crimes.Russia", where machine translation lost the space', () => {
      const s = 'He denied the crimes.Russia responded with threats.';
      assert.deepEqual(sentenceEnds(s), [21]);
      assert.deepEqual(pieces(s), ['He denied the crimes.', 'Russia responded with threats.']);
    });

    it('does not split inside "1.5", "U.S." or "example.com"', () => {
      assert.deepEqual(sentenceEnds('Growth hit 1.5 percent in the U.S. economy, per example.com data.'), []);
    });

    it('reports no end for the terminator that closes the text', () => {
      assert.deepEqual(sentenceEnds('One. Two.'), [4]);
      assert.deepEqual(sentenceEnds('Only one sentence here.  '), []);
    });
  });
});

describe('splitSentences', () => {
  it('gives offsets into the document and trims white space', () => {
    const src = '# Title\n\nDr. Ana Ruiz arrived. She counted 40 beds.\n';
    const doc = scanMarkdown(src);
    const para = doc.blocks[1];
    const ss = splitSentences(para, 5);
    assert.deepEqual(ss.map((s) => [s.start, s.end, s.text, s.index, s.indexInBlock]), [
      [9, 30, 'Dr. Ana Ruiz arrived.', 5, 0],
      [31, 51, 'She counted 40 beds.', 6, 1],
    ]);
    for (const s of ss) assert.equal(src.slice(s.start, s.end), s.text);
  });

  it('gives no sentence for a block of white space', () => {
    const block = { ...scanMarkdown('x\n').blocks[0], text: ' \n ', start: 0 };
    assert.deepEqual(splitSentences(block, 0), []);
  });
});
