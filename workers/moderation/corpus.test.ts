import { expect } from 'chai';
import { CHECK_NAMES } from './checks/index';
import { PERSONAL_DATA_CHECKS } from './checks/types';
import { loadCorpus } from '../../test/fixtures/moderation/corpus';
import { evaluate, PERSONAL_DATA, precision, recall } from '../../scripts/moderationEval';

// The labelled corpus is both the checks' benchmark (npm run moderation:eval) and a regression
// test: a change to a check that loses personal data, or starts flagging clean posts, fails here.
describe('moderation corpus', () => {
  const corpus = loadCorpus();

  it('is well formed and covers every check', () => {
    const ids = corpus.map((entry) => entry.id);
    expect(new Set(ids).size).to.equal(ids.length);
    expect(corpus.length).to.be.at.least(300);
    expect(corpus.filter((entry) => entry.expected.length === 0).length).to.be.at.least(150);
    for (const entry of corpus) {
      expect(entry.body.trim(), entry.id).to.not.equal('');
      expect(['question', 'answer'], entry.id).to.include(entry.kind);
      for (const name of entry.expected) expect(CHECK_NAMES, entry.id).to.include(name);
    }
    for (const name of CHECK_NAMES) {
      const positives = corpus.filter((entry) => entry.expected.includes(name)).length;
      expect(positives, name).to.be.at.least(PERSONAL_DATA_CHECKS.includes(name) ? 15 : 5);
    }
  });

  it('meets the targets on personal data: recall ≥ 0.98, precision ≥ 0.95', () => {
    const personalData = evaluate(corpus).get(PERSONAL_DATA)!;
    expect(recall(personalData), personalData.errors.join(', ')).to.be.at.least(0.98);
    expect(precision(personalData), personalData.errors.join(', ')).to.be.at.least(0.95);
  });

  it('keeps every check at 0.9 precision and recall or better', () => {
    for (const [name, tally] of evaluate(corpus)) {
      expect(recall(tally), `${name}: ${tally.errors.join(', ')}`).to.be.at.least(0.9);
      expect(precision(tally), `${name}: ${tally.errors.join(', ')}`).to.be.at.least(0.9);
    }
  });
});
