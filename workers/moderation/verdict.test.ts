import { expect } from 'chai';
import type { CheckName, CheckResult } from './checks/types';
import { ABUSE_HOLD_SCORE, SHOUTING_REVIEW_SCORE, SPAM_HOLD_SCORE, SPAM_REVIEW_SCORE, verdictOf } from './verdict';

const result = (check: CheckName, score: number): CheckResult => ({ check, score, detail: `${check} ${score}` });

describe('moderation verdict', () => {
  it('publishes a post nothing was found in', () => {
    expect(verdictOf([])).to.deep.equal({ verdict: 'publish', reasons: [] });
  });

  it('holds any personal data, whatever its score', () => {
    for (const check of ['email', 'phone', 'siren_siret', 'iban', 'nir', 'payment_card'] as const) {
      expect(verdictOf([result(check, 0.3)]).verdict, check).to.equal('hold');
    }
  });

  it('holds threats and strong insults, reviews milder abuse', () => {
    expect(verdictOf([result('abuse', 1)]).verdict).to.equal('hold');
    expect(verdictOf([result('abuse', ABUSE_HOLD_SCORE)]).verdict).to.equal('hold');
    expect(verdictOf([result('abuse', ABUSE_HOLD_SCORE - 0.01)]).verdict).to.equal('review');
    expect(verdictOf([result('abuse', 0.3)]).verdict).to.equal('review');
  });

  it('holds strong spam, reviews medium spam, publishes weak signs', () => {
    for (const check of ['links', 'duplicate_text', 'spam_pattern'] as const) {
      expect(verdictOf([result(check, SPAM_HOLD_SCORE)]).verdict, check).to.equal('hold');
      expect(verdictOf([result(check, SPAM_HOLD_SCORE - 0.01)]).verdict, check).to.equal('review');
      expect(verdictOf([result(check, SPAM_REVIEW_SCORE)]).verdict, check).to.equal('review');
      expect(verdictOf([result(check, SPAM_REVIEW_SCORE - 0.01)]).verdict, check).to.equal('publish');
    }
  });

  it('holds flooding', () => {
    expect(verdictOf([result('flooding', 1)]).verdict).to.equal('hold');
  });

  it('never holds for shouting alone, nor for a likely duplicate question', () => {
    expect(verdictOf([result('shouting', 1)]).verdict).to.equal('review');
    expect(verdictOf([result('shouting', SHOUTING_REVIEW_SCORE - 0.01)]).verdict).to.equal('publish');
    expect(verdictOf([{ ...result('duplicate_question', 0.95), duplicateQuestionId: 12 }]).verdict).to.equal('review');
  });

  it('takes the strictest verdict and gives its reasons first, leaving out what asks for nothing', () => {
    const shouting = result('shouting', 0.9);
    const phone = result('phone', 0.95);
    const weakSpam = result('spam_pattern', 0.2);
    const mildAbuse = result('abuse', 0.5);
    const { verdict, reasons } = verdictOf([shouting, weakSpam, mildAbuse, phone]);
    expect(verdict).to.equal('hold');
    expect(reasons).to.deep.equal([phone, shouting, mildAbuse]);
  });
});
