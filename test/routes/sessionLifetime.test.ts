import { expect } from 'chai';
import { TestClient } from '../support/client';
import { buildUser, DEFAULT_PASSWORD } from '../support/factories';
import { testEnv } from '../support/hooks';

const DAY_SECONDS = 24 * 60 * 60;

async function sessionTtlSeconds(): Promise<number> {
  const [key] = await testEnv().ctx.redis.keys('sess:*');
  expect(key, 'a session stored in Redis').to.be.a('string');
  return testEnv().ctx.redis.ttl(key!);
}

describe('session lifetime', () => {
  it('keeps a visitor’s session (a CSRF token only) for a day, a logged-in one for thirty days', async () => {
    const user = await buildUser();
    const client = new TestClient();
    await client.fetchSession();
    expect(await sessionTtlSeconds()).to.be.within(DAY_SECONDS - 60, DAY_SECONDS);

    await client.login(user.email, DEFAULT_PASSWORD);
    expect(await testEnv().ctx.redis.keys('sess:*')).to.have.length(1); // the visitor's one was replaced
    expect(await sessionTtlSeconds()).to.be.greaterThan(29 * DAY_SECONDS);
  });
});
