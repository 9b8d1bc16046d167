import type { Migration } from '../migrator';

// Raw SQL on purpose: text search configurations, generated tsvector columns and partial
// indexes are PostgreSQL features the Sequelize query interface cannot express.
export const up: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    CREATE EXTENSION IF NOT EXISTS unaccent;
    CREATE EXTENSION IF NOT EXISTS pg_trgm;

    -- unaccent() is not IMMUTABLE, so accents are removed by a text search configuration,
    -- which generated columns and indexes may use.
    DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'fr_unaccent') THEN
        CREATE TEXT SEARCH CONFIGURATION fr_unaccent (COPY = french);
        ALTER TEXT SEARCH CONFIGURATION fr_unaccent
          ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
      END IF;
    END $$;

    CREATE TYPE user_role AS ENUM ('member', 'expert', 'moderator', 'admin');
    CREATE TYPE post_status AS ENUM ('pending', 'published', 'hidden', 'deleted');
    CREATE TYPE target_type AS ENUM ('question', 'answer');
    CREATE TYPE flag_reason AS ENUM ('spam', 'offensive', 'personal_data', 'off_topic', 'other');
    CREATE TYPE profession AS ENUM ('avocat', 'expert-comptable', 'consultant', 'autre');

    -- Partner organisations (a CCI, Bpifrance, ...) moderate and run live sessions.
    CREATE TABLE organisations (
      id serial PRIMARY KEY,
      slug varchar(60) NOT NULL UNIQUE,
      name varchar(150) NOT NULL,
      description text NOT NULL DEFAULT '',
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE users (
      id serial PRIMARY KEY,
      email varchar(254) NOT NULL,
      password_hash text NOT NULL,
      pseudonym varchar(30) NOT NULL,
      role user_role NOT NULL DEFAULT 'member',
      reputation integer NOT NULL DEFAULT 1,
      bio text NOT NULL DEFAULT '',
      organisation_id integer REFERENCES organisations(id) ON DELETE SET NULL,
      -- The badge shown on every post; the verification workflow fills it in.
      expert_profession profession,
      expert_verified boolean NOT NULL DEFAULT false,
      suspended_until timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX users_email_key ON users (lower(email));
    CREATE UNIQUE INDEX users_pseudonym_key ON users (lower(pseudonym));

    CREATE TABLE tags (
      id serial PRIMARY KEY,
      slug varchar(60) NOT NULL UNIQUE,
      name varchar(100) NOT NULL,
      description text NOT NULL DEFAULT '',
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE questions (
      id serial PRIMARY KEY,
      author_id integer REFERENCES users(id) ON DELETE SET NULL,
      anonymous boolean NOT NULL DEFAULT false,
      title varchar(150) NOT NULL,
      body text NOT NULL,
      body_html text NOT NULL,
      -- Plain-text opening of the body, rendered once at write time for every list.
      excerpt varchar(250) NOT NULL DEFAULT '',
      -- Lower-cased, accent-free title: what trigram similarity compares.
      title_plain varchar(150) NOT NULL,
      status post_status NOT NULL DEFAULT 'pending',
      score integer NOT NULL DEFAULT 0,
      answer_count integer NOT NULL DEFAULT 0,
      accepted_answer_id integer,
      live_session_id integer,
      search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('fr_unaccent', title), 'A') ||
        setweight(to_tsvector('fr_unaccent', body), 'B')
      ) STORED,
      -- Millisecond precision: list cursors carry these keys through JavaScript dates exactly.
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      updated_at timestamptz(3) NOT NULL DEFAULT now(),
      last_activity_at timestamptz(3) NOT NULL DEFAULT now()
    );
    CREATE INDEX questions_newest_idx ON questions (created_at DESC, id DESC) WHERE status = 'published';
    CREATE INDEX questions_active_idx ON questions (last_activity_at DESC, id DESC) WHERE status = 'published';
    CREATE INDEX questions_top_idx ON questions (score DESC, id DESC) WHERE status = 'published';
    CREATE INDEX questions_unanswered_idx ON questions (created_at DESC, id DESC)
      WHERE status = 'published' AND answer_count = 0;
    CREATE INDEX questions_author_idx ON questions (author_id, created_at DESC);
    CREATE INDEX questions_search_idx ON questions USING gin (search_vector);
    CREATE INDEX questions_title_trgm_idx ON questions USING gin (title_plain gin_trgm_ops);
    CREATE INDEX questions_live_session_idx ON questions (live_session_id) WHERE live_session_id IS NOT NULL;

    CREATE TABLE question_tags (
      question_id integer NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
      tag_id integer NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
      position smallint NOT NULL DEFAULT 0,
      PRIMARY KEY (question_id, tag_id)
    );
    CREATE INDEX question_tags_tag_idx ON question_tags (tag_id, question_id);

    CREATE TABLE answers (
      id serial PRIMARY KEY,
      question_id integer NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
      author_id integer REFERENCES users(id) ON DELETE SET NULL,
      anonymous boolean NOT NULL DEFAULT false,
      body text NOT NULL,
      body_html text NOT NULL,
      status post_status NOT NULL DEFAULT 'pending',
      score integer NOT NULL DEFAULT 0,
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      updated_at timestamptz(3) NOT NULL DEFAULT now()
    );
    CREATE INDEX answers_question_idx ON answers (question_id, score DESC, created_at);
    CREATE INDEX answers_author_idx ON answers (author_id, created_at DESC);
    ALTER TABLE questions ADD CONSTRAINT questions_accepted_answer_fk
      FOREIGN KEY (accepted_answer_id) REFERENCES answers(id) ON DELETE SET NULL;

    -- One row per voter and target: the unique key is what keeps scores exact under concurrency.
    CREATE TABLE votes (
      id serial PRIMARY KEY,
      voter_id integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      target_type target_type NOT NULL,
      target_id integer NOT NULL,
      value smallint NOT NULL CHECK (value IN (-1, 1)),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (voter_id, target_type, target_id)
    );
    CREATE INDEX votes_target_idx ON votes (target_type, target_id);

    CREATE TABLE revisions (
      id serial PRIMARY KEY,
      target_type target_type NOT NULL,
      target_id integer NOT NULL,
      revision integer NOT NULL,
      editor_id integer REFERENCES users(id) ON DELETE SET NULL,
      title varchar(150),
      body text NOT NULL,
      tags varchar(60)[],
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (target_type, target_id, revision)
    );

    CREATE TABLE flags (
      id serial PRIMARY KEY,
      flagger_id integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      target_type target_type NOT NULL,
      target_id integer NOT NULL,
      reason flag_reason NOT NULL,
      note varchar(500) NOT NULL DEFAULT '',
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (flagger_id, target_type, target_id)
    );
    CREATE INDEX flags_target_idx ON flags (target_type, target_id);

    -- Known words of the corpus, for typo-tolerant search: a misspelt query word is replaced by
    -- the nearest known word (trigram distance, served by the GiST index).
    CREATE TABLE search_terms (
      term varchar(60) PRIMARY KEY
    );
    CREATE INDEX search_terms_trgm_idx ON search_terms USING gist (term gist_trgm_ops);
  `);
};

export const down: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    DROP TABLE IF EXISTS search_terms, flags, revisions, votes, question_tags CASCADE;
    ALTER TABLE IF EXISTS questions DROP CONSTRAINT IF EXISTS questions_accepted_answer_fk;
    DROP TABLE IF EXISTS answers, questions, tags, users, organisations CASCADE;
    DROP TYPE IF EXISTS profession, flag_reason, target_type, post_status, user_role;
    DROP TEXT SEARCH CONFIGURATION IF EXISTS fr_unaccent;
  `);
};
