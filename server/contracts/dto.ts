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
  /** Whether the viewer wrote it (anonymous posts included); false in what is broadcast to many. */
  viewerIsAuthor: boolean;
  /**
   * Why a post that is not published is held or reviewed (personal data masked). Present only on
   * posts that are not published, which only their author and moderators ever receive.
   */
  moderationReasons?: ModerationReason[];
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
  /** As on `Question`. */
  viewerIsAuthor: boolean;
  /** As on `Question`: only on a post that is not published. */
  moderationReasons?: ModerationReason[];
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

export type ReputationReason =
  | 'answer_upvoted'
  | 'question_upvoted'
  | 'post_downvoted'
  | 'downvote_cast'
  | 'answer_accepted'
  | 'accepter'
  | 'daily_cap';

/** Why an earlier gain or loss was taken back. */
export type ReputationReversal =
  'vote_withdrawn' | 'acceptance_withdrawn' | 'post_removed' | 'serial_voting' | 'voter_removed';

/** One row of a user's reputation ledger (`GET /api/users/:id/reputation`). */
export interface ReputationEvent {
  id: number;
  amount: number;
  reason: ReputationReason;
  reversal: ReputationReversal | null;
  /** French sentence that explains the row. */
  label: string;
  /** The post concerned, when the reader may know it. */
  post: { targetType: TargetType; targetId: number; questionId: number; title: string } | null;
  tags: string[];
  /** The day (Europe/Paris, YYYY-MM-DD) the row counts for in the daily cap. */
  day: string;
  createdAt: string;
}

export type NotificationKind = 'answer_posted' | 'answer_accepted' | 'post_voted' | 'reputation_milestone';

export interface Notification {
  id: number;
  kind: NotificationKind;
  /** French sentence for the reader. */
  message: string;
  /** Where the notification leads in the client (a path), if anywhere. */
  link: string | null;
  data: NotificationData;
  read: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface NotificationData {
  questionId?: number;
  answerId?: number;
  targetType?: TargetType;
  targetId?: number;
  questionTitle?: string;
  /** Grouped votes on one post since the notification was last read. */
  upvotes?: number;
  downvotes?: number;
  milestone?: number;
  reputation?: number;
  /** Privileges this milestone unlocks, in French. */
  privileges?: string[];
}

/** Why a post is held, hidden or reviewed: what its author is told (personal data masked). */
export interface ModerationReason {
  check: string;
  detail: string;
  score?: number;
}

export type CaseKind = 'auto' | 'flag' | 'expert_verification' | 'live_question';
export type CaseStatus = 'open' | 'claimed' | 'resolved';
export type CaseDecision = 'approve' | 'reject';

/** What moderators see of a post's author: their standing, never who they are if anonymous. */
export interface AuthorStanding {
  reputation: number;
  accountAgeDays: number;
  /** Suspensions so far. */
  sanctions: number;
}

export interface ModerationCase {
  id: number;
  kind: CaseKind;
  targetType: TargetType | null;
  targetId: number | null;
  target: {
    excerpt: string;
    /** Null when the post is anonymous. */
    author: UserRef | null;
    authorStanding: AuthorStanding | null;
    status: PostStatus;
    questionId: number;
  } | null;
  reasons: ModerationReason[];
  /** Sum of the flags' weights (flags weigh by their authors' reputation). */
  flagWeight: number;
  status: CaseStatus;
  claimedBy: UserRef | null;
  decision: CaseDecision | null;
  note: string | null;
  createdAt: string;
  updatedAt: string;
  organisationId: number | null;
}

export type ModerationAction = 'claim' | 'approve' | 'reject' | 'suspend' | 'reveal_author' | 'hide_by_flags' | 'hold';

export interface ModerationLogEntry {
  id: number;
  action: ModerationAction;
  /** Null for the automated checks. */
  moderator: UserRef | null;
  caseId: number | null;
  targetType: TargetType | null;
  targetId: number | null;
  /** The user the action was about; null when that would unmask an anonymous author (admins see it). */
  user: UserRef | null;
  reason: string;
  createdAt: string;
}

/** One of my posts (`GET /api/me/posts`): anonymous ones included, with their status. */
export interface MyPost {
  targetType: TargetType;
  id: number;
  questionId: number;
  title: string;
  excerpt: string;
  anonymous: boolean;
  status: PostStatus;
  reasons: ModerationReason[];
  createdAt: string;
  updatedAt: string;
}

export interface ApiErrorBody {
  error: {
    code: string;
    message: string;
    details?: { path: string; message: string }[];
  };
}
