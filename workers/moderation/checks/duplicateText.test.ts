import { expect } from 'chai';
import { duplicateText, similarity } from './duplicateText';
import { NEUTRAL_CONTEXT } from './index';

const ANSWER =
  "Pour une rupture conventionnelle, l'indemnité minimale est l'indemnité légale de licenciement, " +
  "soit un quart de mois de salaire par année d'ancienneté.";
const check = (body: string, recentTexts: string[], title: string | null = null) =>
  duplicateText({ kind: title ? 'question' : 'answer', title, body }, { ...NEUTRAL_CONTEXT, recentTexts });

describe('moderation check: duplicate_text', () => {
  it('finds the same text, whatever its markup, case, accents and punctuation', () => {
    const same = check(
      `**Pour une rupture conventionnelle**, l’INDEMNITE minimale est l’indemnité légale de licenciement, soit un quart de mois de salaire par annee d'ancienneté !!`,
      ['Autre chose sans rapport, assez long pour être comparé avec le reste.', ANSWER],
    );
    expect(same?.score).to.equal(0.9);
    expect(same?.detail).to.contain('même texte');
  });

  it('finds a near-identical text, with a lower score', () => {
    const near = check(ANSWER.replace(' de salaire', ''), [ANSWER]);
    expect(near?.score).to.equal(0.6);
  });

  it('compares a question with its title', () => {
    const body = 'Je viens de recevoir un avis de contrôle et je ne sais pas par où commencer.';
    expect(
      check(body, [`Contrôle URSSAF : que préparer ?\n\n${body}`], 'Contrôle URSSAF : que préparer ?'),
    ).to.not.equal(null);
  });

  it('leaves alone different texts on the same subject and short courtesies', () => {
    expect(
      check(
        'Pour une rupture conventionnelle, vérifiez aussi votre convention collective, elle peut prévoir mieux que la loi.',
        [ANSWER],
      ),
    ).to.equal(null);
    expect(check('Merci beaucoup !', ['Merci beaucoup !'])).to.equal(null);
    expect(check(ANSWER, [])).to.equal(null);
  });

  it('measures similarity from 0 to 1', () => {
    expect(similarity('abc def', 'abc def')).to.equal(1);
    expect(similarity('abcdef', 'uvwxyz')).to.equal(0);
  });
});
