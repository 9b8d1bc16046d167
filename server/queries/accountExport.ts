import { QueryTypes, Transaction, type Sequelize } from 'sequelize';
import { ExpertProfile, type User } from '../../db/models';
import type { AccountExport } from '../contracts/endpoints';
import type { FlagReason, PostStatus, ReputationReason, ReputationReversal, TargetType } from '../contracts/dto';
import { loadTagSlugs } from '../presenters/load';
import { presentNotification, type NotificationRow } from '../presenters/notifications';
import { loadExpertTags, presentExpertRequest } from '../experts/requests';

const iso = (value: Date | string) => new Date(value).toISOString();

/**
 * Everything the platform holds about the user and that is theirs (`GET /api/me/export`, RGPD):
 * anonymous posts and posts in every status included; about other people, only the ids of what
 * the user voted on or flagged, and the titles of public questions in notifications.
 */
export async function exportAccount(sequelize: Sequelize, user: User): Promise<AccountExport> {
  // One snapshot: a post written while the export runs is in every part of it or in none.
  return sequelize.transaction(
    { isolationLevel: Transaction.ISOLATION_LEVELS.REPEATABLE_READ },
    async (transaction) => {
      const select = <T extends object>(sql: string) =>
        sequelize.query<T>(sql, { replacements: { userId: user.id }, type: QueryTypes.SELECT, transaction });

      const questions = await select<{
        id: number;
        title: string;
        body: string;
        anonymous: boolean;
        status: PostStatus;
        created_at: Date;
        updated_at: Date;
      }>(
        `SELECT id, title, body, anonymous, status, created_at, updated_at
         FROM questions WHERE author_id = :userId ORDER BY id`,
      );
      const tags = await loadTagSlugs(
        sequelize,
        questions.map((q) => q.id),
        transaction,
      );
      const answers = await select<{
        id: number;
        question_id: number;
        body: string;
        anonymous: boolean;
        status: PostStatus;
        created_at: Date;
        updated_at: Date;
      }>(
        `SELECT id, question_id, body, anonymous, status, created_at, updated_at
         FROM answers WHERE author_id = :userId ORDER BY id`,
      );
      const votes = await select<{ target_type: TargetType; target_id: number; value: -1 | 1; created_at: Date }>(
        `SELECT target_type, target_id, value, created_at FROM votes WHERE voter_id = :userId ORDER BY id`,
      );
      const flags = await select<{
        target_type: TargetType;
        target_id: number;
        reason: FlagReason;
        note: string;
        created_at: Date;
      }>(`SELECT target_type, target_id, reason, note, created_at FROM flags WHERE flagger_id = :userId ORDER BY id`);
      const notifications = await select<NotificationRow>(
        `SELECT id, kind, data, read_at, created_at, updated_at FROM notifications WHERE user_id = :userId ORDER BY id`,
      );
      const ledger = await select<{
        id: string;
        amount: number;
        reason: ReputationReason;
        reversal: ReputationReversal | null;
        tags: string[];
        day: string;
        created_at: Date;
      }>(
        `SELECT e.id, e.amount, e.reason, e.reversal,
                ARRAY(SELECT t.slug FROM unnest(e.tag_ids) WITH ORDINALITY AS x(tag_id, n)
                      JOIN tags t ON t.id = x.tag_id ORDER BY x.n) AS tags,
                to_char(e.day, 'YYYY-MM-DD') AS day, e.created_at
         FROM reputation_events e WHERE e.user_id = :userId ORDER BY e.id`,
      );
      const expertProfile = await ExpertProfile.findByPk(user.id, { transaction });
      const expertTags = await loadExpertTags(sequelize, [user.id], transaction);
      // Only the requests the user sent: what experts were sent by others is theirs.
      const contactRequests = await select<{
        expert_id: number;
        message: string;
        share_email: string | null;
        share_phone: string | null;
        created_at: Date;
      }>(
        `SELECT expert_id, message, share_email, share_phone, created_at FROM contact_requests
         WHERE requester_id = :userId ORDER BY id`,
      );

      const subscriptions = await select<{ session_id: number; created_at: Date }>(
        `SELECT session_id, created_at FROM live_session_subscriptions WHERE user_id = :userId ORDER BY created_at`,
      );
      // What the user wrote in the private channels of the sessions they moderated or answered in.
      const sessionMessages = await select<{ session_id: number; body: string; created_at: Date }>(
        `SELECT session_id, body, created_at FROM live_session_messages WHERE author_id = :userId ORDER BY id`,
      );

      return {
        exportedAt: new Date().toISOString(),
        account: {
          id: user.id,
          email: user.email,
          pseudonym: user.pseudonym,
          bio: user.bio,
          role: user.role,
          reputation: user.reputation,
          createdAt: user.createdAt.toISOString(),
        },
        questions: questions.map((q) => ({
          id: q.id,
          title: q.title,
          body: q.body,
          tags: tags.get(q.id) ?? [],
          anonymous: q.anonymous,
          status: q.status,
          createdAt: iso(q.created_at),
          updatedAt: iso(q.updated_at),
        })),
        answers: answers.map((a) => ({
          id: a.id,
          questionId: a.question_id,
          body: a.body,
          anonymous: a.anonymous,
          status: a.status,
          createdAt: iso(a.created_at),
          updatedAt: iso(a.updated_at),
        })),
        votes: votes.map((v) => ({
          targetType: v.target_type,
          targetId: v.target_id,
          value: v.value,
          createdAt: iso(v.created_at),
        })),
        flags: flags.map((f) => ({
          targetType: f.target_type,
          targetId: f.target_id,
          reason: f.reason,
          note: f.note,
          createdAt: iso(f.created_at),
        })),
        notifications: notifications.map(presentNotification),
        reputation: ledger.map((row) => ({
          id: Number(row.id),
          amount: row.amount,
          reason: row.reason,
          reversal: row.reversal,
          tags: row.tags,
          day: row.day,
          createdAt: iso(row.created_at),
        })),
        expertRequest: expertProfile ? presentExpertRequest(expertProfile, expertTags.get(user.id) ?? []) : null,
        contactRequests: contactRequests.map((c) => ({
          expertId: c.expert_id,
          message: c.message,
          shared: { email: c.share_email, phone: c.share_phone },
          createdAt: iso(c.created_at),
        })),
        sessionSubscriptions: subscriptions.map((row) => ({
          sessionId: row.session_id,
          createdAt: iso(row.created_at),
        })),
        sessionMessages: sessionMessages.map((row) => ({
          sessionId: row.session_id,
          body: row.body,
          createdAt: iso(row.created_at),
        })),
      };
    },
  );
}
