import { io, type Socket } from 'socket.io-client';
import type { Answer as AnswerDto, Question as QuestionDto, QuestionSummary } from '../../server/contracts/dto';
import type {
  Ack,
  ClientToServerEvents,
  ScoreDelivery,
  ServerEventName,
  ServerToClientEvents,
} from '../../server/contracts/events';
import { testEnv } from './hooks';
import { moderated } from './moderation';
import type { TestClient } from './client';

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
export type EventPayload<E extends ServerEventName> = Parameters<ServerToClientEvents[E]>[0];

export interface ConnectOptions {
  baseUrl?: string;
  origin?: string;
  /** A Cookie header of one's own, instead of the client's. */
  cookie?: string;
  transports?: ('websocket' | 'polling')[];
  /** Reconnection is off unless asked for (see reconnect.test.ts). */
  reconnection?: boolean;
  reconnectionDelay?: number;
  randomizationFactor?: number;
  /** How the rooms joined by `watch` deliver their scores (`vote:updated` when not given). */
  scores?: ScoreDelivery;
}

const open = new Set<TestSocket>();

/** Builds a socket.io-client carrying the session cookie of `client` when given, without connecting. */
export function createSocket(client?: TestClient, options: ConnectOptions = {}): TestSocket {
  const headers: Record<string, string> = {};
  const cookie = options.cookie ?? client?.cookieHeader();
  if (cookie) headers.cookie = cookie;
  if (options.origin) headers.origin = options.origin;
  const socket: TestSocket = io(options.baseUrl ?? testEnv().baseUrl, {
    path: '/socket.io',
    transports: options.transports ?? ['websocket'],
    extraHeaders: headers,
    reconnection: options.reconnection ?? false,
    reconnectionDelay: options.reconnectionDelay,
    randomizationFactor: options.randomizationFactor,
    forceNew: true,
    autoConnect: false,
  });
  open.add(socket);
  return socket;
}

/** A socket.io-client (websocket by default), carrying the session cookie of `client` when given. */
export async function connectSocket(client?: TestClient, options: ConnectOptions = {}): Promise<TestSocket> {
  const socket = createSocket(client, options);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
    socket.connect();
  });
  return socket;
}

/** Disconnects every socket opened by the helpers above (call it in afterEach). */
export function disconnectAll(): void {
  for (const socket of open) socket.disconnect();
  open.clear();
}

export function subscribe(socket: TestSocket, room: string, scores?: ScoreDelivery): Promise<Ack> {
  return socket.timeout(5_000).emitWithAck('subscribe', scores ? { room, scores } : { room });
}

/** Subscribes and fails loudly when the server refuses. */
export async function join(socket: TestSocket, ...rooms: string[]): Promise<void> {
  await joinWith(socket, rooms);
}

/** `join`, with the scores of every room delivered as asked. */
export async function joinWith(socket: TestSocket, rooms: string[], scores?: ScoreDelivery): Promise<void> {
  for (const room of rooms) {
    const ack = await subscribe(socket, room, scores);
    if (!ack.ok) throw new Error(`subscribe ${room} refused: ${ack.error.code}`);
  }
}

export function unsubscribe(socket: TestSocket, room: string): Promise<Ack> {
  return socket.timeout(5_000).emitWithAck('unsubscribe', { room });
}

/** Resolves with the next `event` whose payload satisfies `match`, or rejects after `ms`. */
export function nextEvent<E extends ServerEventName>(
  socket: TestSocket,
  event: E,
  match: (payload: EventPayload<E>) => boolean = () => true,
  ms = 5_000,
): Promise<EventPayload<E>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, listener as never);
      reject(new Error(`no ${String(event)} within ${ms} ms`));
    }, ms);
    const listener = (payload: EventPayload<E>) => {
      if (!match(payload)) return;
      clearTimeout(timer);
      socket.off(event, listener as never);
      resolve(payload);
    };
    socket.on(event, listener as never);
  });
}

export interface ReceivedEvent {
  event: ServerEventName;
  payload: unknown;
}

/**
 * Every event a socket receives, in order of arrival, from the moment it is created: tests
 * cause something, then look at what came (or wait for what is still to come) without racing
 * the registration of a listener.
 */
export class EventLog {
  readonly events: ReceivedEvent[] = [];
  private waiters: { check: () => boolean }[] = [];
  private readonly listener = (event: ServerEventName, payload: unknown) => {
    this.events.push({ event, payload });
    this.waiters = this.waiters.filter((waiter) => !waiter.check());
  };

  constructor(readonly socket: TestSocket) {
    socket.onAny(this.listener);
  }

  stop(): void {
    this.socket.offAny(this.listener);
  }

  /** A position in the log: pass it as `since` to look only at what arrives after it. */
  mark(): number {
    return this.events.length;
  }

  /** The payloads of `event` received so far (after `since`) that satisfy `match`. */
  of<E extends ServerEventName>(
    event: E,
    match: (payload: EventPayload<E>) => boolean = () => true,
    since = 0,
  ): EventPayload<E>[] {
    return this.events
      .slice(since)
      .filter((received) => received.event === event)
      .map((received) => received.payload as EventPayload<E>)
      .filter(match);
  }

