// Live updates: one Socket.IO connection shared by every page (see shared/API.md, "Socket.IO").
// Pages subscribe to rooms and listen to typed events; this store keeps the rooms joined across
// reconnections and tells pages when what they show may be stale (a `resync`).

import { untrack } from 'svelte';
import { io, type Socket } from 'socket.io-client';
import type { TargetType } from '@contracts/dto';
import type { Ack, ClientToServerEvents, ServerToClientEvents, SocketErrorCode, VoteUpdate } from '@contracts/events';

export type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
export type LiveEventName = keyof ServerToClientEvents;
export type LivePayload<E extends LiveEventName> = Parameters<ServerToClientEvents[E]>[0];

/**
 * `connecting` until the first connection; `reconnecting` while Socket.IO retries by itself;
 * `offline` when the browser is offline or the server closed the connection for good.
 */
export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'offline';

/** Why a room could not be joined: the contract's codes, or no acknowledgement in time. */
export type LiveErrorCode = SocketErrorCode | 'timeout';

export type AckListener = (ack: Ack) => void;

const ACK_TIMEOUT_MS = 10_000;
/** A refusal that may pass (rate limit, server trouble, no answer) is tried again after this. */
const RETRY_MS = 10_000;
const RETRIABLE = new Set<LiveErrorCode>(['rate_limited', 'internal_error', 'timeout']);

interface Subscription {
  /** How many subscribers want the room: it is left when the last one goes. */
  count: number;
  listeners: Set<AckListener>;
  retry: ReturnType<typeof setTimeout> | null;
}

class LiveConnection {
  state = $state<ConnectionState>('connecting');
  /** Grows each time the server asks for (or a reconnection needs) a reload: pages watch it. */
  resyncs = $state(0);
  /** Rooms this connection has joined, as acknowledged by the server. */
  joined = $state.raw<ReadonlySet<string>>(new Set());
  /** The rooms that could not be joined, with the reason (shown by the pages that wanted them). */
  errors = $state.raw<ReadonlyMap<string, LiveErrorCode>>(new Map());

  #socket: LiveSocket | null = null;
  readonly #rooms = new Map<string, Subscription>();
  #everConnected = false;
  /** Set when this connection already asked pages to reload: the server's `resync` then adds nothing. */
  #resyncedThisConnection = false;

