import type { Answer as AnswerModel, Question as QuestionModel, User } from '../../db/models';
import type {
  Answer,
  ModerationReason,
  OrganisationRef,
  Question,
  QuestionSummary,
  UserRef,
  VoteValue,
} from '../contracts/dto';
import { EXPERT_NOTICE, registerUrlOf } from '../experts/registers';

export function presentUserRef(user: User): UserRef {
  return {
    id: user.id,
    pseudonym: user.pseudonym,
    reputation: user.reputation,
    role: user.role,
    // Only a verified badge is shown: a request in progress, refused or revoked shows nothing,
    // and neither does a closed account (it no longer answers as an expert here).
    expert:
      user.expertProfession && user.expertVerified && !user.removedAt
        ? {
            profession: user.expertProfession,
            verified: true,
            registerName: user.expertRegisterName ?? null,
            registerUrl: registerUrlOf(user.expertProfession),
          }
        : null,
  };
}

/** An anonymous post names nobody, for every viewer, its own author included. */
function publicAuthor(
  post: { anonymous: boolean; authorId: number | null },
  authors: Map<number, User>,
): UserRef | null {
  if (post.anonymous || post.authorId === null) return null;
  const author = authors.get(post.authorId);
  return author ? presentUserRef(author) : null;
}

export interface PresentationData {
  tagsByQuestion: Map<number, string[]>;
  authors: Map<number, User>;
  viewerVotes: Map<string, VoteValue>;
  /** The organisations recommending each answer. */
  recommendations: Map<number, OrganisationRef[]>;
  /**
   * Who the posts are presented to, when it is one user: it tells them which posts are theirs,
   * anonymous ones included. Null for what is broadcast to many.
   */
  viewerId: number | null;
}

/**
 * For posts whose only author the caller already holds, and which nobody can have voted on yet.
 * `toAuthor`: the result goes to that author alone (it then says the posts are theirs).
 */
export function authorOnly(author: User, toAuthor = false): PresentationData {
  return {
    tagsByQuestion: new Map(),
    authors: new Map([[author.id, author]]),
    viewerVotes: new Map(),
    recommendations: new Map(),
    viewerId: toAuthor ? author.id : null,
  };
}

export const voteKey = (targetType: 'question' | 'answer', id: number) => `${targetType}:${id}`;

export function presentQuestionSummary(question: QuestionModel, data: PresentationData): QuestionSummary {
  return {
    id: question.id,
    title: question.title,
    excerpt: question.excerpt,
    tags: data.tagsByQuestion.get(question.id) ?? [],
    author: publicAuthor(question, data.authors),
    anonymous: question.anonymous,
    score: question.score,
    answerCount: question.answerCount,
    hasAcceptedAnswer: question.acceptedAnswerId !== null,
    status: question.status,
    createdAt: question.createdAt.toISOString(),
    lastActivityAt: question.lastActivityAt.toISOString(),
    liveSessionId: question.liveSessionId,
  };
}

/**
 * A post that is not published reaches only its author and moderators (the policies and the
 * realtime rules see to it): they are told why it waits, so its author knows what to change.
 */
function heldReasons(post: QuestionModel | AnswerModel): { moderationReasons?: ModerationReason[] } {
  return post.status === 'published' ? {} : { moderationReasons: post.moderationReasons ?? [] };
}

export function presentQuestion(question: QuestionModel, data: PresentationData): Question {
  return {
    ...presentQuestionSummary(question, data),
    body: question.body,
    bodyHtml: question.bodyHtml,
    acceptedAnswerId: question.acceptedAnswerId,
    viewerVote: data.viewerVotes.get(voteKey('question', question.id)) ?? 0,
    viewerIsAuthor: data.viewerId !== null && question.authorId === data.viewerId,
    ...heldReasons(question),
  };
}

/**
 * The one place every answer payload is built (HTTP and real-time): the expert notice goes
 * wherever the expert badge shows, so it cannot be left out of one payload. An anonymous answer
 * shows no badge, so it is not an answer given as an expert and carries no notice.
 */
export function presentAnswer(answer: AnswerModel, acceptedAnswerId: number | null, data: PresentationData): Answer {
  const author = publicAuthor(answer, data.authors);
  return {
    id: answer.id,
    questionId: answer.questionId,
    body: answer.body,
    bodyHtml: answer.bodyHtml,
    author,
    anonymous: answer.anonymous,
    score: answer.score,
    accepted: answer.id === acceptedAnswerId,
    status: answer.status,
    createdAt: answer.createdAt.toISOString(),
    updatedAt: answer.updatedAt.toISOString(),
    viewerVote: data.viewerVotes.get(voteKey('answer', answer.id)) ?? 0,
    viewerIsAuthor: data.viewerId !== null && answer.authorId === data.viewerId,
    ...heldReasons(answer),
    expertNotice: author?.expert ? EXPERT_NOTICE : null,
    recommendedBy: data.recommendations.get(answer.id) ?? [],
  };
}
