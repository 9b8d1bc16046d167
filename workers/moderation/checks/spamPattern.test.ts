import { expect } from 'chai';
import { spamPattern } from './spamPattern';
import { NEUTRAL_CONTEXT } from './index';

const check = (body: string) => spamPattern({ kind: 'answer', title: null, body }, NEUTRAL_CONTEXT);

describe('moderation check: spam_pattern', () => {
  it('finds the usual spam with a high score', () => {
    for (const body of [
      'Je propose un prêt entre particuliers de 5 000 € à 500 000 €, sérieux et honnête.',
      'Gagnez 500 € par jour sans rien faire, places limitées !',
      'Trading crypto : rendement garanti de 15 % par mois. Contactez-moi sur WhatsApp.',
      '20% de rendement mensuel garanti sur notre plateforme de crypto-monnaie.',
      'Meilleur casino en ligne : 100 tours gratuits sur les machines à sous.',
      'Viagra sans ordonnance, livraison discrète.',
      "Le grand marabout résout tout : retour de l'être aimé en 7 jours.",
      'Achetez des backlinks : 1 000 liens pour 49 €.',
      'Nous fournissons diplômes et permis de conduire authentiques, sans examen.',
    ]) {
      const result = check(body);
      expect(result, body).to.not.equal(null);
      expect(result!.score, body).to.be.at.least(0.8);
    }
  });

  it('names what it recognised', () => {
    expect(check('Prêt entre particuliers, contactez-moi sur WhatsApp au +229 97 12 34 56.')?.detail).to.contain(
      'prêt entre particuliers, contact par messagerie',
    );
  });

  it('leaves alone business owners talking about the same subjects', () => {
    for (const body of [
      'Un client veut régler ses factures en bitcoin : quelle TVA ?',
      "J'ai reçu une offre de prêt entre particuliers sur WhatsApp, ça ressemble à une arnaque.",
      'Un client propose de me payer en crypto avec un rendement garanti : est-ce légal ?',
      'Je reprends un bar-tabac avec des paris sportifs FDJ.',
      'Mon client exploite un casino : le bail commercial s’applique-t-il ?',
      'Un salarié au SMIC gagne environ 1 400 € net par mois.',
      'Cliquez ici pour le formulaire de l’URSSAF.',
      'Nos clients nous écrivent sur WhatsApp, est-ce conforme au RGPD ?',
    ]) {
      expect(check(body), body).to.equal(null);
    }
  });

  it('does not let a scam warning hide a scam that hands out a contact', () => {
    expect(check('Pas une arnaque : prêt entre particuliers, écrivez-moi à pret@exemple.fr')).to.not.equal(null);
  });
});
