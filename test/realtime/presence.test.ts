import { expect } from 'chai';
import { buildTag, buildUser, clientFor } from '../support/factories';
import { testEnv } from '../support/hooks';
import {
  connectSocket,
  disconnectAll,
  expectNoEvent,
  subscribe,
  unsubscribe,
  watch,
  type EventLog,
} from '../support/sockets';

// Presence is sent on a one-second tick, only when a room's total changed: tests wait for the
// count they expect, never for a duration. Each test uses rooms of its own (a theme created for
// it), so counts left from an earlier test cannot interfere.

/** Resolves once a `presence` for `room` saying `count` arrives after `since`. */
function presenceOf(log: EventLog, room: string, count: number, since: number) {
  return log.waitFor('presence', (p) => p.room === room && p.count === count, 5_000, since);
}

describe('real-time presence', () => {
  afterEach(() => disconnectAll());

  it('counts a room’s audience: in the subscribe acknowledgement, then pushed as it changes', async () => {
    await buildTag('presence-a', 'Présence A');
    const room = 'tag:presence-a';
    const watcher = await watch(undefined, []);
    expect(await subscribe(watcher.socket, room)).to.deep.equal({ ok: true, presence: 1 });

    let mark = watcher.mark();
    const second = await connectSocket(await clientFor(await buildUser()));
    expect(await subscribe(second, room)).to.deep.equal({ ok: true, presence: 2 });
    await presenceOf(watcher, room, 2, mark);

    mark = watcher.mark();
    expect(await unsubscribe(second, room)).to.deep.equal({ ok: true });
    await presenceOf(watcher, room, 1, mark);

    mark = watcher.mark();
    const third = await connectSocket();
    expect(await subscribe(third, room)).to.deep.equal({ ok: true, presence: 2 });
    await presenceOf(watcher, room, 2, mark);
    mark = watcher.mark();
    third.disconnect();
    await presenceOf(watcher, room, 1, mark);

    // Joining the same room twice is one member of its audience.
    expect(await subscribe(watcher.socket, room)).to.deep.equal({ ok: true, presence: 1 });
  });

  it('sends a room’s presence to that room only', async () => {
    await buildTag('presence-b', 'Présence B');
    await buildTag('presence-c', 'Présence C');
    const inB = await watch(undefined, ['tag:presence-b']);
    const inC = await watch(undefined, ['tag:presence-c']);
    const markB = inB.mark();
    const markC = inC.mark();

    const joiner = await connectSocket();
    await subscribe(joiner, 'tag:presence-b');
    await presenceOf(inB, 'tag:presence-b', 2, markB);
    // Sentinel: a change in C, caused after the change in B was pushed.
    await subscribe(joiner, 'tag:presence-c');
    await expectNoEvent(
      inC,
      'presence',
      presenceOf(inC, 'tag:presence-c', 2, markC),
      (p) => p.room !== 'tag:presence-c',
    );
    expect(inB.of('presence', (p) => p.room !== 'tag:presence-b')).to.deep.equal([]);
  });

  it('folds a burst of arrivals and departures into a few updates that end on the exact count', async () => {
    await buildTag('presence-d', 'Présence D');
    const room = 'tag:presence-d';
    const watcher = await watch(undefined, [room]);
    const mark = watcher.mark();

    const crowd = 12;
    const sockets = await Promise.all(Array.from({ length: crowd }, () => connectSocket()));
    await Promise.all(sockets.map((socket) => subscribe(socket, room)));
    await presenceOf(watcher, room, crowd + 1, mark);
    for (const socket of sockets) socket.disconnect();
    await presenceOf(watcher, room, 1, watcher.mark());

    const updates = watcher.of('presence', (p) => p.room === room, mark);
    expect(updates.at(-1)).to.deep.equal({ room, count: 1 });
    // 24 changes of audience, folded (at most one update per second per room).
    expect(updates.length).to.be.below(crowd);
    for (const update of updates) expect(update.count).to.be.within(1, crowd + 1);
  });

  it('writes counts for audience rooms only: never a user’s private room', async () => {
    const { ctx } = testEnv();
    const log = await watch(await clientFor(await buildUser()), ['questions']);
    const keys = await ctx.redis.keys('presence:*');
    expect(keys).to.include('presence:questions');
    expect(
      keys.filter((key) => !/^presence:(questions|moderation|(tag|question|session):.+)$/.test(key)),
    ).to.deep.equal([]);
    expect(log.socket.connected).to.be.true;
  });
});
