import { QueryTypes, type Sequelize } from 'sequelize';
import type { User } from '../../db/models';
import type { LiveQuestionState } from '../contracts/dto';
import { plainForm } from '../lib/markdown';
import { assertRunsSession, findSession } from './access';
import { STATE_LABELS } from './questions';

// The organisation's record of a session (docs/SESSIONS.md, "Export"): one row per question, then
// one per published answer after its question. Made for a spreadsheet in French: UTF-8 with a byte
// order mark (so that Excel reads the accents), fields separated by « ; » (the list separator
// of French Excel, which does not split on commas), quoted as RFC 4180 says, lines ending in
// CRLF. A cell a spreadsheet would take for a formula (=, +, -, @) is prefixed with « ' », since
// the texts are the audience's.

const HEADERS = [
  'Type',
  'N° de question',
  'N° de réponse',
  'État',
  'Texte',
  'Auteur',
  'Votes',
  'Réponses',
  'Motif de mise à l’écart',
  'Regroupée avec la question',
  'Date (UTC)',
];

const HELD_TEXT = '(texte retenu par les vérifications automatiques : non communiqué)';
const ANONYMOUS = 'Anonyme';

type Cell = string | number | null;

function quote(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  const safe = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function toCsv(rows: Cell[][]): string {
  return `\uFEFF${rows.map((row) => row.map(quote).join(';')).join('\r\n')}\r\n`;
}

interface QuestionRow {
  id: number;
  live_state: LiveQuestionState;
  body: string;
  queued: boolean;
  anonymous: boolean;
  pseudonym: string | null;
  score: number;
  answers: number;
  live_dismiss_reason: string | null;
  live_merged_into_id: number | null;
  created_at: Date;
}

interface AnswerRow {
  id: number;
  question_id: number;
  body: string;
  anonymous: boolean;
  pseudonym: string | null;
  score: number;
  created_at: Date;
}

export async function exportSession(
  sequelize: Sequelize,
  viewer: User,
  sessionId: number,
): Promise<{ filename: string; csv: string }> {
  const session = await findSession(sessionId);
  assertRunsSession(viewer, session);
  // What its asker deleted is not theirs to keep; the rest is, whatever became of it.
  const questions = await sequelize.query<QuestionRow>(
    `SELECT q.id, q.live_state, q.body, q.live_queued_at IS NOT NULL AS queued, q.anonymous, u.pseudonym, q.score,
            (SELECT count(*)::int FROM answers a WHERE a.question_id = q.id AND a.status = 'published') AS answers,
            q.live_dismiss_reason, q.live_merged_into_id, q.created_at
     FROM questions q LEFT JOIN users u ON u.id = q.author_id
     WHERE q.live_session_id = :sessionId AND q.status <> 'deleted'
     ORDER BY q.created_at, q.id`,
    { replacements: { sessionId }, type: QueryTypes.SELECT },
  );
  const answers = questions.length
    ? await sequelize.query<AnswerRow>(
        `SELECT a.id, a.question_id, a.body, a.anonymous, u.pseudonym, a.score, a.created_at
         FROM answers a LEFT JOIN users u ON u.id = a.author_id
         WHERE a.question_id IN (:ids) AND a.status = 'published' ORDER BY a.created_at, a.id`,
        { replacements: { ids: questions.map((q) => q.id) }, type: QueryTypes.SELECT },
      )
    : [];
  const rows: Cell[][] = [HEADERS];
  for (const q of questions) {
    rows.push([
      'Question',
      q.id,
      null,
      STATE_LABELS[q.live_state],
      // Text the automated checks never let through (personal data…) stays on the platform.
      q.queued ? q.body : HELD_TEXT,
      q.anonymous || !q.pseudonym ? ANONYMOUS : q.pseudonym,
      q.score,
      q.answers,
      q.live_dismiss_reason,
      q.live_merged_into_id,
      new Date(q.created_at).toISOString(),
    ]);
    for (const a of answers.filter((answer) => answer.question_id === q.id)) {
      rows.push([
        'Réponse',
        q.id,
        a.id,
        null,
        a.body,
        a.anonymous || !a.pseudonym ? ANONYMOUS : a.pseudonym,
        a.score,
        null,
        null,
        null,
        new Date(a.created_at).toISOString(),
      ]);
    }
  }
  const slug = plainForm(session.title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return { filename: `session-${session.id}${slug ? `-${slug}` : ''}.csv`, csv: toCsv(rows) };
}
