// The autosave queue without a browser: a fake clock, a fake server, a Map as storage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Autosaver, State, isTransient } from '../../main/webapp/static/js/autosave.js';

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

  /** Moves the clock on, running what falls due, and lets the promises settle. */
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

  get length() {
    return this.map.size;
  }

  key(index) {
    return [...this.map.keys()][index] ?? null;
  }

  getItem(key) {
    return this.map.has(key) ? this.map.get(key) : null;
  }

  setItem(key, value) {
    this.map.set(key, String(value));
  }

  removeItem(key) {
    this.map.delete(key);
  }
}

async function settle() {
  for (let i = 0; i < 10; i++) {
    await Promise.resolve();
  }
}

/** A server that answers as told: ok, or a failure with a status. */
function server() {
  const calls = [];
  const server = {
    calls,
    answer: () => ({ savedAt: '2026-11-26T14:03:00Z' }),
    send: (key, value, options) => {
      calls.push({ key, value, keepalive: options.keepalive });
      const answer = server.answer(key, value);
      return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
    },
  };
  return server;
}

function failure(status, problem = null) {
  return Object.assign(new Error(`HTTP ${status}`), { status, problem });
}

function saver(fake, timers, storage = new MemoryStorage(), changes = []) {
  return new Autosaver({ send: fake.send, storage, prefix: 'draft.', timers, now: () => timers.now,
    onChange: (key, status) => changes.push([key, status.state]) });
}

test('a change waits for the pause, then goes once, and the copy is dropped when the server has it', async () => {
  const timers = new FakeTimers();
  const fake = server();
  const storage = new MemoryStorage();
  const autosave = saver(fake, timers, storage);

  autosave.change('q1', { text: 'H' });
  autosave.change('q1', { text: 'Ha' });
  autosave.change('q1', { text: 'Hallo' });
  assert.equal(autosave.status('q1').state, State.PENDING);
  assert.deepEqual(JSON.parse(storage.getItem('draft.q1')).value, { text: 'Hallo' });
  await timers.advance(799);
  assert.equal(fake.calls.length, 0, 'nothing before the pause is over');

  await timers.advance(1);
  assert.deepEqual(fake.calls, [{ key: 'q1', value: { text: 'Hallo' }, keepalive: false }]);
  assert.equal(autosave.status('q1').state, State.SAVED);
  assert.equal(autosave.status('q1').savedAt, '2026-11-26T14:03:00Z');
  assert.equal(storage.getItem('draft.q1'), null);
});

test('one request per entry at a time: a change during a request goes after it', async () => {
  const timers = new FakeTimers();
  const fake = server();
  let release;
  fake.send = (key, value) => {
    fake.calls.push({ key, value });
    return fake.calls.length === 1 ? new Promise((resolve) => { release = resolve; }) : Promise.resolve({ savedAt: 'later' });
  };
  const autosave = saver(fake, timers);

  autosave.change('q1', { text: 'first' });
  await timers.advance(800);
  autosave.change('q1', { text: 'second' });
  await timers.advance(800);
  assert.equal(fake.calls.length, 1, 'the second waits for the first');

  release({ savedAt: 'first' });
  await settle();
  assert.deepEqual(fake.calls.map((call) => call.value.text), ['first', 'second']);
  assert.equal(autosave.status('q1').state, State.SAVED);
});

test('a network failure is retried with growing pauses, and at once when the browser is online again', async () => {
  const timers = new FakeTimers();
  const fake = server();
  const changes = [];
  fake.answer = () => failure(0);
  const autosave = saver(fake, timers, new MemoryStorage(), changes);

  autosave.change('q1', { text: 'offline' });
  await timers.advance(800);
  assert.equal(autosave.status('q1').state, State.RETRYING);
  await timers.advance(1000);
  assert.equal(fake.calls.length, 2, 'first retry after a second');
  await timers.advance(1999);
  assert.equal(fake.calls.length, 2, 'the second pause is longer');
  await timers.advance(1);
  assert.equal(fake.calls.length, 3);

  fake.answer = () => ({ savedAt: 'back' });
  autosave.retryNow();
  await settle();
  assert.equal(fake.calls.length, 4);
  assert.equal(autosave.status('q1').state, State.SAVED);
  assert.ok(changes.some(([, state]) => state === State.RETRYING));
});

