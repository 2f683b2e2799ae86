import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../../src/core/rules';

// Compiled to out/test/unit/, so the repository root is three levels up.
const DOCS = path.join(__dirname, '../../../docs/rules');

function readDoc(id: string): string {
  return fs.readFileSync(path.join(DOCS, `${id}.md`), 'utf8').replace(/\r\n/g, '\n');
}

describe('docs/rules', () => {
  for (const rule of RULES) {
    describe(rule.id, () => {
      it(`has a page at docs/rules/${rule.id}.md`, () => {
        assert.ok(fs.existsSync(path.join(DOCS, `${rule.id}.md`)), `docs/rules/${rule.id}.md is missing`);
      });

      it(`opens with the heading "# ${rule.id}"`, () => {
        const first = readDoc(rule.id).split('\n').find((l) => /^#{1,6}\s/.test(l));
        assert.equal(first, `# ${rule.id}`);
      });

      it('states the category and default severity from the registry', () => {
        const lines = readDoc(rule.id).split('\n');
        assert.ok(
          lines.includes(`Category: \`${rule.category}\` · Default severity: \`${rule.defaultSeverity}\``),
          `expected the line: Category: \`${rule.category}\` · Default severity: \`${rule.defaultSeverity}\``,
        );
      });

      it("contains the rule's description verbatim", () => {
        assert.ok(readDoc(rule.id).includes(rule.description), `description not found: ${rule.description}`);
      });
    });
  }

  it('has no page for a rule that is not registered', () => {
    const registered = new Set(RULES.map((r) => r.id));
    const pages = fs.readdirSync(DOCS).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -'.md'.length));
    assert.deepEqual(pages.filter((id) => !registered.has(id)), []);
  });
});
