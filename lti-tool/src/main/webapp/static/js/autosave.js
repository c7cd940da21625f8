// Autosave of drafts, one entry per question (or statement): every change waits a moment (debounce), then
// one request per entry at a time goes to the server. A copy waits in localStorage until the server has
// it, so a closed tab or a lost connection loses nothing; network failures are retried with growing
// pauses, and at once when the browser is back online. A refusal (400) is shown and not retried.
// Each save names the version of the draft it edited (If-Match); when another tab or device saved a newer
// one meanwhile the server refuses (409 with the newer draft), and the entry waits in CONFLICT until the
// teacher chooses which text to keep.
//
// Pure logic: the request, the storage and the timers are given, so the tests drive it without a browser.

/** The state of one entry, as its status line shows it. */
export const State = Object.freeze({
  SAVED: 'saved', // the server has it (savedAt)
  PENDING: 'pending', // changed, not sent yet or on its way
  RETRYING: 'retrying', // the network failed; tried again later
  INVALID: 'invalid', // the server refused it (message); not retried until it changes
  LOCKED: 'locked', // the work was submitted meanwhile: read-only
  SIGNED_OUT: 'signed-out', // the session expired; the copy stays in this browser
  CONFLICT: 'conflict', // a newer version was saved elsewhere (conflict): the teacher chooses
});

const RETRY_DELAYS = [1000, 2000, 5000, 10000, 30000];

/** Whether a failed request may succeed when tried again: no answer at all, or the server in trouble. */
export function isTransient(status) {
  return status === 0 || status === 408 || status === 429 || status >= 500;
}

export class Autosaver {
  /**
   * @param send (key, value, {keepalive, version}) => Promise<{savedAt, version}>, rejecting with {status, problem};
   *   version is the server's version of the draft that was edited, undefined when not known
   * @param storage a Storage (localStorage) or null; keys start with {@code prefix}
   * @param onChange (key, status) => void, after every change of an entry's status
   */
  constructor({ send, storage = null, prefix, delay = 800, timers = globalThis, onChange = () => {}, now = () => Date.now() }) {
    this.send = send;
    this.storage = storage;
    this.prefix = prefix;
    this.delay = delay;
    this.timers = timers;
    this.onChange = onChange;
    this.now = now;
    this.entries = new Map();
  }

  entry(key) {
    if (!this.entries.has(key)) {
      this.entries.set(key, { state: State.SAVED, value: undefined, version: 0, sentVersion: 0, savedAt: null,
        message: null, timer: null, inFlight: null, attempts: 0, serverVersion: undefined, conflict: null });
    }
    return this.entries.get(key);
  }

  /** What the server had when the page loaded: when it was saved and its version (0 for nothing saved). */
  known(key, savedAt, serverVersion) {
    const entry = this.entry(key);
    entry.savedAt = savedAt || null;
    entry.serverVersion = serverVersion;
  }

  /** The copy this browser kept of an entry the server may not have, if it is newer than {@code savedAt}. */
  restore(key, savedAt) {
    const copy = this.read(key);
    if (!copy) {
      return undefined;
    }
    if (savedAt && Date.parse(savedAt) >= copy.changedAt) {
      this.forget(key);
      return undefined;
    }
    return copy.value;
  }

  /** Every key this browser holds a copy of. */
  storedKeys() {
    const keys = [];
    if (!this.storage) {
      return keys;
    }
    for (let i = 0; i < this.storage.length; i++) {
      const name = this.storage.key(i);
      if (name && name.startsWith(this.prefix)) {
        keys.push(name.slice(this.prefix.length));
      }
    }
    return keys;
  }

  /** Drops the copies of a page that can no longer be changed. */
  forgetAll() {
    this.storedKeys().forEach((key) => this.forget(key));
  }

  status(key) {
    const { state, savedAt, message, conflict } = this.entry(key);
    return conflict ? { state, savedAt, message, conflict } : { state, savedAt, message };
  }

  /** The page's status: the worst of its entries, and the latest time anything was saved. */
  overall() {
    const order = [State.SIGNED_OUT, State.CONFLICT, State.RETRYING, State.INVALID, State.PENDING, State.LOCKED,
      State.SAVED];
    let worst = State.SAVED;
    let savedAt = null;
    for (const entry of this.entries.values()) {
      if (order.indexOf(entry.state) < order.indexOf(worst)) {
        worst = entry.state;
      }
      if (entry.savedAt && (!savedAt || entry.savedAt > savedAt)) {
        savedAt = entry.savedAt;
      }
    }
    return { state: worst, savedAt };
  }

  /** A change by the teacher: kept in this browser at once, sent after the pause. */
  change(key, value, { delay = this.delay } = {}) {
    const entry = this.entry(key);
    entry.value = value;
    entry.version += 1;
    entry.attempts = 0;
    this.write(key, value);
    this.update(key, State.PENDING, null);
    this.schedule(key, delay);
  }

  schedule(key, delay) {
    const entry = this.entry(key);
    if (entry.timer !== null) {
      this.timers.clearTimeout(entry.timer);
    }
    entry.timer = this.timers.setTimeout(() => {
      entry.timer = null;
      this.save(key);
    }, delay);
  }

