// The pure parts of the assignment picker: the search and the due date sent to the API.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dueDate, matches } from '../../main/webapp/static/js/picker.js';

const FILM = { title: 'De bedeesde ouder', instructions: 'Bekijk de film en beantwoord de kijkvragen.' };

test('every word of the search must be in the title or the instructions, in any case', () => {
  assert.equal(matches(FILM, ''), true);
  assert.equal(matches(FILM, 'bedeesde'), true);
  assert.equal(matches(FILM, 'FILM kijkvragen'), true);
  assert.equal(matches(FILM, 'film quickscan'), false);
});

test('a due date goes as ISO 8601 in UTC; none or a broken one as null', () => {
  assert.equal(dueDate(''), null);
  assert.equal(dueDate('geen datum'), null);
  assert.equal(dueDate('2027-01-31T17:00'), new Date(2027, 0, 31, 17, 0).toISOString());
  assert.match(dueDate('2027-01-31T17:00'), /^2027-01-31T\d\d:00:00\.000Z$/);
});
