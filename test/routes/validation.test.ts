import { expect } from 'chai';
import { QueryTypes } from 'sequelize';
import { Question, User } from '../../db/models';
import { TestClient, type TestResponse } from '../support/client';
import { testEnv } from '../support/hooks';
import { moderated } from '../support/moderation';
import { buildQuestion, buildTag, buildUser, clientFor } from '../support/factories';

// Every bad input gets the contract's error shape, a French message and a 4xx status, and
// changes nothing; hostile text is either refused or stored and served without danger.

const TAG = 'tresorerie-financement';
const OTHER_TAGS = ['fiscalite', 'social', 'juridique', 'export', 'numerique'];
const SQL = "'; DROP TABLE questions; --";
const HOSTILE = [
  SQL,
  'Robert\'); DROP TABLE users; -- " OR 1=1',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[x](javascript:alert(1))',
  '[x](JaVaScRiPt:alert(1))',
  '![x](javascript:alert(1))',
  '<a href="javascript:alert(1)" onclick="alert(1)">x</a>',
  '<svg onload=alert(1)></svg><iframe src="javascript:alert(1)"></iframe>',
  '<javascript:alert(1)> et [x](data:text/html;base64,PHNjcmlwdD4=)',
];

const validQuestion = {
  title: 'Comment financer un besoin en fonds de roulement ?',
  body: 'Notre stock double avant Noël : affacturage ou découvert bancaire ?',
  tags: [TAG],
};
const validAnswer = { body: 'Un affacturage ponctuel est souvent moins cher qu’un découvert.' };
const validRegistration = {
  email: 'nouvelle@exemple.fr',
  password: 'un-mot-de-passe-solide',
  pseudonym: 'Nouvelle-Cheffe',
};

const ENGLISH = /\b(invalid|expected|received|required|must|should|too (big|small)|unrecognized)\b/i;

function expectApiError(response: TestResponse, status: number, code?: string): void {
  expect(response.status, response.text).to.equal(status);
  expect(response.headers.get('content-type'), response.text).to.match(/application\/json/);
  expect(Object.keys(response.body)).to.deep.equal(['error']);
  const { error } = response.body;
  if (code) expect(error.code).to.equal(code);
  expect(error.code)
    .to.be.a('string')
    .and.match(/^[a-z]+(_[a-z]+)*$/);
  expect(error.message)
    .to.be.a('string')
    .and.match(/[a-zà-ÿ]/);
  expect(error.message, 'message in French').to.not.match(ENGLISH);
  expect(response.text, 'no stack trace').to.not.match(/Error:|\bat .+:\d+|node_modules|\.ts\b|stack/);
  for (const detail of error.details ?? []) {
    expect(detail.path).to.be.a('string');
    expect(detail.message, 'detail in French').to.be.a('string').and.not.match(ENGLISH);
  }
}

/** The rows a rejected request must leave exactly as they were. */
/** What the database holds once the moderation worker has settled what was posted before. */
async function snapshot(): Promise<string> {
  await moderated();
  const tables = ['users', 'questions', 'question_tags', 'answers', 'revisions', 'tags'];
  const rows: Record<string, unknown> = {};
  for (const table of tables) {
    rows[table] = await testEnv().ctx.sequelize.query(`SELECT * FROM ${table} ORDER BY 1, 2`, {
      type: QueryTypes.SELECT,
    });
  }
  return JSON.stringify(rows);
}

/** Sanitised HTML: only the allowed tags, no script, no event handler, no script URL. */
function expectSafeHtml(html: string): void {
  expect(html).to.not.match(/<\s*script/i);
  const tags = html.match(/<[^>]*>/g) ?? [];
  for (const tag of tags) {
    expect(tag).to.match(
      /^<\/?(p|br|strong|em|del|s|code|pre|blockquote|ul|ol|li|h[1-6]|hr|a|table|thead|tbody|tr|th|td)[\s>/]/,
    );
    expect(tag, 'event handler').to.not.match(/\son[a-z]+\s*=/i);
    expect(tag, 'script URL').to.not.match(/javascript:|vbscript:|data:/i);
  }
  // Outside tags, every `<` is escaped: `onerror` or `javascript:` may remain, as visible text only.
  expect(html.replace(/<[^>]*>/g, '')).to.not.include('<');
}

