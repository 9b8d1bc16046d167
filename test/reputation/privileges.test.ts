import { expect } from 'chai';
import { Answer, Question, Vote } from '../../db/models';
import { buildAnswer, buildQuestion, buildTag, buildUser, clientFor } from '../support/factories';

const threeLinks =
  'Voir https://www.service-public.fr, https://www.urssaf.fr et [le guide](https://www.economie.gouv.fr) pour les aides.';
const twoLinks = 'Voir https://www.service-public.fr et https://www.urssaf.fr pour les aides.';

describe('privileges from reputation', () => {
  it('downvoting takes 50 points: refused below with the threshold in French, nothing recorded', async () => {
    const answer = await buildAnswer();
    const below = await clientFor(await buildUser({ reputation: 49 }));
    const refused = await below.post(`/api/answers/${answer.id}/vote`, { value: -1 });
    expect(refused.status).to.equal(403);
    expect(refused.body.error).to.deep.equal({
      code: 'insufficient_reputation',
      message: 'Voter contre un message demande 50 points de réputation ; vous en avez 49.',
    });
    expect(await Vote.count()).to.equal(0);
    // Upvoting needs 1 point, which everyone has.
    expect((await below.post(`/api/answers/${answer.id}/vote`, { value: 1 })).status).to.equal(200);
    const enough = await clientFor(await buildUser({ reputation: 50 }));
    expect((await enough.post(`/api/answers/${answer.id}/vote`, { value: -1 })).status).to.equal(200);
  });

  it('more than 2 links in a post takes 10 points, when asking, answering and editing', async () => {
    await buildTag('aides-subventions', 'Aides et subventions');
    const newcomer = await buildUser({ reputation: 9 });
    const client = await clientFor(newcomer);
    const ask = (body: string) =>
      client.post('/api/questions', {
        title: 'Quelles aides pour embaucher un apprenti ?',
        body,
        tags: ['aides-subventions'],
      });

    const refused = await ask(threeLinks);
    expect(refused.status).to.equal(403);
    expect(refused.body.error.code).to.equal('insufficient_reputation');
    expect(refused.body.error.message).to.contain('Publier plus de 2 liens').and.contain('10 points');
    expect(await Question.count()).to.equal(0);
    const asked = await ask(twoLinks);
    expect(asked.status).to.equal(201);

    const question = await buildQuestion();
    const answered = await client.post(`/api/questions/${question.id}/answers`, { body: threeLinks });
    expect(answered.status).to.equal(403);
    const answer = await buildAnswer({ author: newcomer, question });
    const edited = await client.patch(`/api/answers/${answer.id}`, { body: threeLinks });
    expect(edited.status).to.equal(403);
    expect((await Answer.findByPk(answer.id))!.body).to.not.contain('urssaf');

    const trusted = await clientFor(await buildUser({ reputation: 10 }));
    expect((await trusted.post(`/api/questions/${question.id}/answers`, { body: threeLinks })).status).to.equal(201);
  });

  it('editing others’ posts takes 500 points; moderators need none', async () => {
    const answer = await buildAnswer({ body: 'Le délai de prescription est de cinq ans en matière commerciale.' });
    const body = 'Le délai de prescription est de cinq ans entre commerçants (article L110-4).';
    const below = await clientFor(await buildUser({ reputation: 499 }));
    const refused = await below.patch(`/api/answers/${answer.id}`, { body });
    expect(refused.status).to.equal(403);
    expect(refused.body.error.message).to.equal(
      'Modifier les messages des autres demande 500 points de réputation ; vous en avez 499.',
    );
    expect((await Answer.findByPk(answer.id))!.body).to.not.equal(body);

    const editor = await buildUser({ reputation: 500 });
    const edited = await (await clientFor(editor)).patch(`/api/answers/${answer.id}`, { body });
    expect(edited.status).to.equal(200);
    const revisions = await (await clientFor(editor)).get(`/api/answers/${answer.id}/revisions`);
    expect(revisions.body[0].editor).to.include({ id: editor.id });
    // Deleting others' posts stays with moderators, whatever the reputation.
    expect((await (await clientFor(editor)).delete(`/api/answers/${answer.id}`)).status).to.equal(403);

    const moderator = await clientFor(await buildUser({ role: 'moderator' }));
    const question = await buildQuestion();
    const retitled = await moderator.patch(`/api/questions/${question.id}`, {
      title: 'Titre reformulé par la modération pour être plus clair',
    });
    expect(retitled.status).to.equal(200);
  });
});