  /** Sends the entry now, unless a request for it is on its way (then it goes again when that one ends). */
  save(key, { keepalive = false } = {}) {
    const entry = this.entry(key);
    if (entry.inFlight) {
      return entry.inFlight;
    }
    if (entry.version === entry.sentVersion && entry.state === State.SAVED) {
      return Promise.resolve();
    }
    const version = entry.version;
    const value = entry.value;
    entry.inFlight = Promise.resolve()
      .then(() => this.send(key, value, { keepalive, version: entry.serverVersion }))
      .then((result) => {
        entry.inFlight = null;
        entry.sentVersion = version;
        entry.savedAt = result?.savedAt || new Date(this.now()).toISOString();
        if (result?.version !== undefined) {
          entry.serverVersion = result.version;
        }
        if (entry.version === version) {
          entry.attempts = 0;
          this.forget(key);
          this.update(key, State.SAVED, null);
          return undefined;
        }
        return entry.timer === null ? this.save(key) : undefined;
      }, (error) => {
        entry.inFlight = null;
        this.failed(key, error, version);
      });
    return entry.inFlight;
  }

  failed(key, error, version) {
    const entry = this.entry(key);
    const status = error?.status ?? 0;
    if (status === 401) {
      this.update(key, State.SIGNED_OUT, null);
    } else if (status === 409 && error.problem?.current) {
      entry.conflict = { mine: entry.value, current: error.problem.current };
      this.update(key, State.CONFLICT, error.problem.detail || null);
    } else if (status === 409) {
      this.update(key, State.LOCKED, error.problem?.detail || null);
    } else if (isTransient(status)) {
      const pause = RETRY_DELAYS[Math.min(entry.attempts, RETRY_DELAYS.length - 1)];
      entry.attempts += 1;
      this.update(key, State.RETRYING, null);
      if (entry.timer === null) {
        this.schedule(key, pause);
      }
    } else if (entry.version === version) {
      const problem = error?.problem;
      this.update(key, State.INVALID, problem?.errors?.[0]?.message || problem?.detail || null);
    }
  }

  /**
   * The teacher's choice in a conflict: 'mine' saves their text over the newer version; 'current' takes
   * the newer saved draft, which is returned for the page to show (the copy in this browser goes).
   */
  resolve(key, choice) {
    const entry = this.entry(key);
    const { conflict } = entry;
    if (!conflict) {
      return entry.value;
    }
    entry.conflict = null;
    entry.serverVersion = conflict.current.version;
    if (entry.timer !== null) {
      this.timers.clearTimeout(entry.timer);
      entry.timer = null;
    }
    if (choice === 'mine') {
      this.change(key, entry.value, { delay: 0 });
      return entry.value;
    }
    entry.value = conflict.current.draft ?? undefined;
    entry.sentVersion = entry.version;
    entry.savedAt = conflict.current.savedAt || entry.savedAt;
    this.forget(key);
    this.update(key, State.SAVED, null);
    return entry.value;
  }

  /** Tries the failed entries at once: the browser is back online. */
  retryNow() {
    for (const [key, entry] of this.entries) {
      if (entry.state === State.RETRYING) {
        if (entry.timer !== null) {
          this.timers.clearTimeout(entry.timer);
          entry.timer = null;
        }
        this.save(key);
      }
    }
  }

  /** Sends everything that waits, now, and tells whether the server has all of it. */
  async flush() {
    const waiting = [];
    for (const [key, entry] of this.entries) {
      if (entry.timer !== null) {
        this.timers.clearTimeout(entry.timer);
        entry.timer = null;
      }
      if (entry.state === State.PENDING || entry.state === State.RETRYING || entry.inFlight) {
        waiting.push(this.save(key));
      }
    }
    await Promise.all(waiting);
    const again = [...this.entries.entries()].filter(([, entry]) => entry.inFlight);
    await Promise.all(again.map(([, entry]) => entry.inFlight));
    return [...this.entries.values()].every((entry) => entry.state === State.SAVED || entry.state === State.LOCKED);
  }

  /**
   * The page may be going away (closed, hidden): whatever waits goes now, with keepalive so that it
   * outlives the page. The copies stay until the server confirms, so a next load sends what got lost.
   */
  flushOnExit() {
    for (const [key, entry] of this.entries) {
      if (entry.state === State.PENDING || entry.state === State.RETRYING) {
        if (entry.timer !== null) {
          this.timers.clearTimeout(entry.timer);
          entry.timer = null;
        }
        this.save(key, { keepalive: true });
      }
    }
  }

  /** Whether anything is not on the server yet. */
  hasUnsaved() {
    return [...this.entries.values()].some((entry) => entry.state !== State.SAVED && entry.state !== State.LOCKED);
  }

  update(key, state, message) {
    const entry = this.entry(key);
    entry.state = state;
    entry.message = message;
    this.onChange(key, this.status(key));
  }

  read(key) {
    try {
      const stored = this.storage?.getItem(this.prefix + key);
      return stored ? JSON.parse(stored) : null;
    } catch (unreadable) {
      return null;
    }
  }

  write(key, value) {
    try {
      this.storage?.setItem(this.prefix + key, JSON.stringify({ value, changedAt: this.now() }));
    } catch (full) {
      // Without room in storage the draft still goes to the server; only the safety copy is missing.
    }
  }

  forget(key) {
    try {
      this.storage?.removeItem(this.prefix + key);
    } catch (blocked) {
      // Nothing was kept.
    }
  }
}
