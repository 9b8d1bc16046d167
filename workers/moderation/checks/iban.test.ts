import { expect } from 'chai';
import { iban } from './iban';
import { NEUTRAL_CONTEXT } from './index';

const check = (body: string) => iban({ kind: 'answer', title: null, body }, NEUTRAL_CONTEXT);

// FR76 3000 6000 0112 3456 7890 189, GB82 WEST… and DE89… are the IBAN registry's examples;
// the RIB 30006 00001 12345678901 89 is the French one behind the first.
describe('moderation check: iban', () => {
  it('finds IBANs of France and elsewhere, grouped or not, and French RIBs', () => {
    for (const body of [
      'Virement sur FR76 3000 6000 0112 3456 7890 189. Merci !',
      'Mon IBAN FR7630006000011234567890189 est refusé.',
      'iban : fr76 3000 6000 0112 3456 7890 189',
      'IBAN : FR 76 3000 6000 0112 3456 7890 189, merci.',
      'IBAN FR76 30006 00001 12345678901 89 (recopié du RIB)',
      'Acomptes : FR76-3000-6000-0112-3456-7890-189.',
      'Le fournisseur allemand : DE89 3704 0044 0532 0130 00',
      'UK account: GB82 WEST 1234 5698 7654 32',
      'Compte belge BE68 5390 0754 7034, BIC GEBABEBB.',
      'La Banque Postale : FR14 2004 1010 0505 0001 3M02 606',
      'Mon RIB : 30006 00001 12345678901 89.',
      '[payer ici](https://exemple.fr/?iban=FR7630006000011234567890189)',
    ]) {
      expect(check(body), body).to.not.equal(null);
    }
  });

  it('masks all but the first four and last three characters', () => {
    const result = check('Virement sur FR76 3000 6000 0112 3456 7890 189.');
    expect(result?.matches?.[0]?.masked).to.equal('FR76 •••• •••• •••• •••• •••• 189');
    expect(result?.detail).to.not.contain('3000 6000');
  });

  it('leaves alone wrong keys, partial numbers, other codes and ordinary words', () => {
    for (const body of [
      'L’IBAN FR76 3000 6000 0112 3456 7890 188 est refusé par ma banque.',
      'FR00 1234 5678 9012 3456 7890 123 ne passera jamais.',
      'Notre IBAN commence par FR76 3000 6000, je ne donne pas la suite.',
      'Le RIB 30006 00001 12345678901 88 a une clé fausse.',
      'Un prêt de 12 000 € sur de 12 à 84 mois, DE 12 MOIS EN 2021.',
      'Numéro EORI FR12345678900012, code NAF 6201Z, BOI-TVA-BASE-10-10.',
      // Words that happen to pass mod 97 (FR68 + 23 letters, key computed so): an IBAN is mostly digits.
      'FR68 MERCI POUR VOTRE AIDE BRAVO',
    ]) {
      expect(check(body), body).to.equal(null);
    }
  });
});
