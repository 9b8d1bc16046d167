// The wire contract of ../shared/API.md as TypeScript types. Type-only: the client imports
// it through the `@contracts/*` alias with `import type`, so nothing here may have a runtime value.

export type Role = 'member' | 'expert' | 'moderator' | 'admin';
export type Profession = 'avocat' | 'expert-comptable' | 'consultant' | 'autre';
export type PostStatus = 'pending' | 'published' | 'hidden' | 'deleted';
export type TargetType = 'question' | 'answer';
export type VoteValue = -1 | 0 | 1;
export type FlagReason = 'spam' | 'offensive' | 'personal_data' | 'off_topic' | 'other';
export type QuestionSort = 'newest' | 'active' | 'unanswered' | 'top';

/** The official register an expert is checked against (see docs/EXPERTS.md). */
export type ExpertRegister = 'barreau' | 'ordre-experts-comptables' | 'autre';

/** Shown for verified experts only (`UserRef.expert` is null otherwise, and on anonymous posts). */
export interface ExpertBadge {
  profession: Profession;
  /** Always true: an unverified or revoked badge is not shown at all. */
  verified: boolean;
  /** « Barreau de Lyon », « Ordre des experts-comptables Île-de-France »…; null only for a badge set outside the verification workflow. */
  registerName: string | null;
  /** The official directory where anyone can check the registration (the profession's register). */
  registerUrl: string;
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
  /**
   * « Information générale, ne constitue pas une consultation personnalisée. » on every answer
   * signed by a verified expert (the author's badge shows); null otherwise, anonymous answers included.
   */
  expertNotice: string | null;
  /** The partner organisations that recommend this answer, oldest recommendation first. */
  recommendedBy: OrganisationRef[];
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

export type NotificationKind =
  | 'answer_posted'
  | 'answer_accepted'
  | 'post_voted'
  | 'reputation_milestone'
  | 'expert_verified'
  | 'expert_rejected'
  | 'expert_revoked'
  | 'contact_request'
  | 'session_opened'
  | 'session_started'
  | 'session_question_moved'
  | 'session_question_dismissed'
  | 'session_question_merged';

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
  /** Expert badge decisions: the profession, and the moderator's note (always there for a refusal or a revocation). */
  profession?: Profession;
  note?: string | null;
  /** `contact_request`: the request in the expert's inbox. */
  contactRequestId?: number;
  /** `session_*`: the live session concerned. */
  sessionId?: number;
  sessionTitle?: string;
  /** `session_question_dismissed`: why the session's moderators set the question aside. */
  reason?: string;
  /** `session_question_merged`: the question it was merged into. */
  mergedIntoId?: number;
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
  /**
   * On `expert_verification` cases: the request to check against the official register, and who
   * asks (an expert signs their answers, so the member is named). Null when the member has since
   * asked again (the newer request has its own case) or erased their account.
   */
  expertRequest?: ModerationExpertRequest | null;
}

export type ModerationAction =
  'claim' | 'approve' | 'reject' | 'suspend' | 'reveal_author' | 'hide_by_flags' | 'hold' | 'revoke_expert';

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

export type ExpertRequestStatus = 'requested' | 'verified' | 'rejected' | 'revoked';

/** A member's request for the expert badge, as they see it (`GET /api/me/expert`). */
export interface ExpertRequest {
  profession: Profession;
  register: ExpertRegister;
  registerName: string;
  /** The official directory to check the registration in. */
  registerUrl: string;
  registrationNumber: string;
  /** 1 to 3 areas of practice. */
  areas: string[];
  bio: string;
  /** Theme slugs, 1 to 5. */
  tags: string[];
  status: ExpertRequestStatus;
  /** The moderator's note: the reason for a refusal or a revocation, which the member reads. */
  decisionNote: string | null;
  decidedAt: string | null;
  /** When this request was made (asking again after a refusal starts a new one). */
  createdAt: string;
  updatedAt: string;
}

export interface ModerationExpertRequest extends ExpertRequest {
  member: UserRef;
  memberStanding: AuthorStanding;
}

/** An entry of the expert directory (`GET /api/experts`): no price, no rating, nothing to compare. */
export interface ExpertListing extends UserRef {
  areas: string[];
  /** The expert's presentation from their verified request. */
  bio: string;
  tags: string[];
  /** Reputation earned in the theme asked for (`?tag=`); null without a theme. */
  tagReputation: number | null;
  /** Their public answers that were accepted. */
  acceptedCount: number;
}

/** What a member may share with an expert they ask to be contacted by. */
export interface SharedContact {
  email: string | null;
  /** Normalised French number (« 06 12 34 56 78 »). */
  phone: string | null;
}

