import { expect } from 'chai';
import { FLOOD_POSTS_PER_HOUR, FLOOD_POSTS_PER_MINUTE, flooding } from './flooding';
import { NEUTRAL_CONTEXT } from './index';

const check = (postsLastMinute: number, postsLastHour: number) =>
  flooding({ kind: 'answer', title: null, body: 'Bonjour' }, { ...NEUTRAL_CONTEXT, postsLastMinute, postsLastHour });

describe('moderation check: flooding', () => {
  it('fires from the per-minute or per-hour threshold, not below', () => {
    expect(check(FLOOD_POSTS_PER_MINUTE, FLOOD_POSTS_PER_MINUTE)?.detail).to.contain('dernière minute');
    expect(check(0, FLOOD_POSTS_PER_HOUR)?.detail).to.contain('dernière heure');
    expect(check(FLOOD_POSTS_PER_MINUTE - 1, FLOOD_POSTS_PER_HOUR - 1)).to.equal(null);
    expect(check(0, 0)).to.equal(null);
  });
});
