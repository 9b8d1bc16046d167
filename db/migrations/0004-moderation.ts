import type { Migration } from '../migrator';

// Moderation: cases that moderators claim and resolve, and the log of every moderation action.
// A post keeps the reasons it is held for (shown to its author, masked), and whether it still
// awaits the automated checks: the marker the reconciler re-enqueues from if Redis loses the job.
export const up: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    CREATE TABLE moderation_cases (
      id serial PRIMARY KEY,
      kind text NOT NULL CHECK (kind IN ('auto', 'flag', 'expert_verification', 'live_question')),
      target_type target_type,
      target_id integer,
      reasons jsonb NOT NULL DEFAULT '[]',
      flag_weight real NOT NULL DEFAULT 0,
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'claimed', 'resolved')),
      claimed_by integer REFERENCES users(id) ON DELETE SET NULL,
      claimed_at timestamptz,
      decision text CHECK (decision IN ('approve', 'reject')),
      note varchar(1000),
      resolved_by integer REFERENCES users(id) ON DELETE SET NULL,
      resolved_at timestamptz,
      organisation_id integer REFERENCES organisations(id) ON DELETE SET NULL,
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      updated_at timestamptz(3) NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX moderation_cases_open_idx ON moderation_cases (kind, target_type, target_id)
      WHERE status <> 'resolved';
    CREATE INDEX moderation_cases_queue_idx ON moderation_cases (status, created_at, id);
    CREATE INDEX moderation_cases_target_idx ON moderation_cases (target_type, target_id);

    CREATE TABLE moderation_log (
      id bigserial PRIMARY KEY,
      moderator_id integer REFERENCES users(id) ON DELETE SET NULL,
      action text NOT NULL CHECK (action IN (
        'claim', 'approve', 'reject', 'suspend', 'reveal_author', 'hide_by_flags', 'hold')),
      case_id integer REFERENCES moderation_cases(id) ON DELETE SET NULL,
      target_type target_type,
      target_id integer,
      subject_user_id integer REFERENCES users(id) ON DELETE SET NULL,
      reason text NOT NULL DEFAULT '',
      created_at timestamptz(3) NOT NULL DEFAULT now()
    );
    CREATE INDEX moderation_log_subject_idx ON moderation_log (subject_user_id) WHERE action = 'suspend';

    ALTER TABLE questions
      ADD COLUMN moderation_reasons jsonb NOT NULL DEFAULT '[]',
      ADD COLUMN check_pending boolean NOT NULL DEFAULT false;
    ALTER TABLE answers
      ADD COLUMN moderation_reasons jsonb NOT NULL DEFAULT '[]',
      ADD COLUMN check_pending boolean NOT NULL DEFAULT false;
    CREATE INDEX questions_check_pending_idx ON questions (updated_at) WHERE check_pending;
    CREATE INDEX answers_check_pending_idx ON answers (updated_at) WHERE check_pending;
  `);
};

export const down: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    ALTER TABLE answers DROP COLUMN IF EXISTS moderation_reasons, DROP COLUMN IF EXISTS check_pending;
    ALTER TABLE questions DROP COLUMN IF EXISTS moderation_reasons, DROP COLUMN IF EXISTS check_pending;
    DROP TABLE IF EXISTS moderation_log, moderation_cases;
  `);
};
