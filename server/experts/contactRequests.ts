import { QueryTypes, type Sequelize } from 'sequelize';
import { User } from '../../db/models';
import type { ReceivedContactRequest, SentContactRequest } from '../contracts/dto';
import type { CommandContext } from '../context';
import { inTransaction } from '../commands/effects';
import { notifyUser } from '../commands/notifier';
import { forbidden, notFound } from '../errors';
import { presentUserRef } from '../presenters';
import { decodeCursor, encodeCursor, isInt32 } from '../queries/cursor';

// French professional rules forbid an avocat or an expert-comptable to solicit a client first:
// contact goes one way, from a business owner to a verified expert, and carries only what the
// owner chose to share. The expert sees the message, those details and the date; never who
// asked on the platform (pseudonym, id, posts), so that asking never unmasks an anonymous
// question. There is deliberately no route for an expert to write to a member.

/**
 * A French number (metropolitan or overseas, national or international form, with spaces, dots,
 * dashes or « (0) »), written the national way: « 06 12 34 56 78 ». Null if it is not one.
 */
export function normaliseFrenchPhone(raw: string): string | null {
  const compact = raw.replace(/\(0\)/g, '').replace(/[\s.\-()]/g, '');
  const international = /^(?:\+|00)(?:33|262|590|594|596)([1-9]\d{8})$/.exec(compact);
  const national = international ? `0${international[1]}` : /^0[1-9]\d{8}$/.test(compact) ? compact : null;
  return national ? national.replace(/(\d{2})(?=\d)/g, '$1 ') : null;
}

interface ContactRequestRow {
  id: number;
  message: string;
  share_email: string | null;
  share_phone: string | null;
  created_at: Date;
  read_at: Date | null;
}

function presentReceived(row: ContactRequestRow): ReceivedContactRequest {
  return {
    id: row.id,
    message: row.message,
    shared: { email: row.share_email, phone: row.share_phone },
    createdAt: new Date(row.created_at).toISOString(),
    read: row.read_at !== null,
  };
}

export interface ContactRequestInput {
  message: string;
  /** Copy the requester's own e-mail address into the request. */
  shareEmail: boolean;
  /** Already normalised. */
  phone: string | null;
}

/** `POST /api/experts/:id/contact-requests`: a member asks a verified expert to contact them. */
export async function contactRequester(
  ctx: CommandContext,
  requester: User,
  expertId: number,
  input: ContactRequestInput,
): Promise<SentContactRequest> {
  if (requester.id === expertId) {
    throw forbidden('Vous ne pouvez pas vous adresser une demande de contact.', 'own_profile');
  }
  return inTransaction(ctx, async (transaction, after) => {
    const expert = await User.findByPk(expertId, { transaction });
    if (!expert || expert.removedAt || !expert.expertVerified || !expert.expertProfession) {
      throw notFound('Expert introuvable : seuls les experts vérifiés reçoivent des demandes de contact.');
    }
    const [row] = await ctx.sequelize.query<ContactRequestRow>(
      `INSERT INTO contact_requests (expert_id, requester_id, message, share_email, share_phone)
       VALUES (:expertId, :requesterId, :message, :email, :phone)
       RETURNING id, message, share_email, share_phone, created_at, read_at`,
      {
        replacements: {
          expertId,
          requesterId: requester.id,
          message: input.message,
          email: input.shareEmail ? requester.email : null,
          phone: input.phone,
        },
        type: QueryTypes.SELECT,
        transaction,
      },
    );
    await notifyUser(ctx, transaction, after, expertId, 'contact_request', { contactRequestId: row!.id });
    return {
      id: row!.id,
      expert: presentUserRef(expert),
      message: row!.message,
      shared: { email: row!.share_email, phone: row!.share_phone },
      createdAt: new Date(row!.created_at).toISOString(),
    };
  });
}

/** The inbox is a verified expert's: a member never receives contact requests. */
export function assertVerifiedExpert(viewer: User): void {
  if (!viewer.expertVerified) {
    throw forbidden('Seuls les experts vérifiés reçoivent des demandes de contact.', 'not_expert');
  }
}

const isIdCursor = (value: unknown): value is { id: number } =>
  typeof value === 'object' && value !== null && isInt32((value as { id?: unknown }).id);

/** `GET /api/me/contact-requests`: newest first, with the count of unread ones. */
export async function listContactRequests(
  sequelize: Sequelize,
  expert: User,
  { limit, cursor, unread }: { limit: number; cursor?: string; unread: boolean },
): Promise<{ items: ReceivedContactRequest[]; nextCursor: string | null; unreadCount: number }> {
  const before = cursor ? decodeCursor(cursor, isIdCursor).id : null;
  const rows = await sequelize.query<ContactRequestRow>(
    `SELECT id, message, share_email, share_phone, created_at, read_at FROM contact_requests
     WHERE expert_id = :expertId ${unread ? 'AND read_at IS NULL' : ''} ${before ? 'AND id < :before' : ''}
     ORDER BY id DESC LIMIT :limit`,
    { replacements: { expertId: expert.id, before, limit: limit + 1 }, type: QueryTypes.SELECT },
  );
  const [counted] = await sequelize.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM contact_requests WHERE expert_id = :expertId AND read_at IS NULL`,
    { replacements: { expertId: expert.id }, type: QueryTypes.SELECT },
  );
  const page = rows.slice(0, limit);
  return {
    items: page.map(presentReceived),
    nextCursor: rows.length > limit ? encodeCursor({ id: page.at(-1)!.id }) : null,
    unreadCount: counted?.count ?? 0,
  };
}

/** `POST /api/me/contact-requests/:id/read`: only the expert it was sent to; reading twice is harmless. */
export async function contactRequestReader(
  ctx: CommandContext,
  expert: User,
  id: number,
): Promise<ReceivedContactRequest> {
  const [row] = await ctx.sequelize.query<ContactRequestRow>(
    `UPDATE contact_requests SET read_at = coalesce(read_at, now()) WHERE id = :id AND expert_id = :expertId
     RETURNING id, message, share_email, share_phone, created_at, read_at`,
    { replacements: { id, expertId: expert.id }, type: QueryTypes.SELECT },
  );
  if (!row) throw notFound('Demande de contact introuvable.');
  return presentReceived(row);
}