  /** The shared socket, created (and connected) on first use. */
  #start(): LiveSocket {
    if (this.#socket) return this.#socket;
    const socket: LiveSocket = io({ path: '/socket.io', transports: ['websocket'] });
    this.#socket = socket;

    socket.on('connect', () => this.#onConnect(socket));
    socket.on('disconnect', () => {
      this.#resyncedThisConnection = false;
      this.state = socket.active && navigator.onLine ? 'reconnecting' : 'offline';
    });
    socket.on('connect_error', () => {
      if (!socket.active) this.state = 'offline';
      else if (this.#everConnected) this.state = navigator.onLine ? 'reconnecting' : 'offline';
    });
    socket.on('resync', () => {
      if (!this.#resyncedThisConnection) this.#requestResync();
    });
    // The browser knows of a lost network before the connection's heartbeat times out.
    window.addEventListener('offline', () => {
      this.state = 'offline';
    });
    window.addEventListener('online', () => {
      if (socket.connected) {
        this.state = 'connected';
        return;
      }
      this.state = 'reconnecting';
      socket.connect();
    });
    return socket;
  }

  /** Opens the connection now rather than at the first subscription. */
  start(): void {
    this.#start();
  }

  /** Tries again at once after the server closed the connection or while offline. */
  reconnect(): void {
    const socket = this.#start();
    if (socket.connected) return;
    this.state = 'reconnecting';
    socket.connect();
  }

  /**
   * Joins `room` for as long as the returned function is not called. `onAck` receives every
   * acknowledgement of this room (the first join, and each join after a reconnection that lost
   * the rooms), presence count included.
   */
  subscribe(room: string, onAck?: AckListener): () => void {
    const socket = this.#start();
    let subscription = this.#rooms.get(room);
    if (!subscription) {
      subscription = { count: 0, listeners: new Set(), retry: null };
      this.#rooms.set(room, subscription);
    }
    subscription.count += 1;
    if (onAck) subscription.listeners.add(onAck);
    // A first subscriber joins now; later ones get the next acknowledgement (or the presence events).
    if (subscription.count === 1 && socket.connected) this.#join(socket, room);

    let active = true;
    return () => {
      if (!active) return;
      active = false;
      if (onAck) subscription.listeners.delete(onAck);
      subscription.count -= 1;
      if (subscription.count > 0) return;
      if (subscription.retry) clearTimeout(subscription.retry);
      this.#rooms.delete(room);
      this.#forgetError(room);
      if (this.joined.has(room) && socket.connected) this.#leave(socket, room);
    };
  }

  /**
   * Opens a new connection after a login or a logout: the server reads who the user is from the
   * session cookie at the handshake only, and puts them in their own `user:{id}` room then.
   */
  reauthenticate(): void {
    const socket = this.#socket;
    if (!socket) return;
    // A new identity must not recover the old connection's rooms and missed events.
    socket.disconnect();
    this.joined = new Set();
    // Not a lost connection: no "connection lost / restored" banner for a login.
    this.state = 'connecting';
    socket.connect();
  }

  /**
   * Listens to a server event; returns the function that stops listening. A `vote:updated`
   * listener also receives, one by one, the updates of the `scores:updated` batches.
   */
  on<E extends LiveEventName>(event: E, handler: ServerToClientEvents[E]): () => void {
    const socket = this.#start();
    // Socket.IO's listener type is conditional on the event name: it cannot follow a generic one.
    socket.on(event as 'resync', handler as ServerToClientEvents['resync']);
    const unpack: ServerToClientEvents['scores:updated'] = ({ updates }) => {
      for (const update of updates) (handler as ServerToClientEvents['vote:updated'])(update);
    };
    if (event === 'vote:updated') socket.on('scores:updated', unpack);
    return () => {
      socket.off(event as 'resync', handler as ServerToClientEvents['resync']);
      socket.off('scores:updated', unpack);
    };
  }

  #onConnect(socket: LiveSocket): void {
    const reconnection = this.#everConnected;
    this.#everConnected = true;
    this.state = 'connected';
    if (!socket.recovered) {
      // A new session on the server: no room is joined any more, and events may have been missed.
      this.joined = new Set();
      if (reconnection) this.#requestResync();
    }
    for (const room of this.#rooms.keys()) {
      if (!this.joined.has(room)) this.#join(socket, room);
    }
    // Recovered rooms that were given up while disconnected.
    for (const room of this.joined) {
      if (!this.#rooms.has(room)) this.#leave(socket, room);
    }
  }

  #requestResync(): void {
    this.#resyncedThisConnection = true;
    this.resyncs += 1;
  }

  #join(socket: LiveSocket, room: string): void {
    // Scores in one message per room and window, however many targets change (the extension of
    // the contract that `on('vote:updated')` below unpacks).
    socket.timeout(ACK_TIMEOUT_MS).emit('subscribe', { room, scores: 'batched' }, (err: Error | null, ack?: Ack) => {
      const subscription = this.#rooms.get(room);
      const result: Ack = err || !ack ? { ok: false, error: { code: 'internal_error', message: '' } } : ack;
      if (result.ok) {
        this.joined = new Set([...this.joined, room]);
        if (!subscription) {
          // Given up while the request was on its way.
          if (socket.connected) this.#leave(socket, room);
          return;
        }
        this.#forgetError(room);
      } else if (subscription) {
        const code: LiveErrorCode = err || !ack ? 'timeout' : result.error.code;
        this.errors = new Map([...this.errors, [room, code]]);
        if (RETRIABLE.has(code) && !subscription.retry) {
          subscription.retry = setTimeout(() => {
            subscription.retry = null;
            if (this.#rooms.get(room) === subscription && socket.connected && !this.joined.has(room)) {
              this.#join(socket, room);
            }
          }, RETRY_MS);
        }
      }
      for (const listener of subscription?.listeners ?? []) listener(result);
    });
  }

  #leave(socket: LiveSocket, room: string): void {
    const joined = new Set(this.joined);
    joined.delete(room);
    this.joined = joined;
    socket.emit('unsubscribe', { room }, () => undefined);
  }

  #forgetError(room: string): void {
    if (!this.errors.has(room)) return;
    const errors = new Map(this.errors);
    errors.delete(room);
    this.errors = errors;
  }
}

/** The one live connection of the page. */
export const live = new LiveConnection();

/**
 * Calls `reload` each time what the calling component shows may be stale: after a reconnection
 * that could not be recovered, or when the server asks for it. To call while the component
 * initialises (it sets up an effect); the resyncs before that are not its concern.
 */
export function onResync(reload: () => void): void {
  let resyncsSeen = untrack(() => live.resyncs);
  $effect(() => {
    const resyncs = live.resyncs;
    if (resyncs === resyncsSeen) return;
    resyncsSeen = resyncs;
    untrack(reload);
  });
}

/**
 * Score updates are coalesced and may arrive out of order: apply one only when its version is
 * higher than the last one applied for the same target.
 */
export class VersionGate {
  readonly #versions = new Map<string, number>();

  /** True (and remembered) when `update` is newer than anything applied for its target. */
  accept({ targetType, targetId, version }: VoteUpdate): boolean {
    const key = `${targetType}:${targetId}`;
    const last = this.#versions.get(key);
    if (last !== undefined && version <= last) return false;
    this.#versions.set(key, version);
    return true;
  }

  /** Whether a versioned score was applied for this target (it then wins over unversioned ones). */
  has(targetType: TargetType, targetId: number): boolean {
    return this.#versions.has(`${targetType}:${targetId}`);
  }
}