interface BadInput {
  label: string;
  body?: unknown;
  raw?: string;
  headers?: Record<string, string>;
  status: number;
  code?: string;
  path?: string;
}

const tooLarge = (base: Record<string, unknown>, field: string): BadInput => ({
  label: 'a JSON body over 100 KB',
  raw: JSON.stringify({ ...base, [field]: 'a'.repeat(101 * 1024) }),
  status: 413,
  code: 'payload_too_large',
});

const malformed: BadInput[] = [
  { label: 'malformed JSON', raw: '{"title": "Une question', status: 400 },
  { label: 'JSON with single quotes', raw: "{'body': 'texte'}", status: 400 },
  { label: 'a JSON null', raw: 'null', status: 400 },
  { label: 'a JSON string', raw: '"du texte tout seul"', status: 400 },
  { label: 'a JSON array', raw: '[]', status: 400 },
  { label: 'a JSON array of strings', raw: '["Un titre de question", "un texte"]', status: 400 },
  {
    label: 'JSON sent as text/plain',
    raw: JSON.stringify(validQuestion),
    headers: { 'content-type': 'text/plain' },
    status: 400,
  },
];

function without(base: Record<string, unknown>, field: string): Record<string, unknown> {
  const copy = { ...base };
  delete copy[field];
  return copy;
}

const questionCases: BadInput[] = [
  { label: 'no field at all', body: {}, status: 400, code: 'validation_failed', path: 'body.title' },
  {
    label: 'no title',
    body: without(validQuestion, 'title'),
    status: 400,
    code: 'validation_failed',
    path: 'body.title',
  },
  { label: 'no body', body: without(validQuestion, 'body'), status: 400, code: 'validation_failed', path: 'body.body' },
  { label: 'no tags', body: without(validQuestion, 'tags'), status: 400, code: 'validation_failed', path: 'body.tags' },
  { label: 'a number for title', body: { ...validQuestion, title: 123456789012345 }, status: 400, path: 'body.title' },
  { label: 'null for title', body: { ...validQuestion, title: null }, status: 400, path: 'body.title' },
  {
    label: 'an array for title',
    body: { ...validQuestion, title: [validQuestion.title] },
    status: 400,
    path: 'body.title',
  },
  {
    label: 'an object for body',
    body: { ...validQuestion, body: { text: validQuestion.body } },
    status: 400,
    path: 'body.body',
  },
  { label: 'a boolean for body', body: { ...validQuestion, body: true }, status: 400, path: 'body.body' },
  { label: 'a string for tags', body: { ...validQuestion, tags: TAG }, status: 400, path: 'body.tags' },
  { label: 'an object for tags', body: { ...validQuestion, tags: { 0: TAG } }, status: 400, path: 'body.tags' },
  { label: 'a number in tags', body: { ...validQuestion, tags: [42] }, status: 400, path: 'body.tags.0' },
  { label: 'null in tags', body: { ...validQuestion, tags: [TAG, null] }, status: 400, path: 'body.tags.1' },
  {
    label: 'a string for anonymous',
    body: { ...validQuestion, anonymous: 'oui' },
    status: 400,
    path: 'body.anonymous',
  },
  {
    label: 'a title of 14 characters',
    body: { ...validQuestion, title: 'a'.repeat(14) },
    status: 400,
    path: 'body.title',
  },
  {
    label: 'a title of 151 characters',
    body: { ...validQuestion, title: 'a'.repeat(151) },
    status: 400,
    path: 'body.title',
  },
  {
    label: 'a title of spaces only',
    body: { ...validQuestion, title: ' '.repeat(40) },
    status: 400,
    path: 'body.title',
  },
  {
    label: 'a body of 19 characters',
    body: { ...validQuestion, body: 'b'.repeat(19) },
    status: 400,
    path: 'body.body',
  },
  {
    label: 'a body of 30 001 characters',
    body: { ...validQuestion, body: 'b'.repeat(30_001) },
    status: 400,
    path: 'body.body',
  },
  { label: 'no tag', body: { ...validQuestion, tags: [] }, status: 400, path: 'body.tags' },
  { label: '6 tags', body: { ...validQuestion, tags: [TAG, ...OTHER_TAGS] }, status: 400, path: 'body.tags' },
  { label: 'an unknown tag', body: { ...validQuestion, tags: [TAG, 'inconnu'] }, status: 400, path: 'body.tags' },
  { label: 'a tag in capitals', body: { ...validQuestion, tags: ['Fiscalite'] }, status: 400, path: 'body.tags.0' },
  { label: 'SQL as a tag', body: { ...validQuestion, tags: [SQL] }, status: 400, path: 'body.tags.0' },
  { label: 'HTML as a tag', body: { ...validQuestion, tags: ['<script>alert(1)</script>'] }, status: 400 },
  {
    label: 'a NUL character in the title',
    body: { ...validQuestion, title: `${validQuestion.title}\u0000` },
    status: 400,
  },
  {
    label: 'a NUL character in the body',
    body: { ...validQuestion, body: `Avant\u0000après ${validQuestion.body}` },
    status: 400,
  },
  { label: 'a NUL character in a tag', body: { ...validQuestion, tags: [`${TAG}\u0000`] }, status: 400 },
  {
    label: 'a control character in the title',
    body: { ...validQuestion, title: `Alerte\u0007 ${validQuestion.title}` },
    status: 400,
  },
  tooLarge(validQuestion, 'body'),
  ...malformed,
];

