// One live Q&A session as a page shows it (docs/SESSIONS.md): the session, its questions, and the
// live events of `session:{id}` (and of the viewer's own room) applied to them. The audience view,
// the staff view and the present mode share it; they differ in what they do with a question
// that was just approved (`holdNew`).
//
// Nothing moves under the reader's eyes unless it must: the questions shown keep their order while
// votes change (a « Réordonner » button appears when the votes changed it), and, for the
// audience, newly approved questions wait behind a « N nouvelles questions — Afficher » button.
// A change of state (being answered, answered) moves a question to its group at once: that is the
// news the audience is here for, and it is announced.

import type {
  Answer,
  LiveQuestionState,
  LiveSession,
  LiveSessionInfo,
  SessionPage,
  SessionQuestion,
  VoteValue,
} from '@contracts/dto';
import type { VoteUpdate } from '@contracts/events';
import { api, errorMessage, isAbortError } from './api';
import { live, onResync, VersionGate } from './live.svelte';
import { msg } from './messages';
import { loadPage, type PageState, type PageStatus } from './pageLoader.svelte';
import { session as viewer } from './session.svelte';

/** The states the public sees, in the order of the list. */
export const PUBLIC_GROUPS = ['answering', 'approved', 'answered'] as const;
export type PublicState = (typeof PUBLIC_GROUPS)[number];

/** What an asker's own question the public does not see may be (a public one leaving waits for its new state). */
const MINE_STATES: readonly LiveQuestionState[] = ['pending', 'dismissed', 'merged'];

const RANK: Partial<Record<LiveQuestionState, number>> = { answering: 0, approved: 1, answered: 2 };

export function isPublicQuestion(question: SessionQuestion): boolean {
  return question.status === 'published' && RANK[question.liveState] !== undefined;
}

/** The server's order: being answered, then approved, then answered; each by votes, then the oldest. */
export function comparePublic(a: SessionQuestion, b: SessionQuestion): number {
  const rank = (RANK[a.liveState] ?? 3) - (RANK[b.liveState] ?? 3);
  if (rank !== 0) return rank;
  if (a.score !== b.score) return b.score - a.score;
  const created = Date.parse(a.createdAt) - Date.parse(b.createdAt);
  return created !== 0 ? created : a.id - b.id;
}

/** Answers by id, oldest first: what an event brings joins what was already there. */
function mergeAnswers(previous: Answer[], next: Answer[]): Answer[] {
  const byId = new Map(previous.map((answer) => [answer.id, answer]));
  for (const answer of next) byId.set(answer.id, answer);
  return [...byId.values()].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id - b.id);
}

export interface SessionLiveOptions {
  /**
   * Newly approved questions of others wait behind a button for the audience rather than appear
   * in place; the staff, who act on them, always get them in place (as the present mode, which
   * nobody scrolls, does with `false`).
   */
  holdNew: boolean;
  /** What changed live, for the page's polite announcement region. */
  onannounce?: (message: string) => void;
}

type Origin = 'event' | 'response';

export class SessionLive implements PageState {
  readonly id: number;
  session = $state.raw<LiveSession | null>(null);
  status = $state<PageStatus>('loading');
  error = $state('');
  questions = $state.raw<ReadonlyMap<number, SessionQuestion>>(new Map());
  /** The public questions on screen, in the order they are shown. */
  shown = $state.raw<number[]>([]);
  /** Public questions held behind the « Afficher » button. */
  incoming = $state.raw<number[]>([]);
  /** The staff's queue order (the server's: the oldest first); new ones join at the end. */
  arrival = $state.raw<number[]>([]);
  /** People watching the session now (the room's presence). */
  presence = $state<number | null>(null);
  /** The last refused vote's message, by question. */
  voteErrors = $state.raw<ReadonlyMap<number, string>>(new Map());

  readonly room: string;
  readonly scores = new VersionGate();
  readonly #options: SessionLiveOptions;
  /** Public questions that left (dismissed, merged, hidden): a late event must not bring them back. */
  readonly #withdrawn = new Set<number>();
  #quiet: AbortController | null = null;
  #reloads = $state(0);

  constructor(id: number, options: SessionLiveOptions) {
    this.id = id;
    this.room = `session:${id}`;
    this.#options = options;
  }

