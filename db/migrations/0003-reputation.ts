import type { Migration } from '../migrator';

// Reputation is a ledger: every row is one cause (a vote's effect on one user, an acceptance's,
// a day's cap), numbered within its unit so that a retried job finds its row already there.
// Totals on users and per theme are caches of it. The outbox records, in the transaction of the
// change, every piece of reputation work still to do: Redis may lose the queued job, PostgreSQL
// keeps the order, and the reconciler re-enqueues it.
export const up: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    ALTER TABLE users
      ADD COLUMN reputation_earned integer NOT NULL DEFAULT 0,
      ADD COLUMN removed_at timestamptz,
      ADD COLUMN removal_reason varchar(500);

    ALTER TABLE votes
      ADD COLUMN void_reason text CHECK (void_reason IN ('serial_voting', 'voter_removed')),
      ADD COLUMN notified boolean NOT NULL DEFAULT false;
    CREATE INDEX votes_voter_created_idx ON votes (voter_id, created_at);
    CREATE INDEX votes_created_idx ON votes (created_at);

    CREATE TABLE reputation_events (
      id bigserial PRIMARY KEY,
      user_id integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      unit text NOT NULL,
      seq integer NOT NULL,
      amount integer NOT NULL,
      reason text NOT NULL CHECK (reason IN (
        'answer_upvoted', 'question_upvoted', 'post_downvoted', 'downvote_cast',
        'answer_accepted', 'accepter', 'daily_cap')),
      reversal text CHECK (reversal IN (
        'vote_withdrawn', 'acceptance_withdrawn', 'post_removed', 'serial_voting', 'voter_removed')),
      vote_id integer,
      question_id integer,
      answer_id integer,
      tag_ids integer[] NOT NULL DEFAULT '{}',
      day date NOT NULL,
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      UNIQUE (unit, seq)
    );
    CREATE INDEX reputation_events_user_idx ON reputation_events (user_id, id);
    CREATE INDEX reputation_events_user_day_idx ON reputation_events (user_id, day);
    CREATE INDEX reputation_events_question_idx ON reputation_events (question_id);

    CREATE TABLE user_tag_reputation (
      user_id integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      tag_id integer NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
      reputation integer NOT NULL DEFAULT 0,
      PRIMARY KEY (user_id, tag_id)
    );
    CREATE INDEX user_tag_reputation_tag_idx ON user_tag_reputation (tag_id, reputation DESC);

    CREATE TABLE reputation_outbox (
      id bigserial PRIMARY KEY,
      subject text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX reputation_outbox_created_idx ON reputation_outbox (created_at);

    CREATE TABLE notifications (
      id bigserial PRIMARY KEY,
      user_id integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('answer_posted', 'answer_accepted', 'post_voted', 'reputation_milestone')),
      data jsonb NOT NULL DEFAULT '{}',
      once_key text,
      group_key text,
      read_at timestamptz,
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      updated_at timestamptz(3) NOT NULL DEFAULT now()
    );
    CREATE INDEX notifications_user_idx ON notifications (user_id, updated_at DESC, id DESC);
    CREATE UNIQUE INDEX notifications_once_idx ON notifications (user_id, once_key) WHERE once_key IS NOT NULL;
    CREATE UNIQUE INDEX notifications_group_idx ON notifications (user_id, group_key)
      WHERE group_key IS NOT NULL AND read_at IS NULL;
  `);
};

export const down: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    DROP TABLE IF EXISTS notifications, reputation_outbox, user_tag_reputation, reputation_events;
    DROP INDEX IF EXISTS votes_voter_created_idx, votes_created_idx;
    ALTER TABLE votes DROP COLUMN IF EXISTS void_reason, DROP COLUMN IF EXISTS notified;
    ALTER TABLE users DROP COLUMN IF EXISTS reputation_earned, DROP COLUMN IF EXISTS removed_at,
      DROP COLUMN IF EXISTS removal_reason;
  `);
};
