import type { Migration } from '../migrator';

// Experts and partner organisations. A member's request for the expert badge is a profile row
// (one per user, reused when they ask again after a refusal or a revocation) decided through an
// `expert_verification` moderation case. The badge every post shows is cached on `users`
// (profession, verified, register name), so that presenting a post never joins the profile.
// Contact requests go one way only, from a member to a verified expert, and keep the requester's
// id for the rate limit, erasure and export alone: the expert never sees it.
export const up: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    CREATE TABLE expert_profiles (
      user_id integer PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
      profession profession NOT NULL,
      register text NOT NULL CHECK (register IN ('barreau', 'ordre-experts-comptables', 'autre')),
      register_name varchar(150) NOT NULL,
      registration_number varchar(50) NOT NULL,
      areas text[] NOT NULL CHECK (cardinality(areas) BETWEEN 1 AND 3),
      bio text NOT NULL,
      status text NOT NULL DEFAULT 'requested' CHECK (status IN ('requested', 'verified', 'rejected', 'revoked')),
      case_id integer REFERENCES moderation_cases(id) ON DELETE SET NULL,
      decided_by integer REFERENCES users(id) ON DELETE SET NULL,
      decided_at timestamptz(3),
      decision_note varchar(1000),
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      updated_at timestamptz(3) NOT NULL DEFAULT now(),
      -- The register a profession is checked against: the API refuses a mismatch, this keeps it so.
      CONSTRAINT expert_profiles_register_matches CHECK (
        (profession = 'avocat' AND register = 'barreau')
        OR (profession = 'expert-comptable' AND register = 'ordre-experts-comptables')
        OR (profession IN ('consultant', 'autre') AND register = 'autre'))
    );
    CREATE INDEX expert_profiles_verified_idx ON expert_profiles (profession) WHERE status = 'verified';
    CREATE UNIQUE INDEX expert_profiles_case_idx ON expert_profiles (case_id) WHERE case_id IS NOT NULL;

    -- The themes an expert declares (1 to 5), in the order given: the directory filters on them.
    CREATE TABLE expert_tags (
      user_id integer NOT NULL REFERENCES expert_profiles(user_id) ON DELETE CASCADE,
      tag_id integer NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
      position smallint NOT NULL DEFAULT 0,
      PRIMARY KEY (user_id, tag_id)
    );
    CREATE INDEX expert_tags_tag_idx ON expert_tags (tag_id, user_id);

    ALTER TABLE users ADD COLUMN expert_register_name varchar(150);

    CREATE TABLE contact_requests (
      id serial PRIMARY KEY,
      expert_id integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      requester_id integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      message text NOT NULL CHECK (char_length(message) BETWEEN 20 AND 2000),
      share_email varchar(254),
      share_phone varchar(20),
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      read_at timestamptz(3),
      -- Without a way to reach the requester, the expert could do nothing with the request.
      CHECK (share_email IS NOT NULL OR share_phone IS NOT NULL),
      CHECK (expert_id <> requester_id)
    );
    CREATE INDEX contact_requests_expert_idx ON contact_requests (expert_id, id DESC);
    CREATE INDEX contact_requests_requester_idx ON contact_requests (requester_id);

    CREATE TABLE answer_recommendations (
      answer_id integer NOT NULL REFERENCES answers(id) ON DELETE CASCADE,
      organisation_id integer NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
      recommended_by integer REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      PRIMARY KEY (answer_id, organisation_id)
    );
    CREATE INDEX answer_recommendations_organisation_idx ON answer_recommendations (organisation_id);
    CREATE INDEX users_organisation_idx ON users (organisation_id) WHERE organisation_id IS NOT NULL;

    ALTER TABLE moderation_log DROP CONSTRAINT moderation_log_action_check;
    ALTER TABLE moderation_log ADD CONSTRAINT moderation_log_action_check CHECK (action IN (
      'claim', 'approve', 'reject', 'suspend', 'reveal_author', 'hide_by_flags', 'hold', 'revoke_expert'));

    ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
    ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN (
      'answer_posted', 'answer_accepted', 'post_voted', 'reputation_milestone',
      'expert_verified', 'expert_rejected', 'expert_revoked', 'contact_request'));
  `);
};

export const down: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    DELETE FROM notifications WHERE kind IN ('expert_verified', 'expert_rejected', 'expert_revoked', 'contact_request');
    ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
    ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN (
      'answer_posted', 'answer_accepted', 'post_voted', 'reputation_milestone'));
    DELETE FROM moderation_log WHERE action = 'revoke_expert';
    ALTER TABLE moderation_log DROP CONSTRAINT moderation_log_action_check;
    ALTER TABLE moderation_log ADD CONSTRAINT moderation_log_action_check CHECK (action IN (
      'claim', 'approve', 'reject', 'suspend', 'reveal_author', 'hide_by_flags', 'hold'));
    DROP INDEX IF EXISTS users_organisation_idx;
    DROP TABLE IF EXISTS answer_recommendations, contact_requests, expert_tags, expert_profiles;
    ALTER TABLE users DROP COLUMN IF EXISTS expert_register_name;
  `);
};