  /** The staff see the whole queue: the session's moderators and experts, and platform moderators. */
  readonly isStaff = $derived(this.session?.viewerRole != null);
  /**
   * The staff's room: the queue and the private channel for the organisation's moderators and the
   * session's experts; the queue alone for platform moderators, who watch it.
   */
  readonly staffRoom = $derived(
    this.session?.viewerRole === 'moderator' || this.session?.viewerRole === 'expert'
      ? `session:${this.session.id}:staff`
      : this.session?.viewerRole === 'observer'
        ? `session:${this.session.id}:queue`
        : null,
  );
  readonly audience = $derived(this.presence ?? this.session?.audience ?? 0);

  /** The questions shown, by group, in the order shown. */
  readonly groups = $derived.by(() => {
    const groups: Record<PublicState, SessionQuestion[]> = { answering: [], approved: [], answered: [] };
    for (const id of this.shown) {
      const question = this.questions.get(id);
      if (question && isPublicQuestion(question)) groups[question.liveState as PublicState].push(question);
    }
    return groups;
  });

  readonly shownCount = $derived(PUBLIC_GROUPS.reduce((n, group) => n + this.groups[group].length, 0));

  /** Whether the votes changed the order of a group since it was shown. */
  readonly outOfOrder = $derived(
    PUBLIC_GROUPS.some((group) =>
      this.groups[group].some((question, index, list) => index > 0 && comparePublic(list[index - 1]!, question) > 0),
    ),
  );

  /** Every public question in the server's order, now (the present mode, merge targets, the archive's links). */
  readonly sortedPublic = $derived([...this.questions.values()].filter(isPublicQuestion).sort(comparePublic));

