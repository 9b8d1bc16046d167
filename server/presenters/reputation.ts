import type { ReputationEvent, ReputationReason, ReputationReversal, TargetType } from '../contracts/dto';

/** A `reputation_events` row joined with its post's title and its tags' slugs. */
export interface ReputationEventRow {
  id: string | number;
  amount: number;
  reason: ReputationReason;
  reversal: ReputationReversal | null;
  question_id: number | null;
  answer_id: number | null;
  title: string | null;
  question_published: boolean | null;
  tags: string[];
  day: string;
  created_at: Date;
}

const REASONS: Record<ReputationReason, string> = {
  answer_upvoted: 'Vote positif sur votre réponse',
  question_upvoted: 'Vote positif sur votre question',
  post_downvoted: 'Vote négatif sur votre message',
  downvote_cast: 'Vote négatif donné à une réponse',
  answer_accepted: 'Votre réponse a été acceptée',
  accepter: 'Vous avez accepté une réponse',
  daily_cap: 'Plafond quotidien des votes',
};

const REVERSALS: Record<ReputationReversal, string> = {
  vote_withdrawn: 'le vote a été retiré',
  acceptance_withdrawn: 'l’acceptation a été retirée',
  post_removed: 'le message n’est plus publié',
  serial_voting: 'votes en série du même votant',
  voter_removed: 'compte du votant supprimé pour abus',
};

function labelOf(row: ReputationEventRow, dailyCap: number): string {
  if (row.reason === 'daily_cap') {
    return row.amount < 0
      ? `Plafond quotidien de ${dailyCap} points gagnés par les votes atteint`
      : 'Plafond quotidien : points rendus après le retrait d’un vote';
  }
  return row.reversal ? `Annulation : ${REASONS[row.reason]} (${REVERSALS[row.reversal]})` : REASONS[row.reason];
}

/**
 * Only the user themself and moderators see which answer a downvote went to (a vote is its
 * voter's secret) and posts that are no longer published.
 */
export function presentReputationEvent(
  row: ReputationEventRow,
  { dailyCap, ownerOrModerator }: { dailyCap: number; ownerOrModerator: boolean },
): ReputationEvent {
  const hidePost = !ownerOrModerator && (row.reason === 'downvote_cast' || row.question_published !== true);
  const targetType: TargetType = row.answer_id !== null ? 'answer' : 'question';
  return {
    id: Number(row.id),
    amount: row.amount,
    reason: row.reason,
    reversal: row.reversal,
    label: labelOf(row, dailyCap),
    post:
      row.question_id === null || hidePost
        ? null
        : {
            targetType,
            targetId: row.answer_id ?? row.question_id,
            questionId: row.question_id,
            title: row.title ?? '',
          },
    tags: hidePost ? [] : row.tags,
    day: row.day,
    createdAt: new Date(row.created_at).toISOString(),
  };
}