test('a refusal shows the server\'s message and is not retried; the copy stays', async () => {
  const timers = new FakeTimers();
  const fake = server();
  const storage = new MemoryStorage();
  fake.answer = () => failure(400, { detail: 'Het antwoord is niet opgeslagen', errors: [{ field: 'answer.text', message: 'Schrijf hoogstens 2000 tekens' }] });
  const autosave = saver(fake, timers, storage);

  autosave.change('q1', { text: 'x'.repeat(2001) });
  await timers.advance(60000);
  assert.equal(fake.calls.length, 1);
  assert.deepEqual(autosave.status('q1'), { state: State.INVALID, savedAt: null, message: 'Schrijf hoogstens 2000 tekens' });
  assert.notEqual(storage.getItem('draft.q1'), null, 'what was typed is not lost');
  assert.equal(autosave.overall().state, State.INVALID);
});

test('an expired session and submitted work are states of their own, not retried', async () => {
  const timers = new FakeTimers();
  const fake = server();
  fake.answer = (key) => failure(key === 'q1' ? 401 : 409, { detail: 'ingeleverd' });
  const autosave = saver(fake, timers);

  autosave.change('q1', { text: 'a' });
  autosave.change('q2', { text: 'b' });
  await timers.advance(60000);
  assert.equal(fake.calls.length, 2);
  assert.equal(autosave.status('q1').state, State.SIGNED_OUT);
  assert.equal(autosave.status('q2').state, State.LOCKED);
  assert.equal(autosave.overall().state, State.SIGNED_OUT);
});

test('flush sends everything now and tells whether the server has it all', async () => {
  const timers = new FakeTimers();
  const fake = server();
  const autosave = saver(fake, timers);
  autosave.change('q1', { text: 'a' });
  autosave.change('q2', { optionIds: ['x'] });

  assert.equal(await autosave.flush(), true);
  assert.equal(fake.calls.length, 2);
  assert.equal(timers.queue.length, 0, 'no save left waiting');

  fake.answer = () => failure(503);
  autosave.change('q3', { value: 3 });
  assert.equal(await autosave.flush(), false);
  assert.equal(autosave.hasUnsaved(), true);
});

test('leaving the page sends what waits with keepalive; the copy stays until a next load confirms', async () => {
  const timers = new FakeTimers();
  const fake = server();
  const storage = new MemoryStorage();
  fake.send = (key, value, options) => {
    fake.calls.push({ key, value, keepalive: options.keepalive });
    return new Promise(() => {}); // the page is gone before the answer comes
  };
  const autosave = saver(fake, timers, storage);
  autosave.change('q1', { text: 'laatste woorden' });

  autosave.flushOnExit();
  await settle();
  assert.deepEqual(fake.calls, [{ key: 'q1', value: { text: 'laatste woorden' }, keepalive: true }]);
  assert.notEqual(storage.getItem('draft.q1'), null);
});

test('a copy newer than the server\'s answer is restored; an older one is dropped', () => {
  const timers = new FakeTimers();
  const storage = new MemoryStorage();
  storage.setItem('draft.q1', JSON.stringify({ value: { text: 'offline getypt' }, changedAt: Date.parse('2026-11-26T14:05:00Z') }));
  storage.setItem('draft.q2', JSON.stringify({ value: { text: 'oud' }, changedAt: Date.parse('2026-11-26T14:00:00Z') }));
  storage.setItem('other.q3', JSON.stringify({ value: { text: 'van een ander' }, changedAt: 0 }));
  const autosave = saver(server(), timers, storage);

  assert.deepEqual(autosave.restore('q1', '2026-11-26T14:03:00Z'), { text: 'offline getypt' });
  assert.equal(autosave.restore('q2', '2026-11-26T14:03:00Z'), undefined);
  assert.equal(storage.getItem('draft.q2'), null);
  assert.deepEqual(autosave.restore('q9', null), undefined);
  assert.deepEqual(autosave.storedKeys(), ['q1']);
  autosave.forgetAll();
  assert.equal(storage.getItem('draft.q1'), null);
  assert.notEqual(storage.getItem('other.q3'), null, 'only this page\'s copies go');
});