  /** The viewer's own questions the public does not see (waiting, held, dismissed, merged), oldest first. */
  readonly mine = $derived(
    [...this.questions.values()]
      .filter((q) => q.viewerIsAuthor && !isPublicQuestion(q) && MINE_STATES.includes(q.liveState))
      .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id - b.id),
  );

  /** The staff's queue: waiting questions, the oldest first. */
  readonly pending = $derived(this.#inArrival((q) => q.liveState === 'pending'));
  /** The staff's archive of what was set aside. */
  readonly setAside = $derived(this.#inArrival((q) => q.liveState === 'dismissed' || q.liveState === 'merged'));

  #inArrival(keep: (question: SessionQuestion) => boolean): SessionQuestion[] {
    return this.arrival.flatMap((id) => {
      const question = this.questions.get(id);
      return question && keep(question) ? [question] : [];
    });
  }

  question(id: number): SessionQuestion | undefined {
    return this.questions.get(id);
  }

  /**
   * To call while a page initialises, for as long as it lives: loads the session once who is logged
   * in is known, again when that changes (the view depends on it: their own questions, the staff's
   * tools) and on `reload()`; follows it live; catches up after a reconnection that lost events.
   */
  loadAndFollow(): void {
    $effect(() => {
      void this.#reloads;
      if (!viewer.ready) return;
      void viewer.user?.id;
      const controller = new AbortController();
      void loadPage(
        this,
        (signal) => api('GET /api/sessions/:id', { params: { id: this.id }, signal }),
        (page) => this.#install(page),
        controller.signal,
      );
      return () => controller.abort();
    });

    $effect(() => this.connect());

    onResync(() => {
      if (this.status === 'ready') void this.refresh();
      else this.reload();
    });
  }

  reload(): void {
    this.#reloads++;
  }

  #install(page: SessionPage): void {
    this.session = page.session;
    this.questions = new Map(page.questions.map((q) => [q.id, q]));
    this.#withdrawn.clear();
    const publicIds = page.questions.filter(isPublicQuestion);
    // The staff's list comes in queue order; the public's in the server's public order already.
    this.shown = (this.isStaff ? publicIds.sort(comparePublic) : publicIds).map((q) => q.id);
    this.incoming = [];
    this.arrival = page.questions.map((q) => q.id);
  }

  /**
   * Reloads without blanking the page (after a reconnection that lost events): what the reader
   * has not seen yet joins the notice (the audience) or its place (the staff).
   */
  async refresh(): Promise<void> {
    this.#quiet?.abort();
    const controller = new AbortController();
    this.#quiet = controller;
    try {
      const page = await api('GET /api/sessions/:id', { params: { id: this.id }, signal: controller.signal });
      if (controller.signal.aborted) return;
      const before = new Set([...this.shown, ...this.incoming]);
      const shown = this.shown;
      this.session = page.session;
      this.questions = new Map(page.questions.map((q) => [q.id, q]));
      this.#withdrawn.clear();
      this.arrival = [
        ...this.arrival.filter((id) => this.questions.has(id)),
        ...page.questions.filter((q) => !this.arrival.includes(q.id)).map((q) => q.id),
      ];
      this.shown = shown.filter((id) => {
        const question = this.questions.get(id);
        return question !== undefined && isPublicQuestion(question);
      });
      this.incoming = this.incoming.filter((id) => this.#isPublicId(id));
      for (const question of page.questions) {
        if (isPublicQuestion(question) && !before.has(question.id)) this.#arrive(question, 'event');
      }
      this.status = 'ready';
    } catch (err) {
      if (controller.signal.aborted || isAbortError(err)) return;
      // What is shown stays; the next event or reload will catch up.
    }
  }

  #isPublicId(id: number): boolean {
    const question = this.questions.get(id);
    return question !== undefined && isPublicQuestion(question);
  }

  /** Follows the session live; returns the function that stops. */
  connect(): () => void {
    const stops = [
      live.on('session:question', ({ question }) => {
        if (question.liveSessionId === this.id) this.apply(question, 'event');
      }),
      live.on('session:updated', ({ session }) => {
        if (session.id === this.id) this.#sessionUpdated(session);
      }),
      live.on('vote:updated', (update) => this.#scoreUpdated(update)),
      live.on('answer:created', ({ questionId, answer }) => this.#answerArrived(questionId, answer)),
      live.on('answer:updated', ({ questionId, answer }) => this.#answerArrived(questionId, answer)),
      live.on('answer:removed', ({ questionId, answerId }) =>
        this.#patchAnswers(questionId, (answers) => answers.filter((a) => a.id !== answerId)),
      ),
      live.on('question:removed', ({ questionId }) => this.#removed(questionId)),
      live.on('presence', ({ room, count }) => {
        if (room === this.room) this.presence = count;
      }),
      live.subscribe(this.room, (ack) => {
        if (ack.ok && ack.presence !== undefined) this.presence = ack.presence;
      }),
    ];
    return () => {
      for (const stop of stops) stop();
      this.#quiet?.abort();
    };
  }

  #announce(message: string): void {
    this.#options.onannounce?.(message);
  }

  #set(question: SessionQuestion): void {
    this.questions = new Map(this.questions).set(question.id, question);
  }

  #merge(previous: SessionQuestion | undefined, next: SessionQuestion, origin: Origin): SessionQuestion {
    if (!previous) return next;
    const merged: SessionQuestion = { ...previous, ...next, answers: mergeAnswers(previous.answers, next.answers) };
    if (origin === 'event') {
      // A broadcast is the same for everyone: what is the viewer's own stays from before.
      merged.viewerVote = previous.viewerVote;
      merged.viewerIsAuthor = previous.viewerIsAuthor || next.viewerIsAuthor;
    }
    if (this.scores.has('question', next.id)) merged.score = previous.score;
    merged.liveDismissReason = next.liveDismissReason ?? previous.liveDismissReason;
    // Its case closes when it leaves the queue (the public broadcasts do not carry the case).
    if (merged.liveState !== 'pending' && ('caseId' in previous || 'caseId' in next)) {
      merged.caseId = null;
      merged.claimedBy = null;
    }
    if (merged.status === 'published') delete merged.moderationReasons;
    return merged;
  }

  /** A question as the server now has it: from an event, or from the answer to the viewer's own action. */
  apply(next: SessionQuestion, origin: Origin): void {
    const previous = this.questions.get(next.id);
    // Someone else's question the viewer may not see: nothing to show (the public gets none).
    if (!previous && !isPublicQuestion(next) && !this.isStaff && !next.viewerIsAuthor) return;
    const question = this.#merge(previous, next, origin);
    this.#set(question);
    if (this.isStaff && !this.arrival.includes(question.id)) {
      this.arrival = [...this.arrival, question.id];
      if (question.liveState === 'pending' && origin === 'event') this.#announce(msg.sessions.staff.announce.queued);
    }
    if (isPublicQuestion(question)) {
      this.#withdrawn.delete(question.id);
      if (this.shown.includes(question.id)) {
        if (previous && previous.liveState !== question.liveState) this.#place(question);
      } else if (!this.incoming.includes(question.id)) {
        this.#arrive(question, origin);
      }
    } else {
      this.#hide(question.id);
    }
    if (origin === 'event') this.#announceChange(previous, question);
  }

  /** The viewer just asked this question: it shows at once, whatever the events said first. */
  addOwn(question: SessionQuestion): void {
    const known = this.questions.get(question.id);
    if (known) {
      this.#set({ ...known, viewerIsAuthor: true });
      return;
    }
    this.apply({ ...question, viewerIsAuthor: true }, 'response');
  }

  /** A public question new to this screen: in place, or behind the button. */
  #arrive(question: SessionQuestion, origin: Origin): void {
    if (this.#options.holdNew && !this.isStaff && origin === 'event' && !question.viewerIsAuthor) {
      this.incoming = [...this.incoming, question.id];
      this.#announce(msg.sessions.questions.newAvailable(this.incoming.length));
      return;
    }
    this.#place(question);
  }

  /**
   * Puts a question among those of its group already shown, before the first one it precedes in
   * the server's order: nothing above it moves.
   */
  #place(question: SessionQuestion): void {
    const others = this.shown.filter((id) => id !== question.id);
    const rank = RANK[question.liveState];
    let index = -1;
    let lastOfGroup = -1;
    for (const [position, id] of others.entries()) {
      const other = this.questions.get(id);
      if (!other || RANK[other.liveState] !== rank) continue;
      if (comparePublic(question, other) < 0) {
        index = position;
        break;
      }
      lastOfGroup = position;
    }
    if (index === -1) index = lastOfGroup === -1 ? others.length : lastOfGroup + 1;
    others.splice(index, 0, question.id);
    this.shown = others;
  }

  #hide(id: number): void {
    if (this.shown.includes(id)) this.shown = this.shown.filter((shown) => shown !== id);
    if (this.incoming.includes(id)) this.incoming = this.incoming.filter((held) => held !== id);
  }

  #announceChange(previous: SessionQuestion | undefined, question: SessionQuestion): void {
    const text = msg.sessions;
    if (question.viewerIsAuthor && !this.isStaff) {
      const wasPublic = previous !== undefined && isPublicQuestion(previous);
      if (question.liveState === 'dismissed' && previous?.liveState !== 'dismissed') {
        this.#announce(text.mine.announce.dismissed(question.liveDismissReason ?? ''));
      } else if (question.liveState === 'merged' && previous?.liveState !== 'merged') {
        this.#announce(text.mine.announce.merged);
      } else if (isPublicQuestion(question) && !wasPublic) {
        this.#announce(text.mine.announce.approved);
      } else if (question.liveState === 'pending' && (question.moderationReasons?.length ?? 0) > 0) {
        if ((previous?.moderationReasons?.length ?? 0) === 0) this.#announce(text.mine.announce.held);
      }
      if (!isPublicQuestion(question)) return;
    }
    if (!previous || !isPublicQuestion(question) || !this.shown.includes(question.id)) return;
    if (question.liveDrafting && question.liveDrafting.id !== previous.liveDrafting?.id) {
      this.#announce(text.questions.announce.drafting(question.liveDrafting.pseudonym, question.title));
    } else if (question.liveState !== previous.liveState) {
      if (question.liveState === 'answering') this.#announce(text.questions.announce.answering(question.title));
      else if (question.liveState === 'answered') this.#announce(text.questions.announce.answered(question.title));
    }
  }

  #sessionUpdated(info: LiveSessionInfo): void {
    const previous = this.session;
    if (!previous) return;
    // What is the viewer's own (subscription, role) stays; the audience comes from presence.
    this.session = { ...previous, ...info };
    if (previous.status !== info.status) {
      if (info.status === 'live') this.#announce(msg.sessions.page.startedAnnounce);
      if (info.status === 'ended') this.#announce(msg.sessions.page.endedAnnounce);
    }
  }

  /** After the viewer's own start, end or subscription: the session as the server answered it. */
  setSession(session: LiveSession): void {
    this.session = session;
  }

  #scoreUpdated(update: VoteUpdate): void {
    if (update.targetType === 'question') {
      const question = this.questions.get(update.targetId);
      if (!question || !this.scores.accept(update)) return;
      this.#set({ ...question, score: update.score });
      return;
    }
    const question = [...this.questions.values()].find((q) => q.answers.some((a) => a.id === update.targetId));
    if (!question || !this.scores.accept(update)) return;
    this.#patchAnswers(question.id, (answers) =>
      answers.map((a) => (a.id === update.targetId ? { ...a, score: update.score } : a)),
    );
  }

  #patchAnswers(questionId: number, change: (answers: Answer[]) => Answer[]): void {
    const question = this.questions.get(questionId);
    if (question) this.#set({ ...question, answers: change(question.answers) });
  }

  #answerArrived(questionId: number, answer: Answer): void {
    const question = this.questions.get(questionId);
    if (!question) return;
    const known = question.answers.find((a) => a.id === answer.id);
    const own = answer.viewerIsAuthor || (known?.viewerIsAuthor ?? false);
    this.#patchAnswers(questionId, (answers) => mergeAnswers(answers, [{ ...answer, viewerIsAuthor: own }]));
    const firstPublished = answer.status === 'published' && known?.status !== 'published';
    if (firstPublished && !own && this.shown.includes(questionId)) {
      this.#announce(msg.sessions.questions.announce.answer(answer.author?.pseudonym ?? msg.anonymous, question.title));
    }
  }

  /** The viewer's own answer, as the server took it (pending its checks). */
  addOwnAnswer(questionId: number, answer: Answer): void {
    const question = this.questions.get(questionId);
    if (!question) return;
    const known = question.answers.find((a) => a.id === answer.id);
    // Its publication may have come first: keep that.
    const mine = { ...(known ?? answer), viewerIsAuthor: true };
    this.#patchAnswers(questionId, (answers) => mergeAnswers(answers, [mine]));
  }

  #removed(questionId: number): void {
    const question = this.questions.get(questionId);
    if (!question) return;
    this.#withdrawn.add(questionId);
    const wasShown = this.shown.includes(questionId);
    this.#hide(questionId);
    // Its asker and the staff learn what became of it through `session:question`.
    if (!question.viewerIsAuthor && !this.isStaff) {
      const questions = new Map(this.questions);
      questions.delete(questionId);
      this.questions = questions;
    } else if (isPublicQuestion(question)) {
      // Until that event comes, it is no longer public.
      this.#set({ ...question, status: 'hidden' });
    }
    if (wasShown) this.#announce(msg.sessions.questions.announce.removed);
  }

  /** Shows the held questions, and the list in the order of the votes now; returns those added. */
  showIncoming(): SessionQuestion[] {
    const added = this.incoming.flatMap((id) => {
      const question = this.questions.get(id);
      return question && isPublicQuestion(question) ? [question] : [];
    });
    this.shown = [...this.shown, ...added.map((q) => q.id)];
    this.incoming = [];
    this.reorder();
    return added.sort(comparePublic);
  }

  /** The reader asked for the order of the votes. */
  reorder(): void {
    this.shown = this.shown
      .map((id) => this.questions.get(id))
      .filter((q): q is SessionQuestion => q !== undefined)
      .sort(comparePublic)
      .map((q) => q.id);
  }

  #setVoteError(id: number, message: string): void {
    const errors = new Map(this.voteErrors);
    if (message) errors.set(id, message);
    else errors.delete(id);
    this.voteErrors = errors;
  }

  #patchVote(id: number, score: number, viewerVote: VoteValue): void {
    const question = this.questions.get(id);
    if (question) this.#set({ ...question, score, viewerVote });
  }

  /** Shows the vote at once, then asks the server; a refusal puts back what was there, and says why. */
  async vote(id: number, value: VoteValue): Promise<void> {
    const question = this.questions.get(id);
    if (!question) return;
    const before = { score: question.score, viewerVote: question.viewerVote };
    this.#setVoteError(id, '');
    this.#patchVote(id, before.score - before.viewerVote + value, value);
    try {
      const result = await api('POST /api/questions/:id/vote', { params: { id }, body: { value } });
      // A live update newer than this answer may have arrived meanwhile: keep the newest score.
      const current = this.questions.get(id);
      const score = this.scores.has('question', id) ? (current?.score ?? result.score) : result.score;
      this.#patchVote(id, score, result.viewerVote);
    } catch (err) {
      this.#patchVote(id, before.score, before.viewerVote);
      this.#setVoteError(id, errorMessage(err));
    }
  }
}
