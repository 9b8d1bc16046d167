import { expect } from 'chai';
import { phone } from './phone';
import { NEUTRAL_CONTEXT } from './index';

const check = (body: string) => phone({ kind: 'answer', title: null, body }, NEUTRAL_CONTEXT);

describe('moderation check: phone', () => {
  it('finds French numbers in their usual forms', () => {
    for (const body of [
      'Appelez-moi au 06 12 34 56 78.',
      'Portable : 06.47.82.19.33',
      'Mon portable : 0698765432.',
      'Fixe 01-45-78-92-13, demandez Pierre.',
      'Joignable au +33 6 22 41 87 90 pour en parler.',
      'Appelez-moi : +33781234567',
      'Depuis la Belgique : 0033 6 51 72 84 16',
      'Standard : +33 (0)1 42 68 53 00',
      'Au (+33) 6 45 78 12 90 en semaine.',
      'Numéro vert 0 800 123 456 ou 0 800 12 34 56',
      'Notre ancien 08 92 68 01 23',
      'Tel 0612 345 678 ou 06 12 345 678',
      'Portable 06-12 34 56 78',
      'Le plus simple : 06/33/21/45/87',
      'Tél:04 91 12 34 56',
      '(05 56 12 34 56)',
    ]) {
      expect(check(body), body).to.not.equal(null);
    }
  });

  it('masks all but the prefix and the last two digits', () => {
    const result = check('Fixe 02 40 12 34 56 ou portable +33 6 98 76 54 32.');
    expect(result?.matches?.map((m) => m.masked)).to.deep.equal(['02 •• •• •• 56', '+33 6 •• •• •• 32']);
    expect(result?.detail).to.contain('des numéros de téléphone (02 •• •• •• 56, +33 6 •• •• •• 32)');
    expect(result?.detail).to.not.contain('12 34').and.not.contain('98 76');
  });

  it('leaves alone incomplete or impossible numbers, dates, amounts and references', () => {
    for (const body of [
      'Le 06 12 34 56 que vous citez est incomplet.',
      'Le standard 00 12 34 56 78 n’existe pas.',
      'Référence 12 34 56 78 90 du dépôt.',
      'Le numéro 06 12 34 56 78 9 a un chiffre de trop.',
      'Signé le 15/03/2021, échéance le 2022-03-15, puis le 30.06.2022.',
      'Un prêt de 150000€ à 4,35 %, mensualité de 2 069,45 €.',
      'Votre code client 0145236987 est sur la facture.',
      'Le compte 0001234567 est bloqué.',
      'Appelez le 39 57 ou le 3949.',
      'Ouvert de 08 h 30 à 12 h 00.',
    ]) {
      expect(check(body), body).to.equal(null);
    }
  });
});
