// The moderator process of the live-session benchmark, forked by bench/live/run.ts: the
// organisation's moderator, logged in, with one socket on the session's staff room
// (`session:{id}:staff`), where each question that passes the automated checks arrives as it
// joins the queue (`session:question`, liveState pending, with its case). It approves each one at
// once (`POST /api/sessions/:id/questions/:qid/state {state: 'approved'}`, after claiming its case
// when asked to), and records when the request left and when its response came back, on the
// clock the audience processes share. Apart from the benchmark's loop, which sends the load.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../server/contracts/events';
import type { SessionQuestion } from '../../server/contracts/dto';
import { LOOP_RESOLUTION_MS, loopDelayOf } from '../lib/loopDelay';
import { nowMs } from '../realtime/protocol';
import type { ApprovalRecord, ModeratorCommand, ModeratorMessage } from './protocol';

type BenchSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const loopDelay = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
loopDelay.enable();
let socket: BenchSocket | null = null;
let session: { url: string; cookie: string; csrfToken: string; sessionId: number } | null = null;
let active = false;
let claimFirst = false;
let closing = false;
let droppedSocket = false;
const handled = new Set<number>();
const approvals: ApprovalRecord[] = [];
let notApproved = 0;
const events: Record<string, number> = {};

function send(message: ModeratorMessage): void {
  process.send?.(message);
}

async function post(
  path: string,
  body: unknown,
): Promise<{ startedAt: number; respondedAt: number; status: number; error?: string }> {
  const startedAt = nowMs();
  try {
    const res = await fetch(`${session!.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: session!.cookie, 'x-csrf-token': session!.csrfToken },
      body: JSON.stringify(body),
    });
    const respondedAt = nowMs();
    const text = await res.text();
    return { startedAt, respondedAt, status: res.status, ...(res.status === 200 ? {} : { error: text.slice(0, 300) }) };
  } catch (error) {
    return { startedAt, respondedAt: nowMs(), status: 0, error: String(error) };
  }
}

async function approve(question: SessionQuestion, queuedSeenAt: number): Promise<void> {
  const { sessionId } = session!;
  let claim: ApprovalRecord['claim'] = null;
  if (claimFirst) {
    const claimed = await post(`/api/moderation/cases/${question.caseId}/claim`, {});
    claim = { startedAt: claimed.startedAt, respondedAt: claimed.respondedAt, status: claimed.status };
  }
  const result = await post(`/api/sessions/${sessionId}/questions/${question.id}/state`, { state: 'approved' });
  const record: ApprovalRecord = { questionId: question.id, caseId: question.caseId!, queuedSeenAt, claim, ...result };
  approvals.push(record);
  send({ type: 'progress', approved: record });
}

function onQuestion(question: SessionQuestion): void {
  // A question entering the queue: still pending (not public), past the checks, with its case.
  if (question.liveState !== 'pending' || question.status !== 'pending' || question.caseId == null) return;
  if (handled.has(question.id)) return;
  const at = nowMs();
  handled.add(question.id);
  if (!active) {
    notApproved += 1;
    return;
  }
  void approve(question, at);
}

async function connect(command: Extract<ModeratorCommand, { type: 'connect' }>): Promise<void> {
  session = { url: command.apiUrl, cookie: command.cookie, csrfToken: command.csrfToken, sessionId: command.sessionId };
  try {
    socket = await new Promise<BenchSocket>((resolve, reject) => {
      const s: BenchSocket = io(command.url, {
        path: '/socket.io',
        transports: ['websocket'],
        forceNew: true,
        reconnection: false,
        timeout: command.timeoutMs,
        extraHeaders: { cookie: command.cookie, origin: command.origin },
      });
      const timer = setTimeout(() => fail(new Error('no connection:opened in time')), command.timeoutMs);
      const fail = (error: Error) => {
        clearTimeout(timer);
        s.disconnect();
        reject(error);
      };
      s.once('connect_error', fail);
      // Sent through the adapter once the server knows the user: the connection is ready.
      s.once('connection:opened', () => {
        clearTimeout(timer);
        s.off('connect_error', fail);
        resolve(s);
      });
    });
    socket.onAny((event: string) => {
      events[event] = (events[event] ?? 0) + 1;
    });
    socket.on('session:question', ({ question }) => onQuestion(question));
    socket.on('disconnect', (reason) => {
      if (!closing && reason !== 'io client disconnect') droppedSocket = true;
    });
    const ack = await socket
      .timeout(command.timeoutMs)
      .emitWithAck('subscribe', { room: `session:${command.sessionId}:staff` });
    if (!ack.ok) throw new Error(`subscribe to the staff room refused: ${ack.error.code} ${ack.error.message}`);
    send({ type: 'connected', ok: true });
  } catch (error) {
    send({ type: 'connected', ok: false, error: error instanceof Error ? error.message : String(error) });
  }
}

process.on('message', (command: ModeratorCommand) => {
  switch (command.type) {
    case 'connect':
      void connect(command);
      break;
    case 'start':
      active = true;
      claimFirst = command.claim;
      for (const event of Object.keys(events)) delete events[event];
      loopDelay.reset();
      send({ type: 'started' });
      break;
    case 'stop':
      active = false;
      send({ type: 'stopped' });
      break;
    case 'results':
      send({ type: 'results', approvals, notApproved, events, droppedSocket, loopDelayMs: loopDelayOf(loopDelay) });
      break;
    case 'report':
      send({ type: 'report' });
      break;
    case 'close':
      closing = true;
      active = false;
      socket?.disconnect();
      setTimeout(() => send({ type: 'closed' }), 300);
      break;
  }
});
process.on('disconnect', () => process.exit(0));
send({ type: 'ready' });
