import { QueryTypes, type Sequelize } from 'sequelize';
import type { Migration } from '../migrator';

// Live Q&A sessions run by partner organisations (docs/SESSIONS.md). An audience question is an
// ordinary `questions` row linked to its session: it goes through the same automated checks,
// votes, answers and reputation as any question, and stays after the session as an ordinary,
// searchable question. What only a session needs lives in the `live_*` columns:
//   live_state   where it stands in the session (pending → approved → answering → answered;
//                dismissed and merged end it), kept after the session for the archive;
//   live_active  true while its session has not ended: the ordinary lists, search and feeds
//                leave it out until then (a cheaper test than joining the session on every list);
//   live_queued_at  when the automated checks let it into the moderators' queue (null while
//                awaiting them or held by them): queue order, and what the session's staff see.

const SESSION_NOTIFICATION_KINDS = [
  'session_opened',
  'session_started',
  'session_question_moved',
  'session_question_dismissed',
  'session_question_merged',
];

/**
 * The kinds the notifications CHECK allows now. Read from the constraint rather than written out
 * again, so that this migration widens whatever the earlier ones allow instead of replacing it.
 */
async function notificationKinds(sequelize: Sequelize): Promise<string[]> {
  const [row] = await sequelize.query<{ def: string }>(
    `SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname = 'notifications_kind_check'`,
    { type: QueryTypes.SELECT },
  );
  return [...(row?.def ?? '').matchAll(/'([a-z_]+)'/g)].map((match) => match[1]!);
}

async function setNotificationKinds(sequelize: Sequelize, kinds: string[]): Promise<void> {
  const list = [...new Set(kinds)].map((kind) => `'${kind.replace(/[^a-z_]/g, '')}'`).join(', ');
  await sequelize.query(`
    ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
    ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN (${list}));
  `);
}

