import { expect } from 'chai';
import { sirenSiret } from './sirenSiret';
import { NEUTRAL_CONTEXT } from './index';

const check = (body: string) => sirenSiret({ kind: 'answer', title: null, body }, NEUTRAL_CONTEXT);

// 732829320 and 73282932000074 have valid Luhn keys (checked in keys.test.ts); 35600000000015 is a
// valid La Poste SIRET; FR40303265045 is the usual VAT example, key 40.
describe('moderation check: siren_siret', () => {
  it('finds SIRENs and SIRETs with a valid key, grouped or not, with or without a context word', () => {
    for (const body of [
      'Notre SIRET 732 829 320 00074 n’apparaît pas.',
      'Chez nous (SIREN 732829320) le contrôle a duré.',
      'RCS Paris 732 829 320',
      'n° SIRET : 73282932000074.',
      'siret 732 829 320 000 74',
      'SIRET 732829320 00074',
      'Numéro SIRET : 732.829.320.00074',
      'SARL Vidal, SIRET 732-829-320-00074, même problème.',
      'Je suis la société 732 829 320 à Nantes.',
      'Mon entreprise (SIREN 732 829320) a été contrôlée.',
      'Les références sur l’annuaire : 73282932000074',
      'Le bureau de poste (SIRET 356 000 000 00015) refuse les chèques.',
      'TVA intracommunautaire FR40303265045.',
      'Numéro de TVA : FR 40 303 265 045',
    ]) {
      expect(check(body), body).to.not.equal(null);
    }
  });

  it('scores higher when the text announces the number', () => {
    expect(check('SIREN 732 829 320')?.score).to.be.greaterThan(check('nous, 732 829 320, à Nantes')!.score);
  });

  it('masks the number', () => {
    const result = check('SIRET 732 829 320 00074');
    expect(result?.matches?.[0]?.masked).to.equal('73• ••• ••• •••74');
    expect(result?.detail).to.not.contain('829');
  });

  it('leaves alone wrong keys, placeholders, amounts, references, dates and codes', () => {
    for (const body of [
      'Sur les formulaires : « SIREN : 123 456 789 », « SIRET : 123 456 789 00012 ».',
      'Notre SIREN 732 829 321 (un chiffre faux).',
      'SIRET : 000 000 000 00000',
      'Un contrat de 250 000 000 € et 987654321 euros.',
      'La facture n° 2021-000457 et la facture FA-2021-08-00123.',
      'Référence de commande n° 202100457.',
      'Article L1234-9, L. 3121-27 et R4624-10 du Code du travail.',
      'Signé le 15/03/2021 ou le 2021-03-15 ; code NAF 5610A, 47.11B.',
      'Mon numéro EORI FR12345678900012 est refusé.',
      'Implantation au 13008 Marseille, siège au 75011 Paris.',
      'Appelez le 0 800 123 456.',
      'Texte : LEGIARTI000006901174, JORFTEXT000041746313.',
    ]) {
      expect(check(body), body).to.equal(null);
    }
  });
});