const editCases: BadInput[] = [
  { label: 'no field to change', body: {}, status: 400, code: 'validation_failed' },
  { label: 'only an unknown field', body: { anonymous: true }, status: 400, code: 'validation_failed' },
  { label: 'a number for title', body: { title: 42 }, status: 400, path: 'body.title' },
  { label: 'an object for body', body: { body: { text: validQuestion.body } }, status: 400, path: 'body.body' },
  { label: 'a string for tags', body: { tags: TAG }, status: 400, path: 'body.tags' },
  { label: 'a title of 14 characters', body: { title: 'a'.repeat(14) }, status: 400, path: 'body.title' },
  { label: 'a title of 151 characters', body: { title: 'a'.repeat(151) }, status: 400, path: 'body.title' },
  { label: 'a body of 19 characters', body: { body: 'b'.repeat(19) }, status: 400, path: 'body.body' },
  { label: 'a body of 30 001 characters', body: { body: 'b'.repeat(30_001) }, status: 400, path: 'body.body' },
  { label: 'no tag', body: { tags: [] }, status: 400, path: 'body.tags' },
  { label: '6 tags', body: { tags: [TAG, ...OTHER_TAGS] }, status: 400, path: 'body.tags' },
  { label: 'an unknown tag', body: { tags: ['inconnu'] }, status: 400, path: 'body.tags' },
  {
    label: 'a valid title but an unknown tag',
    body: { title: 'Un titre modifié et valide', tags: ['inconnu'] },
    status: 400,
  },
  { label: 'a NUL character in the body', body: { body: `Un texte modifié\u0000 assez long` }, status: 400 },
  tooLarge({}, 'body'),
  ...malformed,
];

const answerCases: BadInput[] = [
  { label: 'no body', body: {}, status: 400, code: 'validation_failed', path: 'body.body' },
  { label: 'a number for body', body: { body: 42 }, status: 400, path: 'body.body' },
  { label: 'null for body', body: { body: null }, status: 400, path: 'body.body' },
  { label: 'an object for body', body: { body: { text: validAnswer.body } }, status: 400, path: 'body.body' },
  { label: 'a string for anonymous', body: { ...validAnswer, anonymous: 'non' }, status: 400, path: 'body.anonymous' },
  { label: 'a body of 19 characters', body: { body: 'b'.repeat(19) }, status: 400, path: 'body.body' },
  { label: 'a body of 30 001 characters', body: { body: 'b'.repeat(30_001) }, status: 400, path: 'body.body' },
  { label: 'a NUL character in the body', body: { body: `${validAnswer.body}\u0000` }, status: 400, path: 'body.body' },
  tooLarge(validAnswer, 'body'),
  ...malformed,
];

