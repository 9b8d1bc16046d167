import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import { testEnv } from '../support/hooks';
import { buildQuestion, buildTag, buildUser, clientFor } from '../support/factories';
import { disconnectAll, expectNoEvent, postQuestion, watch } from '../support/sockets';

const FIXTURE = fileURLToPath(new URL('./fixtures/workerPublisher.ts', import.meta.url));

/** Runs the publishing script in its own process (no Socket.IO server in it) and waits for it. */
function runWorkerPublisher(questionId: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', FIXTURE, String(questionId)], {
      env: { ...process.env, LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const guard = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(guard);
      if (code === 0) resolve(output.trim());
      else reject(new Error(`worker publisher exited with ${code}: ${output}`));
    });
  });
}

describe('real-time events published by a worker process', function () {
  this.timeout(40_000);
  afterEach(() => disconnectAll());

  it('reach the connected clients in the right rooms, and the author’s tabs only for private events', async () => {
    await buildTag('tresorerie');
    await buildTag('recrutement');
    const author = await buildUser();
    const authorClient = await clientFor(author);
    const other = await clientFor(await buildUser());
    const question = await buildQuestion({ author, tags: ['tresorerie'] });
    // What a job would have changed before publishing.
    await testEnv().ctx.sequelize.query(
      `UPDATE questions SET title = :title, score = 5, score_version = 1 WHERE id = :id`,
      { replacements: { id: question.id, title: 'Un titre revu par une tâche de fond' } },
    );

    const feed = await watch(undefined, ['questions']);
    const theme = await watch(undefined, ['tag:tresorerie']);
    const room = await watch(undefined, [`question:${question.id}`]);
    const authorTabs = [await watch(authorClient), await watch(authorClient)];
    const otherTheme = await watch(undefined, ['tag:recrutement']);
    const otherTab = await watch(other);

    expect(await runWorkerPublisher(question.id)).to.equal('published');

    for (const log of [feed, theme, room, ...authorTabs]) {
      const updated = await log.waitFor('question:updated');
      expect(updated.question).to.include({ id: question.id, title: 'Un titre revu par une tâche de fond' });
      expect(updated.question.tags).to.deep.equal(['tresorerie']);
    }
    for (const log of authorTabs) {
      expect(await log.waitFor('post:status')).to.deep.equal({
        targetType: 'question',
        targetId: question.id,
        status: 'published',
        reasons: [{ check: 'worker-fixture', detail: 'checked by a worker process' }],
      });
    }
    for (const log of [feed, theme, room]) {
      expect(await log.waitFor('vote:updated')).to.deep.equal({
        targetType: 'question',
        targetId: question.id,
        score: 5,
        version: 1,
      });
      expect(log.of('post:status')).to.deep.equal([]);
    }

    // Sentinel, caused after the worker's events: another member's question in another theme.
    const later = await postQuestion(other, ['recrutement']);
    const isLater = (p: { question: { id: number } }) => p.question.id === later.id;
    for (const log of [otherTheme, otherTab]) {
      const sentinel = log.waitFor('question:created', isLater);
      await expectNoEvent(log, 'question:updated', sentinel);
      await expectNoEvent(log, 'post:status', sentinel, (p) => p.targetId === question.id);
    }
  });
});
