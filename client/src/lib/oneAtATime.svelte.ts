// The staff's buttons on a session question send one request at a time: a second click while one
// is on its way would repeat a decision the first may already have made. A failure's message
// shows until the next try.

import { errorMessage } from './api';

export class OneAtATime {
  /** The last failure's message, for the question's alert; empty after a success. */
  error = $state('');
  #busy = false;

  /**
   * Sends `request` unless one is on its way and hands its result to `done`; a failure goes to
   * `failed`, which by default shows the API's message in `error`.
   */
  async run<T>(
    request: () => Promise<T>,
    done: (result: T) => void,
    failed: (err: unknown) => void = (err) => (this.error = errorMessage(err)),
  ): Promise<void> {
    if (this.#busy) return;
    this.#busy = true;
    this.error = '';
    try {
      done(await request());
    } catch (err) {
      failed(err);
    } finally {
      this.#busy = false;
    }
  }
}
