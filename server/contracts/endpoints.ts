// The HTTP contract of ../shared/API.md as one type map: each key is "METHOD /path" exactly as the
// server declares the route, with what it takes and what it answers. The client's `api()` call is
// typed from it, and test/routes/endpoints.test.ts checks that every key is a route the server
// publishes in its OpenAPI document.
import type {
  Answer,
  CaseDecision,
  CaseKind,
  CaseStatus,
  ExpertListing,
  ExpertRegister,
  ExpertRequest,
  FlagReason,
  LiveQuestionState,
  LiveSession,
  LiveSessionStatus,
  ModerationCase,
  ModerationLogEntry,
  MyPost,
  Notification,
  OrganisationPage,
  Page,
  PartnerOrganisation,
  Profession,
  PostStatus,
  Question,
  QuestionPage,
  QuestionSort,
  QuestionSummary,
  ReceivedContactRequest,
  ReputationEvent,
  Revision,
  SearchResult,
  SentContactRequest,
  SessionInfo,
  SessionMessage,
  SessionPage,
  SessionQuestion,
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
  /** The user's request for the expert badge, if any. */
  expertRequest: ExpertRequest | null;
  /** The contact requests the user sent to experts (what was received belongs to its senders). */
  contactRequests: {
    expertId: number;
    message: string;
    shared: SentContactRequest['shared'];
    createdAt: string;
  }[];
  /** The live sessions the user asked to be told about. */
  sessionSubscriptions: { sessionId: number; createdAt: string }[];
  /** What the user wrote in sessions' private channels (as a moderator or an expert). */
  sessionMessages: { sessionId: number; body: string; createdAt: string }[];
}

type Slug = { slug: string };

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
  'POST /api/moderation/experts/:id/revoke': { params: Id; body: { reason: string }; response: { user: UserRef } };

  'POST /api/me/expert': {
    body: {
      profession: Profession;
      register: ExpertRegister;
      registerName: string;
      registrationNumber: string;
      areas: string[];
      bio: string;
      tags: string[];
    };
    /** 202: the request waits for a moderator. */
    response: { request: ExpertRequest };
  };
  'GET /api/me/expert': { response: { request: ExpertRequest | null } };
  'GET /api/experts': {
    query: { tag?: string; profession?: Profession } & Paging;
    response: Page<ExpertListing>;
  };
  'POST /api/experts/:id/contact-requests': {
    params: Id;
    /** At least one of the two: the expert has no other way to reach the member. */
    body: { message: string; share: { email?: boolean; phone?: string } };
    response: { contactRequest: SentContactRequest };
  };
  'GET /api/me/contact-requests': {
    query: { unread?: 'true' | 'false' } & Paging;
    response: Page<ReceivedContactRequest> & { unreadCount: number };
  };
  'POST /api/me/contact-requests/:id/read': { params: Id; response: { contactRequest: ReceivedContactRequest } };

  'GET /api/organisations': { query: Paging; response: Page<PartnerOrganisation> };
  'GET /api/organisations/:slug': { params: Slug; response: OrganisationPage };
  'POST /api/organisations': {
    body: { name: string; slug: string; description?: string };
    response: { organisation: PartnerOrganisation };
  };
  'POST /api/organisations/:slug/moderators': {
    params: Slug;
    body: { userId: number };
    response: { moderator: UserRef };
  };
  'DELETE /api/organisations/:slug/moderators/:userId': { params: Slug & { userId: number }; response: void };
  'POST /api/organisations/:slug/experts': { params: Slug; body: { userId: number }; response: { expert: UserRef } };
  'DELETE /api/organisations/:slug/experts/:userId': { params: Slug & { userId: number }; response: void };
  'POST /api/answers/:id/recommend': { params: Id; response: { answer: Answer } };
  'DELETE /api/answers/:id/recommend': { params: Id; response: { answer: Answer } };

  // Live Q&A sessions (docs/SESSIONS.md).
  'GET /api/sessions': {
    /** `organisation`: an organisation's slug. */
    query: { status?: LiveSessionStatus; organisation?: string } & Paging;
    response: Page<LiveSession>;
  };
  'GET /api/sessions/:id': { params: Id; response: SessionPage };
  'POST /api/sessions': {
    body: {
      title: string;
      description: string;
      organisationId: number;
      startsAt: string;
      endsAt: string;
      /** Verified experts, 1 to 10. */
      expertIds: number[];
      /** Theme slugs (1 to 5); by default, the themes the experts declared. */
      tags?: string[];
      /** When questions may be sent from (at the latest the start); by default at once. */
      questionsOpenAt?: string | null;
    };
    response: { session: LiveSession };
  };
  'POST /api/sessions/:id/start': { params: Id; response: { session: LiveSession } };
  'POST /api/sessions/:id/end': { params: Id; response: { session: LiveSession } };
  'POST /api/sessions/:id/questions': {
    params: Id;
    /** `title` and `tags` are optional: by default the body's opening and the session's themes. */
    body: { body: string; anonymous?: boolean; title?: string; tags?: string[] };
    response: { question: SessionQuestion };
  };
  'POST /api/sessions/:id/questions/:qid/state': {
    params: SessionQuestionId;
    body: {
      state: Exclude<LiveQuestionState, 'pending' | 'merged'>;
      /** Required to dismiss (5 to 500 characters): the asker reads it. */
      reason?: string;
      /** Assigns the question to one of the session's experts (null: to none). */
      expertId?: number | null;
      /** On approval only: the question's text as the moderator edited it (a new revision). */
      body?: string;
    };
    response: { question: SessionQuestion };
  };
  'POST /api/sessions/:id/questions/:qid/merge': {
    params: SessionQuestionId;
    body: { intoId: number };
    /** `question`: the question merged into, with the votes that followed; `merged`: the duplicate. */
    response: { question: SessionQuestion; merged: SessionQuestion };
  };
  'POST /api/sessions/:id/questions/:qid/drafting': {
    params: SessionQuestionId;
    response: { question: SessionQuestion };
  };
  'DELETE /api/sessions/:id/questions/:qid/drafting': {
    params: SessionQuestionId;
    response: { question: SessionQuestion };
  };
  'POST /api/sessions/:id/subscribe': { params: Id; response: { subscribed: boolean } };
  'DELETE /api/sessions/:id/subscribe': { params: Id; response: { subscribed: boolean } };
  /** Newest first: `nextCursor` pages back to older messages. */
  'GET /api/sessions/:id/messages': { params: Id; query: Paging; response: Page<SessionMessage> };
  'POST /api/sessions/:id/messages': { params: Id; body: { body: string }; response: { message: SessionMessage } };
  /** `text/csv; charset=utf-8`, with a byte order mark, `;`-separated (see docs/SESSIONS.md). */
  'GET /api/sessions/:id/export.csv': { params: Id; response: string };
}

type SessionQuestionId = { id: number; qid: number };

export type EndpointKey = keyof Endpoints;
