// The wire contract of ../shared/API.md as TypeScript types. Type-only: the client imports
// it through the `@contracts/*` alias with `import type`, so nothing here may have a runtime value.

export type Role = 'member' | 'expert' | 'moderator' | 'admin';
export type Profession = 'avocat' | 'expert-comptable' | 'consultant' | 'autre';
export type PostStatus = 'pending' | 'published' | 'hidden' | 'deleted';
export type TargetType = 'question' | 'answer';
export type VoteValue = -1 | 0 | 1;
export type FlagReason = 'spam' | 'offensive' | 'personal_data' | 'off_topic' | 'other';
export type QuestionSort = 'newest' | 'active' | 'unanswered' | 'top';

export interface ExpertBadge {
  profession: Profession;
  verified: boolean;
}

export interface UserRef {
  id: number;
  pseudonym: string;
  reputation: number;
  role: Role;
  expert: ExpertBadge | null;
}

export interface UserProfile extends UserRef {
  bio: string;
  createdAt: string;
  organisation: { id: number; slug: string; name: string } | null;
  tagReputation: { tag: string; reputation: number }[];
  answerCount: number;
  acceptedCount: number;
}

export interface Tag {
  slug: string;
  name: string;
  description: string;
  questionCount: number;
}

export interface QuestionSummary {
  id: number;
  title: string;
  excerpt: string;
  tags: string[];
  author: UserRef | null;
  anonymous: boolean;
  score: number;
  answerCount: number;
  hasAcceptedAnswer: boolean;
  status: PostStatus;
  createdAt: string;
  lastActivityAt: string;
  liveSessionId: number | null;
}

export interface SearchResult extends QuestionSummary {
  /** Sanitised HTML: the matched words wrapped in `<mark>`, everything else escaped. */
  highlight: string;
}

export interface Question extends QuestionSummary {
  body: string;
  bodyHtml: string;
  acceptedAnswerId: number | null;
  viewerVote: VoteValue;
}

export interface Answer {
  id: number;
  questionId: number;
  body: string;
  bodyHtml: string;
  author: UserRef | null;
  anonymous: boolean;
  score: number;
  accepted: boolean;
  status: PostStatus;
  createdAt: string;
  updatedAt: string;
  viewerVote: VoteValue;
}

export interface Revision {
  id: number;
  revision: number;
  title: string | null;
  body: string;
  tags: string[] | null;
  editor: UserRef | null;
  createdAt: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface QuestionPage {
  question: Question;
  answers: Answer[];
}

export interface SessionInfo {
  user: UserRef | null;
  csrfToken: string;
}

export interface VoteResult {
  score: number;
  viewerVote: VoteValue;
}

export interface ApiErrorBody {
  error: {
    code: string;
    message: string;
    details?: { path: string; message: string }[];
  };
}