export const up: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    CREATE TABLE live_sessions (
      id serial PRIMARY KEY,
      organisation_id integer NOT NULL REFERENCES organisations(id),
      title varchar(150) NOT NULL CHECK (char_length(title) BETWEEN 10 AND 150),
      description text NOT NULL DEFAULT '',
      status text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'live', 'ended')),
      starts_at timestamptz(3) NOT NULL,
      ends_at timestamptz(3) NOT NULL,
      -- Questions are collected from this time on; null: from the session's creation.
      questions_open_at timestamptz(3),
      -- Subscribers were told that questions are open (or nobody needed telling).
      open_announced boolean NOT NULL DEFAULT false,
      started_at timestamptz(3),
      ended_at timestamptz(3),
      created_by integer REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      updated_at timestamptz(3) NOT NULL DEFAULT now(),
      CHECK (ends_at > starts_at),
      CHECK (questions_open_at IS NULL OR questions_open_at <= starts_at)
    );
    CREATE INDEX live_sessions_starts_idx ON live_sessions (starts_at, id);
    CREATE INDEX live_sessions_status_idx ON live_sessions (status, starts_at, id);
    CREATE INDEX live_sessions_organisation_idx ON live_sessions (organisation_id, starts_at DESC);
    CREATE INDEX live_sessions_opening_idx ON live_sessions (questions_open_at)
      WHERE status = 'scheduled' AND NOT open_announced;

    -- The themes the session's questions are filed under, so that they join the ordinary
    -- questions of those themes when it ends.
    CREATE TABLE live_session_tags (
      session_id integer NOT NULL REFERENCES live_sessions(id) ON DELETE CASCADE,
      tag_id integer NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
      position smallint NOT NULL DEFAULT 0,
      PRIMARY KEY (session_id, tag_id)
    );

    CREATE TABLE live_session_experts (
      session_id integer NOT NULL REFERENCES live_sessions(id) ON DELETE CASCADE,
      user_id integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      position smallint NOT NULL DEFAULT 0,
      PRIMARY KEY (session_id, user_id)
    );
    CREATE INDEX live_session_experts_user_idx ON live_session_experts (user_id);

    CREATE TABLE live_session_subscriptions (
      session_id integer NOT NULL REFERENCES live_sessions(id) ON DELETE CASCADE,
      user_id integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      -- What the subscriber has been told already: each notification goes once.
      notified_open boolean NOT NULL DEFAULT false,
      notified_start boolean NOT NULL DEFAULT false,
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      PRIMARY KEY (session_id, user_id)
    );
    CREATE INDEX live_session_subscriptions_user_idx ON live_session_subscriptions (user_id);

    -- The private channel between the session's moderators and its experts.
    CREATE TABLE live_session_messages (
      id serial PRIMARY KEY,
      session_id integer NOT NULL REFERENCES live_sessions(id) ON DELETE CASCADE,
      author_id integer REFERENCES users(id) ON DELETE SET NULL,
      body text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 2000),
      created_at timestamptz(3) NOT NULL DEFAULT now()
    );
    CREATE INDEX live_session_messages_session_idx ON live_session_messages (session_id, id DESC);
    CREATE INDEX live_session_messages_author_idx ON live_session_messages (author_id);

    ALTER TABLE questions
      ADD CONSTRAINT questions_live_session_fk FOREIGN KEY (live_session_id) REFERENCES live_sessions(id),
      ADD COLUMN live_state text CHECK (live_state IN ('pending', 'approved', 'answering', 'answered', 'dismissed', 'merged')),
      ADD COLUMN live_active boolean NOT NULL DEFAULT false,
      ADD COLUMN live_queued_at timestamptz(3),
      ADD COLUMN live_dismiss_reason varchar(500),
      ADD COLUMN live_assigned_expert_id integer REFERENCES users(id) ON DELETE SET NULL,
      ADD COLUMN live_drafting_expert_id integer REFERENCES users(id) ON DELETE SET NULL,
      ADD COLUMN live_drafting_at timestamptz(3),
      ADD COLUMN live_merged_into_id integer REFERENCES questions(id) ON DELETE SET NULL,
      ADD COLUMN live_approved_at timestamptz(3),
      ADD COLUMN live_approved_by integer REFERENCES users(id) ON DELETE SET NULL,
      ADD CONSTRAINT questions_live_state_session_check CHECK ((live_session_id IS NULL) = (live_state IS NULL)),
      ADD CONSTRAINT questions_live_active_check CHECK (NOT live_active OR live_session_id IS NOT NULL);
  `);
  await setNotificationKinds(sequelize, [...(await notificationKinds(sequelize)), ...SESSION_NOTIFICATION_KINDS]);
};

export const down: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`DELETE FROM notifications WHERE kind IN (:kinds)`, {
    replacements: { kinds: SESSION_NOTIFICATION_KINDS },
  });
  const kinds = (await notificationKinds(sequelize)).filter((kind) => !SESSION_NOTIFICATION_KINDS.includes(kind));
  await setNotificationKinds(sequelize, kinds);
  await sequelize.query(`
    ALTER TABLE questions
      DROP CONSTRAINT IF EXISTS questions_live_active_check,
      DROP CONSTRAINT IF EXISTS questions_live_state_session_check,
      DROP CONSTRAINT IF EXISTS questions_live_session_fk,
      DROP COLUMN IF EXISTS live_state,
      DROP COLUMN IF EXISTS live_active,
      DROP COLUMN IF EXISTS live_queued_at,
      DROP COLUMN IF EXISTS live_dismiss_reason,
      DROP COLUMN IF EXISTS live_assigned_expert_id,
      DROP COLUMN IF EXISTS live_drafting_expert_id,
      DROP COLUMN IF EXISTS live_drafting_at,
      DROP COLUMN IF EXISTS live_merged_into_id,
      DROP COLUMN IF EXISTS live_approved_at,
      DROP COLUMN IF EXISTS live_approved_by;
    DROP TABLE IF EXISTS live_session_messages, live_session_subscriptions, live_session_experts,
      live_session_tags, live_sessions;
  `);
};
