import type { Notification, NotificationData, NotificationKind } from '../contracts/dto';
import { PROFESSION_LABELS } from '../experts/registers';

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
    case 'expert_verified': {
      const badge = data.profession ? ` « ${PROFESSION_LABELS[data.profession]} »` : '';
      return `Votre statut d’expert est vérifié : le badge${badge} s’affiche désormais sur vos réponses et votre profil.`;
    }
    case 'expert_rejected':
      return `Votre demande de statut d’expert n’a pas été acceptée : ${data.note ?? ''}`;
    case 'expert_revoked':
      return `Votre badge d’expert vérifié a été retiré : ${data.note ?? ''}`;
    case 'contact_request':
      return 'Un chef d’entreprise vous demande de le recontacter.';
    case 'session_opened':
      return `La session « ${data.sessionTitle ?? ''} » reçoit vos questions dès maintenant.`;
    case 'session_started':
      return `La session « ${data.sessionTitle ?? ''} » commence : les experts répondent en direct.`;
    case 'session_question_moved':
      return `La session « ${data.sessionTitle ?? ''} » est terminée sans réponse à votre question${title} : elle rejoint les questions du site, où chacun peut y répondre.`;
    case 'session_question_dismissed':
      return `Votre question${title} n’a pas été retenue pour la session « ${data.sessionTitle ?? ''} » : ${data.reason ?? ''}`;
    case 'session_question_merged':
      return `Votre question${title} a été regroupée avec une question semblable de la session « ${data.sessionTitle ?? ''} » : vos votes l’ont suivie.`;
  }
}

/** Client path of a live session's page (docs/SESSIONS.md). */
export const sessionPath = (sessionId: number) => `/sessions/${sessionId}`;

/** Client paths of the expert screens (docs/EXPERTS.md). */
export const EXPERT_REQUEST_PATH = '/mon-compte/expert';
export const CONTACT_REQUESTS_PATH = '/mon-compte/demandes-de-contact';

function linkOf(kind: NotificationKind, data: NotificationData): string | null {
  if (kind === 'reputation_milestone') return null;
  if (kind === 'expert_verified' || kind === 'expert_rejected' || kind === 'expert_revoked') return EXPERT_REQUEST_PATH;
  if (kind === 'contact_request') return CONTACT_REQUESTS_PATH;
  if (kind === 'session_question_moved' && data.questionId) return `/questions/${data.questionId}`;
  if (kind.startsWith('session_') && data.sessionId) return sessionPath(data.sessionId);
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