test('only failures that may pass are transient', () => {
  assert.deepEqual([0, 408, 429, 500, 503].map(isTransient), [true, true, true, true, true]);
  assert.deepEqual([400, 401, 403, 404, 409].map(isTransient), [false, false, false, false, false]);
});

/** A server keeping versions as the API does: a save over an older version than its own is refused with 409. */
function versionedServer(version, draft) {
  const calls = [];
  const server = { calls, version, draft };
  server.send = (key, value, options) => {
    calls.push({ key, value, version: options.version });
    if (options.version !== undefined && options.version !== server.version) {
      return Promise.reject(failure(409, { detail: 'nieuwere versie', current: { version: server.version,
        savedAt: '2026-11-26T14:05:00Z', draft: server.draft } }));
    }
    server.version += 1;
    server.draft = value;
    return Promise.resolve({ savedAt: '2026-11-26T14:06:00Z', version: server.version });
  };
  return server;
}

test('each save names the version it edited, and the next one the version the server gave back', async () => {
  const timers = new FakeTimers();
  const fake = versionedServer(3, { text: 'loaded' });
  const autosave = new Autosaver({ send: fake.send, prefix: 'draft.', timers, now: () => timers.now });
  autosave.known('q1', '2026-11-26T14:00:00Z', 3);

  autosave.change('q1', { text: 'one' });
  await timers.advance(800);
  autosave.change('q1', { text: 'two' });
  await timers.advance(800);

  assert.deepEqual(fake.calls.map((call) => call.version), [3, 4]);
  assert.equal(autosave.status('q1').state, State.SAVED);
});

test('a newer version saved elsewhere waits for the teacher, who keeps their own text', async () => {
  const timers = new FakeTimers();
  const fake = versionedServer(7, { text: 'from the other tab' });
  const storage = new MemoryStorage();
  const autosave = new Autosaver({ send: fake.send, storage, prefix: 'draft.', timers, now: () => timers.now });
  autosave.known('q1', '2026-11-26T14:00:00Z', 5);

  autosave.change('q1', { text: 'from this tab' });
  await timers.advance(800);
  const { state, conflict } = autosave.status('q1');
  assert.equal(state, State.CONFLICT);
  assert.deepEqual(conflict.mine, { text: 'from this tab' });
  assert.deepEqual(conflict.current.draft, { text: 'from the other tab' });
  await timers.advance(60000);
  assert.equal(fake.calls.length, 1, 'a conflict is not retried by itself');
  assert.ok(storage.getItem('draft.q1'), 'the teacher\'s text stays in this browser meanwhile');
  assert.equal(autosave.overall().state, State.CONFLICT);

  assert.deepEqual(autosave.resolve('q1', 'mine'), { text: 'from this tab' });
  await timers.advance(0);
  assert.deepEqual(fake.calls[1], { key: 'q1', value: { text: 'from this tab' }, version: 7 });
  assert.equal(autosave.status('q1').state, State.SAVED);
  assert.equal(fake.draft.text, 'from this tab');
});

test('a teacher who takes the newer version gets it back and nothing is sent', async () => {
  const timers = new FakeTimers();
  const fake = versionedServer(7, { text: 'from the other tab' });
  const storage = new MemoryStorage();
  const autosave = new Autosaver({ send: fake.send, storage, prefix: 'draft.', timers, now: () => timers.now });
  autosave.known('q1', '2026-11-26T14:00:00Z', 5);
  autosave.change('q1', { text: 'from this tab' });
  await timers.advance(800);

  assert.deepEqual(autosave.resolve('q1', 'current'), { text: 'from the other tab' });
  await timers.advance(5000);

  assert.equal(fake.calls.length, 1);
  assert.equal(autosave.status('q1').state, State.SAVED);
  assert.equal(storage.getItem('draft.q1'), null);
  autosave.change('q1', { text: 'from the other tab, and more' });
  await timers.advance(800);
  assert.equal(fake.calls[1].version, 7, 'the next save builds on the version taken');
  assert.equal(autosave.status('q1').state, State.SAVED);
});
