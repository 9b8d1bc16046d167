import type { Notification, NotificationData, NotificationKind } from '../contracts/dto';

/** A `notifications` row as read from PostgreSQL. */
export interface NotificationRow {
  id: string | number;
  kind: NotificationKind;
  data: NotificationData;
  read_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

const plural = (count: number, one: string, many: string) => `${count} ${count > 1 ? many : one}`;

function messageOf(kind: NotificationKind, data: NotificationData): string {
  const title = data.questionTitle ? ` « ${data.questionTitle} »` : '';
  switch (kind) {
    case 'answer_posted':
      return `Nouvelle réponse à votre question${title}.`;
    case 'answer_accepted':
      return `Votre réponse à la question${title} a été acceptée.`;
    case 'post_voted': {
      const what = data.targetType === 'question' ? 'Votre question' : 'Votre réponse à la question';
      const votes = [
        data.upvotes ? plural(data.upvotes, 'vote positif', 'votes positifs') : '',
        data.downvotes ? plural(data.downvotes, 'vote négatif', 'votes négatifs') : '',
      ].filter(Boolean);
      return `${what}${title} a reçu ${votes.join(' et ')}.`;
    }
    case 'reputation_milestone': {
      const unlocked = data.privileges?.length ? ` Vous pouvez désormais : ${data.privileges.join(', ')}.` : '';
      return `Votre réputation atteint ${data.milestone} points.${unlocked}`;
    }
  }
}

function linkOf(kind: NotificationKind, data: NotificationData): string | null {
  if (kind === 'reputation_milestone') return null;
  if (!data.questionId) return null;
  return data.answerId ? `/questions/${data.questionId}#reponse-${data.answerId}` : `/questions/${data.questionId}`;
}

export function presentNotification(row: NotificationRow): Notification {
  return {
    id: Number(row.id),
    kind: row.kind,
    message: messageOf(row.kind, row.data),
    link: linkOf(row.kind, row.data),
    data: row.data,
    read: row.read_at !== null,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}