  /** Every payload received so far, as the JSON that travelled. */
  rawPayloads(): string[] {
    return this.events.map((received) => JSON.stringify(received.payload));
  }

  /** Resolves with the first `event` satisfying `match` (after `since`), already received or still to come. */
  waitFor<E extends ServerEventName>(
    event: E,
    match: (payload: EventPayload<E>) => boolean = () => true,
    ms = 5_000,
    since = 0,
  ): Promise<EventPayload<E>> {
    return this.waitForCount(event, 1, match, ms, since).then((payloads) => payloads[0]!);
  }

  /** Resolves once `count` events satisfying `match` have arrived (after `since`), with them all. */
  waitForCount<E extends ServerEventName>(
    event: E,
    count: number,
    match: (payload: EventPayload<E>) => boolean = () => true,
    ms = 5_000,
    since = 0,
  ): Promise<EventPayload<E>[]> {
    return new Promise((resolve, reject) => {
      const waiter = {
        check: () => {
          const found = this.of(event, match, since);
          if (found.length < count) return false;
          clearTimeout(timer);
          resolve(found);
          return true;
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((other) => other !== waiter);
        const got = this.of(event, match, since).length;
        reject(new Error(`${got}/${count} ${event} within ${ms} ms; got ${this.summary()}`));
      }, ms);
      if (!waiter.check()) this.waiters.push(waiter);
    });
  }

  summary(): string {
    return JSON.stringify(this.events.map((received) => received.event));
  }
}

export function recordEvents(socket: TestSocket): EventLog {
  return new EventLog(socket);
}

/**
 * Asserts that `log` never received a matching `event`, without a blind sleep: `sentinel` must
 * resolve once this same socket has received something caused after the unwanted event was
 * (or would have been) emitted, so anything emitted to it before has arrived by then.
 */
export async function expectNoEvent<E extends ServerEventName>(
  log: EventLog,
  event: E,
  sentinel: Promise<unknown>,
  match: (payload: EventPayload<E>) => boolean = () => true,
): Promise<void> {
  await sentinel;
  const unwanted = log.of(event, match);
  if (unwanted.length > 0) {
    throw new Error(`unexpected ${event} on socket ${log.socket.id}: ${JSON.stringify(unwanted)}`);
  }
}

/** A connected socket (of `client`'s user, or a visitor's) subscribed to `rooms`, recording everything. */
export async function watch(
  client: TestClient | undefined,
  rooms: string[] = [],
  options: ConnectOptions = {},
): Promise<EventLog> {
  const socket = createSocket(client, options);
  const log = recordEvents(socket);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
    socket.connect();
  });
  await joinWith(socket, rooms, options.scores);
  return log;
}

// Posting through the real HTTP API, as the events under test follow real requests.

let posted = 0;

export async function postQuestion(
  client: TestClient,
  tags: string[],
  options: { anonymous?: boolean; title?: string } = {},
): Promise<QuestionDto> {
  posted += 1;
  const response = await client.post('/api/questions', {
    title: options.title ?? `Question en direct numéro ${posted} sur la gestion`,
    body: `Le corps de la question en direct numéro ${posted}, assez long pour être accepté.`,
    tags,
    anonymous: options.anonymous ?? false,
  });
  if (response.status !== 201) throw new Error(`question not posted: ${response.status} ${response.text}`);
  // As it is once the moderation worker has checked it (published, or held for its author).
  await moderated();
  const question = (await client.get(`/api/questions/${response.body.question.id}`)).body.question as QuestionDto;
  // As events carry it: they go to many, so they never say whose it is.
  return { ...question, viewerIsAuthor: false };
}

export async function postAnswer(
  client: TestClient,
  questionId: number,
  options: { anonymous?: boolean; body?: string } = {},
): Promise<AnswerDto> {
  posted += 1;
  const response = await client.post(`/api/questions/${questionId}/answers`, {
    body: options.body ?? `Réponse en direct numéro ${posted}, avec assez de texte pour passer.`,
    anonymous: options.anonymous ?? false,
  });
  if (response.status !== 201) throw new Error(`answer not posted: ${response.status} ${response.text}`);
  await moderated();
  const page = await client.get(`/api/questions/${questionId}`);
  const answer = (page.body.answers as AnswerDto[]).find((a) => a.id === response.body.answer.id)!;
  // As events carry it: they go to many, so they never say whose it is.
  return { ...answer, viewerIsAuthor: false };
}

/** The summary a list shows (what `question:*` events carry) of a full question. */
export function summaryOf(question: QuestionDto): QuestionSummary {
  const {
    body: _body,
    bodyHtml: _bodyHtml,
    acceptedAnswerId: _accepted,
    viewerVote: _vote,
    viewerIsAuthor: _mine,
    moderationReasons: _reasons,
    ...summary
  } = question;
  return summary;
}
