import { expect } from 'chai';
import { nir } from './nir';
import { NEUTRAL_CONTEXT } from './index';

const check = (body: string) => nir({ kind: 'answer', title: null, body }, NEUTRAL_CONTEXT);

// 2 55 08 14 168 025 38 is Wikipedia's example (key 38); 1 78 06 2A 004 123 27 is a Corsican
// number whose key 27 is checked in keys.test.ts.
describe('moderation check: nir', () => {
  it('finds social security numbers with a valid key, spaced or not, Corsica and overseas included', () => {
    for (const body of [
      'Mon numéro de sécu est 2 55 08 14 168 025 38.',
      'Le mien : 255081416802538.',
      'NIR 2 55 08 14 168 025 clé 38, et toujours pas d’IJ.',
      'Numéro 2.55.08.14.168.025.38',
      'Sécu : 2-55-08-14-168-025-38',
      'Voici : 2 55 08 14 168 025 / 38',
      'Né en Corse : 1 78 06 2A 004 123 27.',
      'Né en Guadeloupe : 1 75 05 974 11 002 28',
      'Un numéro provisoire 7 90 03 99 350 012 48',
    ]) {
      expect(check(body), body).to.not.equal(null);
    }
  });

  it('takes a number without its key only when the text says it is one', () => {
    expect(check('Numéro de sécurité sociale 2 55 08 14 168 025, je ne sais plus la clé.')).to.not.equal(null);
    expect(check('Le code EAN 2550814168025 du produit.')).to.equal(null);
  });

  it('masks all but the first digit and the key', () => {
    const result = check('Mon numéro de sécu : 2 55 08 14 168 025 38.');
    expect(result?.matches?.[0]?.masked).to.equal('2 •• •• •• ••• ••• 38');
    expect(result?.detail).to.not.contain('168');
  });

  it('leaves alone wrong keys, wrong months, Corsica mixed up and other long numbers', () => {
    for (const body of [
      'Mon numéro 2 55 08 14 168 025 39 est refusé.',
      'Né en Corse : 1 78 06 2B 004 123 27.',
      'Numéro 2 55 15 14 168 025 38 (mois 15 impossible).',
      'Code barre 3017620422003, numéro de prêt 00012345678.',
      'Une carte 4970 1012 3456 7890 et un SIRET 732 829 320 00074.',
    ]) {
      expect(check(body), body).to.equal(null);
    }
  });
});