/** A contact request as its author sees it, once sent. */
export interface SentContactRequest {
  id: number;
  expert: UserRef;
  message: string;
  shared: SharedContact;
  createdAt: string;
}

/**
 * A contact request in the expert's inbox: the message, what the member chose to share, the date.
 * Never the member's pseudonym, id or posts.
 */
export interface ReceivedContactRequest {
  id: number;
  message: string;
  shared: SharedContact;
  createdAt: string;
  read: boolean;
}

export interface OrganisationRef {
  slug: string;
  name: string;
}

export interface PartnerOrganisation extends OrganisationRef {
  id: number;
  description: string;
  moderatorCount: number;
  expertCount: number;
  /** Answers its moderators recommend. */
  recommendationCount: number;
  createdAt: string;
}

export interface OrganisationPage {
  organisation: PartnerOrganisation;
  moderators: UserRef[];
  /** Verified experts linked to the organisation (their `organisation` on their profile). */
  experts: UserRef[];
  /** Its live sessions: live, then to come (soonest first), then the latest ended; 50 at most (docs/SESSIONS.md). */
  sessions: LiveSession[];
}

export type LiveSessionStatus = 'scheduled' | 'live' | 'ended';

/**
 * Where an audience question stands in its session: `pending` (waiting for the session's
 * moderators), `approved` (public, open to votes), `answering` (« en cours de réponse »),
 * `answered`, `dismissed` (set aside with a reason its asker reads) or `merged` (into a duplicate,
 * which took its votes). See docs/SESSIONS.md.
 */
export type LiveQuestionState = 'pending' | 'approved' | 'answering' | 'answered' | 'dismissed' | 'merged';

/** What the viewer may do in a session: run it, answer in it, watch its queue (platform moderators). */
export type LiveSessionRole = 'moderator' | 'expert' | 'observer';

/** A live session as everyone sees it: what `session:updated` carries. */
export interface LiveSessionInfo {
  id: number;
  title: string;
  description: string;
  organisation: { id: number; slug: string; name: string };
  /** Its verified experts, in the order the organisation listed them. */
  experts: UserRef[];
  /** The themes its questions are filed under (1 to 5): they join these themes when it ends. */
  tags: string[];
  status: LiveSessionStatus;
  startsAt: string;
  endsAt: string;
  /** Questions are collected from this time on; null: since the session was announced. */
  questionsOpenAt: string | null;
  /** Whether members may send questions now (scheduled and open, or live). */
  questionsOpen: boolean;
  startedAt: string | null;
  endedAt: string | null;
  /** People watching the session now (sockets in `session:{id}`, every server instance). */
  audience: number;
  /** Questions the public sees: approved, being answered or answered. */
  questionCount: number;
  createdAt: string;
}

/** A live session as one viewer sees it (HTTP). */
export interface LiveSession extends LiveSessionInfo {
  /** The viewer asked to be told when it opens and starts (« prévenez-moi »). */
  subscribed: boolean;
  /** What the viewer may do in it; null for the audience. */
  viewerRole: LiveSessionRole | null;
}

/**
 * A question of a live session. `viewerVote` and `viewerIsAuthor` are 0 and false in what is
 * broadcast to many, as on every event.
 */
export interface SessionQuestion extends Question {
  liveState: LiveQuestionState;
  /** Why it was dismissed: only to its asker and the session's staff (null for everyone else). */
  liveDismissReason: string | null;
  /** The expert a moderator asked to answer it. */
  liveAssignedExpert: UserRef | null;
  /** The expert writing an answer now (« je rédige une réponse »), shown to everyone. */
  liveDrafting: UserRef | null;
  /** The question it was merged into (`merged` only). */
  mergedIntoId: number | null;
  /** Its published answers, oldest first: the experts' answers arrive live. */
  answers: Answer[];
  /**
   * Only in the staff's view (the session's moderators and experts, platform moderators): its
   * `live_question` moderation case while it waits, and who holds it.
   */
  caseId?: number | null;
  claimedBy?: UserRef | null;
}

export interface SessionPage {
  session: LiveSession;
  /**
   * The public sees approved, answering and answered questions (answering, then approved by
   * score then oldest, then answered); an asker also sees their own pending, dismissed and merged
   * ones (after those); the staff see every question that reached the queue, oldest first.
   */
  questions: SessionQuestion[];
}

/** A message of a session's private channel between its moderators and its experts. */
export interface SessionMessage {
  id: number;
  sessionId: number;
  /** Null once its author's account is gone. */
  author: UserRef | null;
  /** Plain text (1 to 2 000 characters), shown as typed. */
  body: string;
  createdAt: string;
}

export interface ApiErrorBody {
  error: {
    code: string;
    message: string;
    details?: { path: string; message: string }[];
  };
}
