import { test } from 'node:test';
import assert from 'node:assert/strict';
import { columnCounts, filterMembers, nameMatches, sortMembers, visibleColumns, waitsForTrainer }
  from '../../main/webapp/static/js/course-matrix.js';
import { parseRoute, memberWorkPath, memberPrintPath, previewPath } from '../../main/webapp/static/js/routes.js';

const modules = [
  { id: 'm1', assignments: [{ id: 'a' }, { id: 'b' }] },
  { id: 'm2', assignments: [{ id: 'c' }] },
];
const cell = (state, feedback = 'none') => ({ state, feedback });
const members = [
  { userId: 1, name: 'Özdemir', lastActivity: '2026-12-01T10:00:00Z', cells: { a: cell('completed'), b: cell('completed'), c: cell('not_started') } },
  { userId: 2, name: 'anna', lastActivity: '2026-12-03T10:00:00Z', cells: { a: cell('awaiting_approval'), b: cell('in_progress'), c: cell('not_started') } },
  { userId: 3, name: 'Bram', lastActivity: null, cells: { a: cell('not_started'), b: cell('not_started'), c: cell('completed', 'replied') } },
];

test('the columns follow the module and assignment filters', () => {
  assert.deepEqual(visibleColumns(modules).map((column) => column.id), ['a', 'b', 'c']);
  assert.deepEqual(visibleColumns(modules, { module: 'm1' }).map((column) => column.id), ['a', 'b']);
  assert.deepEqual(visibleColumns(modules, { assignment: 'c' }).map((column) => column.id), ['c']);
  assert.deepEqual(visibleColumns(modules, { module: 'm1', assignment: 'c' }), []);
});

test('a name search ignores case and accents', () => {
  assert.ok(nameMatches('Özdemir', 'ozd'));
  assert.ok(nameMatches('anna', ' ANN '));
  assert.ok(!nameMatches('Bram', 'anna'));
  assert.ok(!nameMatches(null, 'a'));
});

test('members are filtered by name, by a state in the shown columns, and by what waits for the trainer', () => {
  const all = visibleColumns(modules);
  assert.deepEqual(filterMembers(members, all, { query: 'oz' }).map((member) => member.userId), [1]);
  assert.deepEqual(filterMembers(members, all, { state: 'completed' }).map((member) => member.userId), [1, 3]);
  assert.deepEqual(filterMembers(members, visibleColumns(modules, { module: 'm1' }), { state: 'completed' })
    .map((member) => member.userId), [1]);
  assert.deepEqual(filterMembers(members, all, { mine: true }).map((member) => member.userId), [2, 3]);
  assert.ok(waitsForTrainer(cell('awaiting_approval')));
  assert.ok(!waitsForTrainer(cell('completed', 'sent')));
});

test('members sort by name, by last activity and by the number completed', () => {
  const all = visibleColumns(modules);
  assert.deepEqual(sortMembers(members, 'name', all).map((member) => member.userId), [2, 3, 1]);
  assert.deepEqual(sortMembers(members, 'activity', all).map((member) => member.userId), [2, 1, 3]);
  assert.deepEqual(sortMembers(members, 'progress', all).map((member) => member.userId), [1, 3, 2]);
  assert.equal(members[0].userId, 1, 'the list itself is left as it was');
});

test('each assignment counts the completed and the waiting', () => {
  assert.deepEqual(columnCounts(members, 'a'), { done: 1, waiting: 1, total: 3 });
});

test('the trainer\'s pages have addresses of their own', () => {
  assert.deepEqual(parseRoute('/app/course'), { name: 'course' });
  assert.deepEqual(parseRoute(memberWorkPath(12, 'klavertje vier')), { name: 'member-work', userId: 12, id: 'klavertje vier' });
  assert.deepEqual(parseRoute(memberPrintPath(12)), { name: 'member-print', userId: 12 });
  assert.deepEqual(parseRoute(previewPath('klavertje-vier')), { name: 'preview', id: 'klavertje-vier' });
  assert.deepEqual(parseRoute('/app/course/members/x/print'), { name: 'not-found' });
});
