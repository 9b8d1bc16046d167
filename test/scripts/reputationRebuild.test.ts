import { spawn } from 'node:child_process';
import { expect } from 'chai';
import { buildAnswer, buildUser, clientFor } from '../support/factories';
import { testEnv } from '../support/hooks';
import { reputationOf, startReputationWorker } from '../support/reputation';

function rebuild(): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/reputationRebuild.ts'], {
      env: process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('npm run reputation:rebuild', function () {
  this.timeout(40_000);

  it('puts back a cached total that drifted from the votes, and says how many it corrected', async () => {
    const { sequelize } = testEnv().ctx;
    const author = await buildUser();
    const answer = await buildAnswer({ author });
    const worker = await startReputationWorker();
    try {
      await (await clientFor(await buildUser())).post(`/api/answers/${answer.id}/vote`, { value: 1 });
      await worker.drained();
    } finally {
      await worker.close();
    }
    expect(await reputationOf(author.id)).to.equal(11);
    // A cache damaged by hand, as an operator's mistake or a restored backup would leave it.
    await sequelize.query(`UPDATE users SET reputation = 500, reputation_earned = 499 WHERE id = :id`, {
      replacements: { id: author.id },
    });

    const { code, output } = await rebuild();
    expect(code, output).to.equal(0);
    expect(output).to.contain('1 total(s) corrigé(s)');
    expect(await reputationOf(author.id)).to.equal(11);
    const again = await rebuild();
    expect(again.output).to.contain('0 total(s) corrigé(s)');
  });
});
