// The observer's draft on the phone: every change is first kept in the phone's storage, then sent; while
// there is no connection it stays there, marked as not sent, and is sent when the connection returns (the
// browser's online event) or at the next retry (2, 4, 8 … up to 60 seconds). A newer version saved
// elsewhere is reported, never overwritten. Nothing is removed from the phone until the server has it.

export const Status = Object.freeze({
  SENT: 'sent', SENDING: 'sending', LOCAL: 'local', CONFLICT: 'conflict', REFUSED: 'refused', GONE: 'gone',
});

const FIRST_RETRY = 2000;
const LONGEST_RETRY = 60000;
const DEBOUNCE = 700;

export class DraftKeeper {
  /**
   * @param key      the storage key of this observation's draft
   * @param storage  localStorage, or a stand-in
   * @param send     (form, version) => Promise of { version, savedAt }; rejects with { status, problem }
   *                 (status 0 for no connection)
   * @param onStatus (status, details) => void
   * @param timers   setTimeout and clearTimeout (the tests give a fake clock)
   * @param window   where the browser's online event comes
   */
  constructor({ key, storage, send, onStatus, timers = globalThis, window = globalThis }) {
    this.key = key;
    this.storage = storage;
    this.send = send;
    this.onStatus = onStatus;
    this.timers = timers;
    this.retry = FIRST_RETRY;
    this.timer = null;
    this.sending = null;
    this.record = this.read();
    window.addEventListener?.('online', () => this.sendNow());
  }

  /** What the phone holds: { form, version, pending }, or null. */
  read() {
    try {
      return JSON.parse(this.storage.getItem(this.key) || 'null');
    } catch (unreadable) {
      return null;
    }
  }

  write() {
    try {
      this.storage.setItem(this.key, JSON.stringify(this.record));
    } catch (full) {
      // Without room in storage the draft lives in this page until it is sent.
    }
  }

  /** Whether the phone holds a change the server does not have. */
  pending() {
    return Boolean(this.record?.pending);
  }

  /** The server's form and version, taken as what the phone holds (nothing of the phone's is waiting). */
  adopt(form, version) {
    this.record = { form, version, pending: false };
    this.write();
  }

  /** A change typed: kept on the phone at once, sent shortly after. */
  change(form) {
    this.record = { form, version: this.record?.version ?? 0, pending: true };
    this.write();
    this.onStatus(Status.LOCAL, {});
    this.schedule(DEBOUNCE);
  }

  /** Sends the phone's version over the newer one saved elsewhere: the observer chose theirs. */
  keepMine(newerVersion) {
    this.record = { ...this.record, version: newerVersion, pending: true };
    this.write();
    return this.sendNow();
  }

  schedule(delay) {
    this.timers.clearTimeout(this.timer);
    this.timer = this.timers.setTimeout(() => this.sendNow(), delay);
  }

  /** Sends what waits, once at a time; resolves true when the server has everything the phone holds. */
  async sendNow() {
    this.timers.clearTimeout(this.timer);
    if (this.sending) {
      await this.sending;
      return this.pending() ? this.sendNow() : true;
    }
    if (!this.pending()) {
      return true;
    }
    const sent = this.record;
    this.onStatus(Status.SENDING, {});
    this.sending = this.send(sent.form, sent.version).then((saved) => {
      // A change typed while this was under way stays pending, now on top of the new version.
      this.record = { ...this.record, version: saved.version, pending: this.record !== sent };
      this.write();
      this.retry = FIRST_RETRY;
      this.onStatus(Status.SENT, { savedAt: saved.savedAt });
      if (this.pending()) {
        this.schedule(0);
      }
      return true;
    }, (failure) => {
      if (failure.status === 0 || failure.status === 429 || failure.status >= 500) {
        const wait = this.retry;
        this.retry = Math.min(this.retry * 2, LONGEST_RETRY);
        this.onStatus(Status.LOCAL, { retryIn: wait });
        this.schedule(wait);
      } else if (failure.status === 409 && failure.problem?.current) {
        this.onStatus(Status.CONFLICT, { current: failure.problem.current });
      } else if (failure.status === 401 || failure.status === 410) {
        this.onStatus(Status.GONE, { problem: failure.problem });
      } else {
        this.onStatus(Status.REFUSED, { problem: failure.problem });
      }
      return false;
    }).finally(() => {
      this.sending = null;
    });
    return this.sending;
  }
}