const registerCases: BadInput[] = [
  { label: 'no field at all', body: {}, status: 400, code: 'validation_failed' },
  { label: 'no email', body: without(validRegistration, 'email'), status: 400, path: 'body.email' },
  { label: 'no password', body: without(validRegistration, 'password'), status: 400, path: 'body.password' },
  { label: 'no pseudonym', body: without(validRegistration, 'pseudonym'), status: 400, path: 'body.pseudonym' },
  { label: 'a number for email', body: { ...validRegistration, email: 42 }, status: 400, path: 'body.email' },
  {
    label: 'an array for password',
    body: { ...validRegistration, password: ['secret'] },
    status: 400,
    path: 'body.password',
  },
  {
    label: 'an object for pseudonym',
    body: { ...validRegistration, pseudonym: { a: 1 } },
    status: 400,
    path: 'body.pseudonym',
  },
  { label: 'a password of 9 characters', body: { ...validRegistration, password: 'p'.repeat(9) }, status: 400 },
  { label: 'a password of 201 characters', body: { ...validRegistration, password: 'p'.repeat(201) }, status: 400 },
  {
    label: 'an email of 255 characters',
    body: { ...validRegistration, email: `${'a'.repeat(244)}@exemple.fr` },
    status: 400,
  },
  {
    label: 'a NUL character in the email',
    body: { ...validRegistration, email: 'nouvelle\u0000@exemple.fr' },
    status: 400,
  },
  {
    label: 'a NUL character in the pseudonym',
    body: { ...validRegistration, pseudonym: 'Nouvelle\u0000' },
    status: 400,
  },
  { label: 'SQL as pseudonym', body: { ...validRegistration, pseudonym: SQL }, status: 400, path: 'body.pseudonym' },
  {
    label: 'HTML as pseudonym',
    body: { ...validRegistration, pseudonym: '<script>' },
    status: 400,
    path: 'body.pseudonym',
  },
  {
    label: 'SQL as email',
    body: { ...validRegistration, email: `${SQL}@exemple.fr` },
    status: 400,
    path: 'body.email',
  },
  { label: 'HTML as email', body: { ...validRegistration, email: '<img src=x onerror=alert(1)>@x.fr' }, status: 400 },
  tooLarge(validRegistration, 'pseudonym'),
  ...malformed,
];

async function send(client: TestClient, method: string, path: string, input: BadInput): Promise<TestResponse> {
  return client.request(method, path, input.body, { rawBody: input.raw, headers: input.headers });
}

function describeBadInputs(
  title: string,
  cases: BadInput[],
  target: () => { client: TestClient; method: string; path: string },
): void {
  describe(title, () => {
    for (const input of cases) {
      it(`refuses ${input.label} (${input.status}) and changes nothing`, async () => {
        const { client, method, path } = target();
        await client.fetchSession();
        const before = await snapshot();
        const response = await send(client, method, path, input);
        expectApiError(response, input.status, input.code);
        if (input.path) {
          expect(response.body.error.details.map((d: { path: string }) => d.path)).to.include(input.path);
        }
        expect(await snapshot()).to.equal(before);
      });
    }
  });
}

