import { expect } from 'chai';
import { links } from './links';
import type { CheckContext } from './types';
import { NEUTRAL_CONTEXT } from './index';

const newcomer: CheckContext = { ...NEUTRAL_CONTEXT, maxLinks: 2 };
const check = (body: string, context = newcomer, title: string | null = null) =>
  links({ kind: 'answer', title, body }, context);

describe('moderation check: links', () => {
  it('counts markdown links and bare URLs beyond what the reputation allows', () => {
    const result = check('Voir [A](https://a-compta.fr), https://b-banque.com et www.c-assur.fr');
    expect(result?.check).to.equal('links');
    expect(result?.detail).to.contain('3 liens (a-compta.fr, b-banque.com, c-assur.fr)');
    expect(result?.detail).to.contain('Retirez-en 1.');
    expect(
      check('[A](https://a.fr) [B](https://b.fr) [C](https://c.fr) [D](https://d.fr) [E](https://e.fr)')?.score,
    ).to.be.greaterThan(result!.score);
  });

  it('counts links in the title too', () => {
    expect(
      check('Voir https://b-banque.com et https://c-assur.fr', newcomer, 'Offre https://a-compta.fr'),
    ).to.not.equal(null);
  });

  it('allows what the reputation allows, and everything above the threshold', () => {
    expect(check('Voir https://a-compta.fr et https://b-banque.com')).to.equal(null);
    const many = '[A](https://a.fr) [B](https://b.fr) [C](https://c.fr) [D](https://d.fr)';
    expect(check(many, { ...newcomer, maxLinks: Infinity })).to.equal(null);
  });

  it('does not count public services, mailto links or text that only looks like a link', () => {
    expect(
      check(
        'Voir https://www.service-public.fr/professionnels-entreprises/vosdroits/F23211, ' +
          'https://www.urssaf.fr, https://www.legifrance.gouv.fr et [le site des impôts](https://www.impots.gouv.fr) ' +
          'puis https://a-compta.fr',
      ),
    ).to.equal(null);
    expect(check('[écrire](mailto:a@b.fr) [écrire](mailto:c@d.fr) [écrire](mailto:e@f.fr)')).to.equal(null);
    expect(check('Le montant de 12.500 € et l’article L. 3121-27, version 2.0.1.')).to.equal(null);
  });
});
