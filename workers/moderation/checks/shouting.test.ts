import { expect } from 'chai';
import { shouting } from './shouting';
import { NEUTRAL_CONTEXT } from './index';

const check = (body: string, title: string | null = null) =>
  shouting({ kind: title ? 'question' : 'answer', title, body }, NEUTRAL_CONTEXT);

describe('moderation check: shouting', () => {
  it('finds text written in capitals', () => {
    const result = check(
      "L'URSSAF ME RÉCLAME 15 000 EUROS ET JE NE COMPRENDS PAS POURQUOI, PERSONNE NE RÉPOND.",
      'AIDEZ MOI',
    );
    expect(result?.score).to.be.at.least(0.8);
    expect(result?.detail).to.contain('majuscules');
  });

  it('finds strings of « !!! »', () => {
    expect(check("C'est scandaleux !!! Vraiment !!! Personne ne nous aide !!!")?.detail).to.contain('!!!');
  });

  it('leaves alone acronyms, a capitalised title, short words and one « !!! »', () => {
    expect(
      check('Je crée une SARL : URSSAF, TVA, PGE, CFE, DSN, SIE, CPAM, OPCO, DUERP, RGPD, par où commencer ?'),
    ).to.equal(null);
    expect(
      check(
        "Je suis garagiste et j'achète des véhicules d'occasion à des particuliers. Quand appliquer la TVA sur la marge ?",
        'TVA SUR MARGE POUR LES VÉHICULES D’OCCASION',
      ),
    ).to.equal(null);
    expect(check('URGENT : contrôle demain. NB : je suis en SAS.')).to.equal(null);
    expect(check('Merci beaucoup !!! Ça m’aide énormément.')).to.equal(null);
  });

  it('does not count addresses and links as shouting', () => {
    expect(check('Voir HTTPS://WWW.URSSAF.FR/PORTAIL/HOME/EMPLOYEUR.HTML et merci à tous.')).to.equal(null);
  });
});
