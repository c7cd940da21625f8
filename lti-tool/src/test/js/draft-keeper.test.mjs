// The observer's draft on the phone without a browser: a fake clock, a server that is reachable or not,
// a Map as storage, an event target as the window.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DraftKeeper, Status } from '../../main/webapp/static/js/observe/draft-keeper.js';

class FakeTimers {
  constructor() {
    this.now = 0;
    this.queue = [];
    this.next = 1;
  }

  setTimeout(callback, delay) {
    const id = this.next++;
    this.queue.push({ id, at: this.now + delay, callback });
    return id;
  }

  clearTimeout(id) {
    this.queue = this.queue.filter((timer) => timer.id !== id);
  }

  async advance(ms) {
    const until = this.now + ms;
    for (;;) {
      this.queue.sort((a, b) => a.at - b.at);
      const due = this.queue[0];
      if (!due || due.at > until) {
        break;
      }
      this.queue.shift();
      this.now = due.at;
      due.callback();
      await settle();
    }
    this.now = until;
    await settle();
  }
}

class MemoryStorage {
  constructor() {
    this.map = new Map();
  }

  getItem(key) {
    return this.map.has(key) ? this.map.get(key) : null;
  }

  setItem(key, value) {
    this.map.set(key, String(value));
  }
}

async function settle() {
  for (let i = 0; i < 20; i++) {
    await Promise.resolve();
  }
}

/** A server holding a version; offline until told otherwise; refuses a stale If-Match as the API does. */
function server() {
  const state = { online: true, version: 3, saved: [], current: null };
  state.send = async (form, version) => {
    if (!state.online) {
      throw { status: 0, problem: null };
    }
    if (version !== state.version) {
      throw { status: 409, problem: { current: { version: state.version, savedAt: 'x', draft: state.current } } };
    }
    state.version += 1;
    state.current = form;
    state.saved.push(form);
    return { version: state.version, savedAt: '2026-12-06T15:00:00Z' };
  };
  return state;
}

function keeper(remote, { storage = new MemoryStorage(), timers = new FakeTimers(), window = new EventTarget() } = {}) {
  const statuses = [];
  const kept = new DraftKeeper({ key: 'obs.7', storage, send: remote.send, timers, window,
    onStatus: (status, details) => statuses.push({ status, ...details }) });
  return { kept, statuses, storage, timers, window };
}

const form = (compliment) => ({ marks: {}, compliment, tip: '' });

test('a change is kept on the phone at once and sent shortly after', async () => {
  const remote = server();
  const { kept, statuses, storage, timers } = keeper(remote);
  kept.adopt(form(''), 3);
  kept.change(form('Goed geluisterd'));
  assert.equal(JSON.parse(storage.getItem('obs.7')).pending, true);
  assert.equal(statuses.at(-1).status, Status.LOCAL);
  await timers.advance(1000);
  assert.deepEqual(remote.saved, [form('Goed geluisterd')]);
  assert.equal(statuses.at(-1).status, Status.SENT);
  assert.deepEqual(JSON.parse(storage.getItem('obs.7')), { form: form('Goed geluisterd'), version: 4, pending: false });
});

test('offline, the draft stays on the phone, is retried with growing waits, and goes when the connection returns', async () => {
  const remote = server();
  const { kept, statuses, storage, timers, window } = keeper(remote);
  kept.adopt(form(''), 3);
  remote.online = false;
  kept.change(form('Eerst'));
  await timers.advance(1000);
  assert.deepEqual(statuses.at(-1), { status: Status.LOCAL, retryIn: 2000 });
  await timers.advance(2000);
  assert.deepEqual(statuses.at(-1), { status: Status.LOCAL, retryIn: 4000 });
  kept.change(form('Eerst, en meer'));
  await timers.advance(1000);
  assert.equal(remote.saved.length, 0);
  assert.equal(JSON.parse(storage.getItem('obs.7')).form.compliment, 'Eerst, en meer', 'nothing typed is lost');
  remote.online = true;
  window.dispatchEvent(new Event('online'));
  await settle();
  assert.deepEqual(remote.saved, [form('Eerst, en meer')]);
  assert.equal(kept.pending(), false);
  assert.equal(statuses.at(-1).status, Status.SENT);
});

test('a newer version saved elsewhere is reported, not overwritten, until the observer keeps theirs', async () => {
  const remote = server();
  const { kept, statuses, timers } = keeper(remote);
  kept.adopt(form(''), 2);
  kept.change(form('Van de telefoon'));
  await timers.advance(1000);
  assert.equal(statuses.at(-1).status, Status.CONFLICT);
  assert.equal(statuses.at(-1).current.version, 3);
  assert.equal(remote.saved.length, 0);
  assert.equal(kept.pending(), true, 'the phone keeps its version');
  assert.equal(await kept.keepMine(3), true);
  assert.deepEqual(remote.saved, [form('Van de telefoon')]);
});

test('a draft left on the phone by an earlier visit is found again', async () => {
  const remote = server();
  const storage = new MemoryStorage();
  remote.online = false;
  const first = keeper(remote, { storage });
  first.kept.adopt(form(''), 3);
  first.kept.change(form('Niet verzonden'));
  const second = keeper(remote, { storage });
  assert.equal(second.kept.pending(), true);
  assert.equal(second.kept.record.form.compliment, 'Niet verzonden');
  assert.equal(second.kept.record.version, 3);
});

test('a link that stopped working is reported as gone', async () => {
  const { kept, statuses, timers } = keeper({ send: async () => { throw { status: 410, problem: { type: 'x:revoked' } }; } });
  kept.adopt(form(''), 1);
  kept.change(form('Tekst'));
  await timers.advance(1000);
  assert.equal(statuses.at(-1).status, Status.GONE);
  assert.equal(kept.pending(), true);
});
