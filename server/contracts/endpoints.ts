// The HTTP contract of ../shared/API.md as one type map: each key is "METHOD /path" exactly as the
// server declares the route, with what it takes and what it answers. The client's `api()` call is
// typed from it, and test/routes/endpoints.test.ts checks that every key is a route the server
// publishes in its OpenAPI document.
import type {
  Answer,
  CaseDecision,
  CaseKind,
  CaseStatus,
  FlagReason,
  ModerationCase,
  ModerationLogEntry,
  MyPost,
  Notification,
  Page,
  PostStatus,
  Question,
  QuestionPage,
  QuestionSort,
  QuestionSummary,
  ReputationEvent,
  Revision,
  SearchResult,
  SessionInfo,
  Tag,
  TargetType,
  UserProfile,
  UserRef,
  VoteResult,
  VoteValue,
} from './dto';

type Id = { id: number };
type Paging = { limit?: number; cursor?: string };

export interface AccountExport {
  exportedAt: string;
  account: {
    id: number;
    email: string;
    pseudonym: string;
    bio: string;
    role: UserRef['role'];
    reputation: number;
    createdAt: string;
  };
  questions: (Pick<Question, 'id' | 'title' | 'body' | 'tags' | 'anonymous' | 'status' | 'createdAt'> & {
    updatedAt: string;
  })[];
  answers: Pick<Answer, 'id' | 'questionId' | 'body' | 'anonymous' | 'status' | 'createdAt' | 'updatedAt'>[];
  /** The votes the user has now (a withdrawn vote is deleted: never 0). */
  votes: { targetType: TargetType; targetId: number; value: Exclude<VoteValue, 0>; createdAt: string }[];
  flags: { targetType: TargetType; targetId: number; reason: FlagReason; note: string; createdAt: string }[];
  notifications: Notification[];
  reputation: Omit<ReputationEvent, 'label' | 'post'>[];
}

export interface Endpoints {
  'GET /api/auth/session': { response: SessionInfo };
  'POST /api/auth/register': {
    body: { email: string; password: string; pseudonym: string };
    response: { user: UserRef };
  };
  'POST /api/auth/login': { body: { email: string; password: string }; response: { user: UserRef } };
  'POST /api/auth/logout': { response: void };

  'GET /api/tags': { response: Tag[] };
  'GET /api/questions': {
    query: { sort?: QuestionSort; tag?: string } & Paging;
    response: Page<QuestionSummary>;
  };
  'GET /api/questions/similar': { query: { title: string }; response: QuestionSummary[] };
  'GET /api/search': {
    query: { q: string; tag?: string } & Paging;
    /** Each mistyped word of the query, with the word searched instead. */
    response: Page<SearchResult> & { corrections: Record<string, string> };
  };
  'POST /api/questions': {
    body: { title: string; body: string; tags: string[]; anonymous?: boolean };
    response: { question: Question };
  };
  'GET /api/questions/:id': { params: Id; response: QuestionPage };
  'PATCH /api/questions/:id': {
    params: Id;
    body: { title?: string; body?: string; tags?: string[] };
    response: { question: Question };
  };
  'DELETE /api/questions/:id': { params: Id; response: void };
  'GET /api/questions/:id/revisions': { params: Id; response: Revision[] };
  'POST /api/questions/:id/answers': {
    params: Id;
    body: { body: string; anonymous?: boolean };
    response: { answer: Answer };
  };
  'PATCH /api/answers/:id': { params: Id; body: { body: string }; response: { answer: Answer } };
  'DELETE /api/answers/:id': { params: Id; response: void };
  'POST /api/answers/:id/accept': { params: Id; response: { acceptedAnswerId: number | null } };
  'GET /api/answers/:id/revisions': { params: Id; response: Revision[] };
  'POST /api/questions/:id/vote': { params: Id; body: { value: VoteValue }; response: VoteResult };
  'POST /api/answers/:id/vote': { params: Id; body: { value: VoteValue }; response: VoteResult };
  'POST /api/flags': {
    body: { targetType: TargetType; targetId: number; reason: FlagReason; note?: string };
    response: { flag: { id: number; targetType: TargetType; targetId: number; reason: FlagReason; createdAt: string } };
  };

  'GET /api/users/:id': { params: Id; response: UserProfile };
  'GET /api/users/:id/reputation': {
    params: Id;
    query: Paging;
    response: Page<ReputationEvent> & { reputation: number };
  };
  'GET /api/users/:id/questions': { params: Id; query: Paging; response: Page<QuestionSummary> };
  'GET /api/users/:id/answers': {
    params: Id;
    query: { sort?: 'top' | 'newest' } & Paging;
    response: Page<Answer>;
  };
  'DELETE /api/users/:id': { params: Id; body: { reason: string }; response: void };

  'PATCH /api/me': { body: { pseudonym?: string; bio?: string }; response: { user: UserProfile } };
  'GET /api/me/export': { response: AccountExport };
  'DELETE /api/me': { body: { password: string }; response: void };
  'GET /api/me/posts': { query: { status?: PostStatus } & Paging; response: Page<MyPost> };
  'GET /api/me/notifications': {
    query: { unread?: 'true' | 'false' } & Paging;
    response: Page<Notification> & { unreadCount: number };
  };
  'POST /api/me/notifications/read': { body: { ids?: number[] }; response: { unreadCount: number } };

  'GET /api/moderation/cases': {
    query: { status?: CaseStatus; kind?: CaseKind } & Paging;
    response: Page<ModerationCase>;
  };
  'GET /api/moderation/cases/:id': { params: Id; response: { case: ModerationCase } };
  'POST /api/moderation/cases/:id/claim': { params: Id; response: { case: ModerationCase } };
  'POST /api/moderation/cases/:id/resolve': {
    params: Id;
    body: { decision: CaseDecision; note?: string };
    response: { case: ModerationCase };
  };
  'POST /api/moderation/users/:id/suspend': {
    params: Id;
    body: { days: number; reason: string };
    response: { suspendedUntil: string };
  };
  'POST /api/moderation/cases/:id/suspend-author': {
    params: Id;
    body: { days: number; reason: string };
    response: { suspendedUntil: string };
  };
  'POST /api/moderation/cases/:id/reveal-author': {
    params: Id;
    body: { reason: string };
    response: { author: UserRef };
  };
  'GET /api/moderation/log': { query: Paging; response: Page<ModerationLogEntry> };
}

export type EndpointKey = keyof Endpoints;
