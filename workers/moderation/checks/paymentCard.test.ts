import { expect } from 'chai';
import { paymentCard } from './paymentCard';
import { NEUTRAL_CONTEXT } from './index';

const check = (body: string) => paymentCard({ kind: 'answer', title: null, body }, NEUTRAL_CONTEXT);

// 4111 1111 1111 1111, 5555 5555 5555 4444, 3782 822463 10005 and 4012 8888 8888 1881 are the
// networks' published test numbers (Luhn-valid).
describe('moderation check: payment_card', () => {
  it('finds Luhn-valid card numbers of real networks, grouped, dashed, dotted or not', () => {
    for (const body of [
      'Payé avec ma carte 4111 1111 1111 1111, débitée deux fois.',
      'Carte pro 4111-1111-1111-1111 refusée.',
      'Carte 4111.1111.1111.1111, expire 09/27.',
      'La 4012888888881881 exp 09/27.',
      'Ma Mastercard 5555 5555 5555 4444 débitée sans autorisation.',
      'Amex 3782 822463 10005 refusée.',
    ]) {
      expect(check(body), body).to.not.equal(null);
    }
  });

  it('shows only the last four digits', () => {
    const result = check('Carte 4111 1111 1111 1111.');
    expect(result?.matches?.[0]?.masked).to.equal('•••• •••• •••• 1111');
    expect(result?.detail).to.contain('immédiatement');
  });

  it('leaves alone wrong keys, unknown prefixes, masked cards, SIRETs and amounts', () => {
    for (const body of [
      'Sur le site de démo, 4970 1012 3456 7890 est refusée.',
      '1234 5678 9012 3456 n’est pas un numéro de test.',
      'XXXX XXXX XXXX 0717 sur le relevé, carte se terminant par 0717.',
      'SIRET 732 829 320 00074 et 73282932000074.',
      'Un chiffre d’affaires de 1 250 000 000 000 €.',
      'Code barre 3017620422003.',
    ]) {
      expect(check(body), body).to.equal(null);
    }
  });
});
