import { expect } from 'chai';
import { email } from './email';
import { NEUTRAL_CONTEXT } from './index';

const check = (body: string, title: string | null = null) => email({ kind: 'answer', title, body }, NEUTRAL_CONTEXT);

describe('moderation check: email', () => {
  it('finds addresses inside sentences, at the end, in brackets, links and titles', () => {
    for (const body of [
      'Écrivez-moi à jean.dupont@gmail.com pour en discuter.',
      'Contact : p.martin@boulangerie-martin.fr',
      'Envoyez-le à <contact@atelier-grandjean.fr>, merci.',
      '[écrivez-moi](mailto:sophie@cabinet-renaud.fr)',
      'paul+entraide@free.fr si vous voulez',
      'JEAN.DURAND@WANADOO.FR',
      'Mon e-mail : claire @ sfr.fr, à bientôt.',
    ]) {
      expect(check(body), body).to.not.equal(null);
    }
    expect(check('Bonjour', 'Contact fabien.morel@yahoo.fr pour un groupement')).to.not.equal(null);
  });

  it('finds disguised addresses', () => {
    for (const body of [
      'jean [at] dupont-btp [dot] fr',
      'marc(at)menuiserie-marc.fr',
      'luc.bernard arobase gmail point com',
      's.leroy[@]groupe-leroy.fr',
      'contact at atelier-bois.fr',
      'jean-pierre.martin chez orange point fr',
    ]) {
      expect(check(body), body).to.not.equal(null);
    }
  });

  it('lists every address, masked, and never the address itself', () => {
    const result = check('Écrivez à a.benali-75@hotmail.fr ou à direction@creche-les-lutins.fr.');
    expect(result?.matches?.map((m) => m.masked)).to.deep.equal(['a•••@hotmail.fr', 'd•••@c•••.fr']);
    expect(result?.detail).to.contain('des adresses e-mail (a•••@hotmail.fr, d•••@c•••.fr)');
    expect(result?.detail).to.not.contain('benali').and.not.contain('lutins');
  });

  it('leaves alone placeholders, handles, shop names and public sites', () => {
    for (const body of [
      'Les adresses sont au format prenom.nom@votre-entreprise.fr chez nous.',
      'Écrivez à contact@example.com pour le modèle.',
      'Le compte @URSSAF répond sur Twitter.',
      "J'ai commandé chez amazon.fr et chez cdiscount.com.",
      'Voir urssaf.fr et service-public.fr, rubrique TVA @ 20 %.',
    ]) {
      expect(check(body), body).to.equal(null);
    }
  });
});
