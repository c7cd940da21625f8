// The pure parts of the teacher's pages: watched stretches, counters and shares, addresses, plan counts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WatchTracker, covers, crossed } from '../../main/webapp/static/js/watch.js';
import { characterCount, fill, lengthState, paragraphs, percent, planCounts, plannedTime } from '../../main/webapp/static/js/format.js';
import { assignmentPath, parseRoute } from '../../main/webapp/static/js/routes.js';

test('continuous playback is one stretch; each report carries only what is new', () => {
  const tracker = new WatchTracker();
  tracker.playing(0);
  [0.25, 0.5, 4, 8, 10].forEach((time) => tracker.time(time));
  assert.deepEqual(tracker.take(), [{ from: 0, to: 10 }]);
  [12, 14.5].forEach((time) => tracker.time(time));
  assert.deepEqual(tracker.take(), [{ from: 10, to: 14.5 }], 'the stretch goes on from the last report');
  assert.deepEqual(tracker.take(), [], 'nothing new, nothing to report');
});

test('a seek ends the stretch and starts nothing until playback resumes', () => {
  const tracker = new WatchTracker();
  tracker.playing(0);
  tracker.time(5);
  tracker.seeking();
  tracker.time(60); // an update during the seek, while not playing
  tracker.playing(60);
  tracker.time(62);
  tracker.stopped(63);
  assert.deepEqual(tracker.take(), [{ from: 0, to: 5 }, { from: 60, to: 63 }]);
});

test('a jump no seek announced, or time going back, ends the stretch too', () => {
  const tracker = new WatchTracker();
  tracker.playing(0);
  tracker.time(4);
  tracker.time(40); // more than a step: not played
  tracker.time(42);
  tracker.time(30); // backwards
  tracker.time(31);
  tracker.stopped(31);
  assert.deepEqual(tracker.take(), [{ from: 0, to: 4 }, { from: 40, to: 42 }, { from: 30, to: 31 }]);
});

test('stretches of a failed report go with the next one; empty stretches are never sent', () => {
  const tracker = new WatchTracker();
  tracker.playing(10);
  tracker.time(12);
  const first = tracker.take();
  tracker.giveBack(first);
  tracker.time(13);
  assert.deepEqual(tracker.take(), [{ from: 10, to: 12 }, { from: 12, to: 13 }]);
  tracker.playing(20);
  tracker.stopped(20);
  assert.deepEqual(tracker.take(), []);
});

test('a question is reached when playback crosses its moment, not by seeking past it', () => {
  assert.equal(crossed(35.8, 36.1, 36), true);
  assert.equal(crossed(35, 36, 36), true);
  assert.equal(crossed(36.1, 36.4, 36), false, 'already past');
  assert.equal(crossed(null, 37, 36), false, 'right after a seek');
  assert.equal(crossed(10, 50, 36), false, 'a jump is not playback');
  assert.equal(covers([{ from: 0, to: 40 }], 36), true);
  assert.equal(covers([{ from: 40, to: 80 }], 36), false);
  assert.equal(covers(undefined, 36), false);
});

test('the counter counts as the server does and says where the answer stands', () => {
  assert.equal(characterCount('  héél 👍  '), 6);
  assert.equal(lengthState(0, 20, 2000), 'empty');
  assert.equal(lengthState(19, 20, 2000), 'short');
  assert.equal(lengthState(20, 20, 2000), 'ok');
  assert.equal(lengthState(1799, 20, 2000), 'ok');
  assert.equal(lengthState(1800, 20, 2000), 'near');
  assert.equal(lengthState(2000, 20, 2000), 'near');
  assert.equal(lengthState(2001, 20, 2000), 'over');
});

test('shares, texts and paragraphs', () => {
  assert.equal(percent(0.456), 46);
  assert.equal(percent(1.2), 100);
  assert.equal(percent(undefined), 0);
  assert.equal(fill('{watched}% bekeken, nog {seconds} seconden', { watched: 40, seconds: 65 }), '40% bekeken, nog 65 seconden');
  assert.equal(fill('{unknown} blijft', {}), '{unknown} blijft');
  assert.deepEqual(paragraphs('Eerste.\n\nTweede\nregel.\n \nDerde.'), ['Eerste.', 'Tweede\nregel.', 'Derde.']);
});

test('page addresses', () => {
  assert.deepEqual(parseRoute('/app/'), { name: 'home' });
  assert.deepEqual(parseRoute('/app'), { name: 'home' });
  assert.deepEqual(parseRoute('/app/progress'), { name: 'progress' });
  assert.deepEqual(parseRoute('/app/assignments/bedeesde-ouder-film'), { name: 'assignment', id: 'bedeesde-ouder-film' });
  assert.deepEqual(parseRoute('/app/assignments/a%20b/'), { name: 'assignment', id: 'a b' });
  assert.deepEqual(parseRoute('/app/elders'), { name: 'not-found' });
  assert.deepEqual(parseRoute('/app/deep-linking/k7Qx'), { name: 'deep-linking', id: 'k7Qx' });
  assert.equal(assignmentPath('a b'), '/app/assignments/a%20b');
});

test('what is still to plan and to do', () => {
  assert.deepEqual(planCounts([], 2), { plan: 2, todo: 2 });
  assert.deepEqual(planCounts([{ plannedFor: '2026-12-01', done: false }, { plannedFor: null, done: false }], 2), { plan: 1, todo: 2 });
  assert.deepEqual(planCounts([{ plannedFor: '2026-12-01', done: true }, { plannedFor: '2026-12-02', done: true },
    { plannedFor: null, done: false }], 2), { plan: 0, todo: 0 });
});

test('a planned time is told as the clock in the Netherlands says it, whatever the browser\'s zone', () => {
  // 13:00 UTC in winter is 14:00 in Amsterdam; in summer 12:00 UTC is 14:00 too.
  assert.match(plannedTime('2026-12-08T13:00:00Z', 'nl'), /14:00/);
  assert.match(plannedTime('2026-07-07T12:00:00Z', 'en'), /14:00/);
  assert.match(plannedTime('2026-12-08T13:00:00Z', 'en'), /Tue/);
});
