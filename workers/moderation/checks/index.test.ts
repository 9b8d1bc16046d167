import { expect } from 'chai';
import { CHECK_NAMES, NEUTRAL_CONTEXT, runChecks } from './index';

describe('moderation checks: runChecks', () => {
  it('runs every check and returns only those that found something', () => {
    expect(CHECK_NAMES).to.have.members([
      'email',
      'phone',
      'siren_siret',
      'iban',
      'nir',
      'payment_card',
      'links',
      'duplicate_text',
      'spam_pattern',
      'shouting',
      'abuse',
      'flooding',
    ]);
    const results = runChecks(
      { kind: 'answer', title: null, body: 'Appelez-moi au 06 12 34 56 78 ou écrivez à jean.dupont@gmail.com.' },
      { ...NEUTRAL_CONTEXT, postsLastMinute: 5 },
    );
    expect(results.map((result) => result.check)).to.have.members(['phone', 'email', 'flooding']);
    expect(results.every((result) => result.score > 0 && result.score <= 1)).to.equal(true);
  });

  it('finds nothing in an ordinary question', () => {
    const post = {
      kind: 'question' as const,
      title: 'Échéancier URSSAF refusé, que faire ?',
      body: "L'URSSAF a refusé mon délai pour 12 500 € de cotisations (échéance du 15/03/2021). Faut-il passer par la CCSF ?",
    };
    expect(runChecks(post, NEUTRAL_CONTEXT)).to.deep.equal([]);
  });
});
