import { expect } from 'chai';
import type { VoteUpdate } from '../../server/contracts/events';
import { buildAnswer, buildQuestion, buildTag } from '../support/factories';
import { disconnectAll, watch, type EventLog } from '../support/sockets';
import { buildVoters, storedScore } from '../support/votes';

// Score updates are coalesced per target: a subscriber receives far fewer `vote:updated` than
// there were votes, each with the score read when it was sent and a `version` that grows with
// every change; a client keeps the highest version it has seen.

/** What a client shows: the update with the highest version wins, whatever the arrival order. */
function held(updates: VoteUpdate[]): VoteUpdate | undefined {
  return updates.reduce<VoteUpdate | undefined>(
    (best, update) => (best === undefined || update.version > best.version ? update : best),
    undefined,
  );
}

/** Waits until `log` has received the final version of the target, then returns all its updates. */
async function settled(log: EventLog, targetType: 'question' | 'answer', targetId: number, version: number) {
  const mine = (p: VoteUpdate) => p.targetType === targetType && p.targetId === targetId;
  await log.waitFor('vote:updated', (p) => mine(p) && p.version === version, 10_000);
  return log.of('vote:updated', mine);
}

describe('real-time scores under concurrent votes', () => {
  afterEach(() => disconnectAll());

  it('20 concurrent votes from 20 members: every subscriber ends with the exact final score', async function () {
    this.timeout(60_000);
    await buildTag('tresorerie');
    const question = await buildQuestion({ tags: ['tresorerie'] });
    const clients = await buildVoters(20);
    const subscribers = [
      await watch(undefined, [`question:${question.id}`]),
      await watch(undefined, ['questions']),
      await watch(clients[0], ['tag:tresorerie', `question:${question.id}`]),
    ];

    const values = clients.map((_, i) => (i % 10 < 7 ? 1 : -1));
    const responses = await Promise.all(
      clients.map((client, i) => client.post(`/api/questions/${question.id}/vote`, { value: values[i] })),
    );
    expect(responses.map((r) => r.status)).to.deep.equal(Array(20).fill(200));
    const final = await storedScore('questions', question.id);
    expect(final).to.deep.equal({ score: 14 - 6, version: 20 });

    for (const log of subscribers) {
      const updates = await settled(log, 'question', question.id, final.version);
      expect(held(updates)).to.deep.equal({ targetType: 'question', targetId: question.id, ...final });
      // The last update received carries the final score (a later one could only repeat it).
      expect(updates.at(-1)).to.deep.include(final);
      // Coalesced: far fewer updates than votes.
      expect(updates.length).to.be.at.least(1).and.at.most(10);
    }
  });

  it('the highest version wins: same version, same score on every socket, and it ends exact', async function () {
    this.timeout(60_000);
    const answer = await buildAnswer();
    const room = `question:${answer.questionId}`;
    const clients = await buildVoters(20);
    const subscribers = [
      await watch(undefined, [room]),
      await watch(clients[3], [room]),
      await watch(clients[4], [room]),
    ];

    // Everyone up, then at once: ten change to down, five withdraw, five vote up again (no change).
    await Promise.all(clients.map((client) => client.post(`/api/answers/${answer.id}/vote`, { value: 1 })));
    const second = [...Array(10).fill(-1), ...Array(5).fill(0), ...Array(5).fill(1)] as number[];
    const responses = await Promise.all(
      clients.map((client, i) => client.post(`/api/answers/${answer.id}/vote`, { value: second[i] })),
    );
    expect(responses.map((r) => r.status)).to.deep.equal(Array(20).fill(200));
    const final = await storedScore('answers', answer.id);
    expect(final).to.deep.equal({ score: -10 + 5, version: 20 + 15 });

    const scoreOfVersion = new Map<number, number>();
    for (const log of subscribers) {
      const updates = await settled(log, 'answer', answer.id, final.version);
      expect(held(updates)).to.deep.equal({ targetType: 'answer', targetId: answer.id, ...final });
      expect(updates.at(-1)).to.deep.include(final);
      expect(updates.length)
        .to.be.at.least(1)
        .and.below(final.version / 2);
      for (const update of updates) {
        expect(scoreOfVersion.get(update.version) ?? update.score).to.equal(update.score);
        scoreOfVersion.set(update.version, update.score);
      }
    }
  });
});
