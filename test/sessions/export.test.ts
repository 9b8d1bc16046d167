import { expect } from 'chai';
import { member, setupSession } from './helpers';

describe('live sessions in a member’s data export', () => {
  it('holds the sessions a member subscribed to and what a moderator wrote in the private channel', async () => {
    const { session, moderator } = await setupSession({ start: true });
    const { client } = await member();
    expect((await client.post(`/api/sessions/${session.id}/subscribe`)).status).to.equal(200);
    const sent = await moderator.post(`/api/sessions/${session.id}/messages`, {
      body: 'Je prends les questions sur le licenciement.',
    });
    expect(sent.status, sent.text).to.equal(201);

    const mine = (await client.get('/api/me/export')).body;
    expect(mine.sessionSubscriptions.map((s: { sessionId: number }) => s.sessionId)).to.deep.equal([session.id]);
    expect(mine.sessionMessages).to.deep.equal([]);

    const theirs = (await moderator.get('/api/me/export')).body;
    expect(theirs.sessionMessages).to.have.length(1);
    expect(theirs.sessionMessages[0]).to.deep.include({
      sessionId: session.id,
      body: 'Je prends les questions sur le licenciement.',
    });
    expect(theirs.sessionSubscriptions).to.deep.equal([]);
  });
});