describe('validation of every input', () => {
  let author: User;
  let member: TestClient;
  let question: Question;

  beforeEach(async () => {
    await buildTag(TAG);
    for (const slug of OTHER_TAGS) await buildTag(slug, slug);
    author = await buildUser();
    question = await buildQuestion({ author });
    member = await clientFor(author);
  });

  describeBadInputs('POST /api/questions', questionCases, () => ({
    client: member,
    method: 'POST',
    path: '/api/questions',
  }));
  describeBadInputs('PATCH /api/questions/:id', editCases, () => ({
    client: member,
    method: 'PATCH',
    path: `/api/questions/${question.id}`,
  }));
  describeBadInputs('POST /api/questions/:id/answers', answerCases, () => ({
    client: member,
    method: 'POST',
    path: `/api/questions/${question.id}/answers`,
  }));
  describeBadInputs('POST /api/auth/register', registerCases, () => ({
    client: new TestClient(),
    method: 'POST',
    path: '/api/auth/register',
  }));

  describe('ids in paths', () => {
    const badIds = ['abc', '99999999999', '0', '-3', '2.5', '1%20OR%201%3D1', '%27%3B%20DROP%20TABLE%20questions%3B--'];

    it('refuses a malformed question id (400) on every question route and changes nothing', async () => {
      const before = await snapshot();
      for (const id of badIds) {
        expectApiError(await member.get(`/api/questions/${id}`), 400, 'validation_failed');
        expectApiError(await member.patch(`/api/questions/${id}`, { title: 'Un titre modifié et valide' }), 400);
        expectApiError(await member.delete(`/api/questions/${id}`), 400, 'validation_failed');
        expectApiError(await member.post(`/api/questions/${id}/answers`, validAnswer), 400, 'validation_failed');
        expectApiError(await member.get(`/api/questions/${id}/revisions`), 400, 'validation_failed');
      }
      expect(await snapshot()).to.equal(before);
    });

    it('answers 404 for an unknown question on every question route and changes nothing', async () => {
      const before = await snapshot();
      expectApiError(await member.get('/api/questions/4242'), 404, 'not_found');
      expectApiError(
        await member.patch('/api/questions/4242', { title: 'Un titre modifié et valide' }),
        404,
        'not_found',
      );
      expectApiError(await member.delete('/api/questions/4242'), 404, 'not_found');
      expectApiError(await member.post('/api/questions/4242/answers', validAnswer), 404, 'not_found');
      expectApiError(await member.get('/api/questions/4242/revisions'), 404, 'not_found');
      expect(await snapshot()).to.equal(before);
    });

    it('refuses an answer to a deleted question (404) and changes nothing', async () => {
      await Question.update({ status: 'deleted' }, { where: { id: question.id } });
      const before = await snapshot();
      expectApiError(await member.post(`/api/questions/${question.id}/answers`, validAnswer), 404, 'not_found');
      expect(await snapshot()).to.equal(before);
    });
  });

  describe('query strings of the question list', () => {
    const bad = [
      'sort=random',
      `sort=${encodeURIComponent(SQL)}`,
      `tag=${encodeURIComponent(SQL)}`,
      `tag=${encodeURIComponent('<script>alert(1)</script>')}`,
      'limit=0',
      'limit=101',
      'limit=dix',
      'limit=1.5',
      `cursor=${encodeURIComponent(SQL)}`,
      `cursor=${'a'.repeat(501)}`,
      'sort=top&sort=newest',
      'limit=1&limit=2',
      'cursor=a&cursor=b',
      'tag=fiscalite&tag=social',
    ];
    for (const query of bad) {
      it(`refuses ?${query.slice(0, 60)} (400)`, async () => {
        expectApiError(await new TestClient().get(`/api/questions?${query}`), 400, 'validation_failed');
      });
    }
  });

  describe('limits accepted at their bounds', () => {
    it('accepts a title of 15 and 150 characters, a body of 20 and 30 000, and 5 tags', async () => {
      const first = await member.post('/api/questions', { title: 't'.repeat(15), body: 'b'.repeat(20), tags: [TAG] });
      expect(first.status, first.text).to.equal(201);
      const second = await member.post('/api/questions', {
        title: 't'.repeat(150),
        body: 'b'.repeat(30_000),
        tags: [TAG, ...OTHER_TAGS.slice(0, 4)],
      });
      expect(second.status, second.text).to.equal(201);
      expect(second.body.question.tags).to.have.length(5);
      const answer = await member.post(`/api/questions/${question.id}/answers`, { body: 'r'.repeat(20) });
      expect(answer.status, answer.text).to.equal(201);
    });

    it('stores titles whatever their script (never a 500)', async () => {
      for (const title of [
        '한국어 제목'.repeat(15),
        '日本語のタイトルです'.repeat(15),
        'Ελληνικός τίτλος ΐΰ'.repeat(7),
      ]) {
        const response = await member.post('/api/questions', { ...validQuestion, title: title.slice(0, 150) });
        expect(response.status, response.text).to.equal(201);
        expect(response.body.question.title).to.equal(title.slice(0, 150).trim());
      }
      const edited = await member.patch(`/api/questions/${question.id}`, {
        title: '한국어 제목'.repeat(30).slice(0, 150),
      });
      expect(edited.status, edited.text).to.equal(200);
    });
  });

  describe('SQL and HTML in every text field', () => {
    for (const payload of HOSTILE) {
      it(`stores or refuses, never executes: ${payload}`, async () => {
        const title = `Titre : ${payload}`.slice(0, 150);
        const body = `Texte : ${payload}`;
        const moderator = await clientFor(await buildUser({ role: 'moderator' }));

        // POST /api/questions, hostile title then hostile body.
        for (const fields of [{ title }, { body }]) {
          const before = await snapshot();
          const response = await member.post('/api/questions', { ...validQuestion, ...fields });
          if (response.status === 201) {
            const { question: created } = response.body;
            expect(created.title).to.equal(fields.title ?? validQuestion.title);
            expect(created.body).to.equal(fields.body ?? validQuestion.body);
            expectSafeHtml(created.bodyHtml);
            // Read by its author: what is stored and shown, whatever the moderation decides.
            const read = await member.get(`/api/questions/${created.id}`);
            expect(read.body.question.title).to.equal(created.title);
            expectSafeHtml(read.body.question.bodyHtml);
          } else {
            expectApiError(response, 400, 'validation_failed');
            expect(await snapshot()).to.equal(before);
          }
        }

        // PATCH /api/questions/:id by a moderator, hostile title then hostile body.
        for (const fields of [{ title }, { body }]) {
          const before = await snapshot();
          const response = await moderator.patch(`/api/questions/${question.id}`, fields);
          if (response.status === 200) {
            if (fields.title) expect(response.body.question.title).to.equal(fields.title);
            if (fields.body) expect(response.body.question.body).to.equal(fields.body);
            expectSafeHtml(response.body.question.bodyHtml);
          } else {
            expectApiError(response, 400, 'validation_failed');
            expect(await snapshot()).to.equal(before);
          }
        }
        const revisions = await moderator.get(`/api/questions/${question.id}/revisions`);
        expect(revisions.status).to.equal(200);

        // POST /api/questions/:id/answers.
        const beforeAnswer = await snapshot();
        const answer = await member.post(`/api/questions/${question.id}/answers`, { body });
        if (answer.status === 201) {
          expect(answer.body.answer.body).to.equal(body);
          expectSafeHtml(answer.body.answer.bodyHtml);
          const read = await member.get(`/api/questions/${question.id}`);
          for (const shown of read.body.answers) expectSafeHtml(shown.bodyHtml);
        } else {
          expectApiError(answer, 400, 'validation_failed');
          expect(await snapshot()).to.equal(beforeAnswer);
        }

        // POST /api/auth/register: pseudonym, email and password.
        const registrations = [
          { ...validRegistration, pseudonym: payload.slice(0, 30) },
          { ...validRegistration, email: `${payload}@exemple.fr` },
          { ...validRegistration, password: payload.padEnd(10, '!') },
        ];
        for (const registration of registrations) {
          const before = await snapshot();
          const response = await new TestClient().post('/api/auth/register', registration);
          if (response.status === 201) {
            expect(response.body.user.pseudonym).to.equal(registration.pseudonym);
            const stored = await User.findByPk(response.body.user.id);
            expect(stored!.passwordHash)
              .to.match(/^\$argon2id\$/)
              .and.not.include(registration.password);
            await new TestClient().login(registration.email, registration.password);
            await stored!.destroy();
          } else {
            expectApiError(response, 400, 'validation_failed');
            expect(await snapshot()).to.equal(before);
          }
        }

        // The tables are all still there, and the list serves the hostile titles as plain text.
        expect(await User.count()).to.be.at.least(2);
        await moderated();
        const list = await new TestClient().get('/api/questions?limit=100');
        expect(list.status).to.equal(200);
        expect(list.body.items.length).to.equal(await Question.count({ where: { status: 'published' } }));
      });
    }

    it('renders links with rel="nofollow ugc noopener" and keeps markdown formatting', async () => {
      const response = await member.post('/api/questions', {
        ...validQuestion,
        body: 'Voir **ce guide** : [Bpifrance](https://www.bpifrance.fr/aides) ou https://exemple.fr',
      });
      expect(response.status, response.text).to.equal(201);
      const html: string = response.body.question.bodyHtml;
      expectSafeHtml(html);
      expect(html).to.include('<strong>ce guide</strong>');
      expect(html).to.include('<a href="https://www.bpifrance.fr/aides" rel="nofollow ugc noopener">Bpifrance</a>');
      expect(html).to.include('<a href="https://exemple.fr" rel="nofollow ugc noopener">');
    });

    it('lets the member who registered with a hostile password log in with it', async () => {
      const password = `${SQL}<script>`;
      const response = await new TestClient().post('/api/auth/register', { ...validRegistration, password });
      expect(response.status, response.text).to.equal(201);
      const client = new TestClient();
      await client.login(validRegistration.email, password);
      expect((await client.get('/api/auth/session')).body.user.pseudonym).to.equal(validRegistration.pseudonym);
      expect(await User.count({ where: { email: validRegistration.email } })).to.equal(1);
    });
  });
});
