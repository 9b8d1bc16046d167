import { expect } from 'chai';
import { abuse, normalise } from './abuse';
import { NEUTRAL_CONTEXT } from './index';

const check = (body: string) => abuse({ kind: 'answer', title: null, body }, NEUTRAL_CONTEXT);

describe('moderation check: abuse', () => {
  it('reads accents, case, leetspeak and spaced-out letters as plain words', () => {
    expect(normalise('C0NN4RD, c o n n a r d et s.a.l.o.p.e')).to.equal('connard, connard et salope');
    expect(normalise('Un chiffre de 2 000 € reste un nombre.')).to.equal('un chiffre de 2 000 € reste un nombre.');
  });

  it('holds strong insults, however they are disguised', () => {
    for (const body of [
      "T'es un connard.",
      'Espèce de c0nnard.',
      'Cette s4lope de comptable.',
      'Un vrai c.o.n.n.a.r.d.',
      'Bande de c o n n a r d s.',
      'Connnnnard, va.',
      'Quel c*nnard ce banquier.',
      "Bande d'enc*lés.",
      'Encul3 de banquier.',
      'Fils de pute.',
      'Nique ta mère.',
      'Va te faire foutre.',
      'Sale bâtard.',
    ]) {
      const result = check(body);
      expect(result, body).to.not.equal(null);
      expect(result!.score, body).to.be.at.least(0.7);
    }
  });

  it('holds threats', () => {
    for (const body of [
      'Je vais te tuer.',
      'On sait où tu habites.',
      'Tu vas le regretter.',
      'Je vais te casser la gueule.',
      'Je sais où se trouve ton magasin, je vais y mettre le feu.',
      'Je vais te retrouver, tu vas me le payer.',
    ]) {
      const result = check(body);
      expect(result?.score, body).to.equal(1);
      expect(result?.detail, body).to.contain('menaces');
    }
  });

  it('reviews mild insults aimed at someone, and vulgarity', () => {
    for (const body of [
      'Pauvre con.',
      "T'es complètement débile ou quoi ?",
      "Bande d'idiots.",
      'Ce crétin de gérant.',
      "T'es qu'un gros c0n.",
      'Ferme ta gueule.',
      'Putain, encore un contrôle.',
    ]) {
      const result = check(body);
      expect(result, body).to.not.equal(null);
      expect(result!.score, body).to.be.below(0.7);
    }
  });

  it('masks insults in its detail', () => {
    const result = check('Espèce de connard.');
    expect(result?.detail).to.contain('« c•••••d »');
    expect(result?.detail).to.not.contain('connard');
  });

  it('leaves alone words that contain an insult, and mild words aimed at nothing', () => {
    for (const body of [
      'Ma connaissance de la TVA est limitée ; comment se déconnecter du portail ?',
      'Le contrat, le compte de résultat et le conseil de l’expert.',
      'Le revêtement bitumineux du parking.',
      'Le député a imputé ces retards à la préfecture ; le cabinet est réputé, ils ont bien calculé.',
      'Des salopettes et chaussures de sécurité.',
      'La taxe d’enlèvement des ordures ménagères.',
      'Ce serait idiot de payer deux fois. Ce PGE ne va pas me tuer.',
      'Quel idiot, j’ai oublié de déclarer la TVA.',
      'Une formation aux techniques de vente unique.',
      'On nous prend pour des imbéciles.',
      'Ta gueule de bois du lundi n’excuse rien.',
      'Votre fournisseur, tu vas le payer comment ?',
      'Si vous ne déclarez pas, vous allez le regretter.',
    ]) {
      expect(check(body), body).to.equal(null);
    }
  });
});
