// The pure parts of the coaching-groups pages: numbering, the choices of the change form, and names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chosenMembers, everyone, groupNumbers, namesInSentence, observationsOf, stillOwed }
  from '../../main/webapp/static/js/peer-groups-logic.js';
import { parseRoute, peerGroupsPath } from '../../main/webapp/static/js/routes.js';

const VIEW = {
  groups: [
    { id: 41, members: [{ userId: 3, name: 'Carla' }, { userId: 1, name: 'Anna' }, { userId: 2, name: 'Bram' }],
      observations: [{ observerId: 3, observedId: 1, state: 'submitted' }, { observerId: 1, observedId: 2, state: 'draft' },
        { observerId: 2, observedId: 3, state: 'open' }] },
    { id: 7, members: [{ userId: 5, name: 'Eva' }, { userId: 4, name: 'Daan' }], observations: [] },
  ],
  ungrouped: [{ userId: 6, name: null, platformUserId: 'p-6' }, { userId: 8, name: 'Bas' }],
};
const nameOf = (person) => person.name || person.platformUserId;

test('groups are numbered in the order the server lists them', () => {
  assert.deepEqual([...groupNumbers(VIEW.groups)], [[41, 1], [7, 2]]);
});

test('everyone is listed once by name, with the number of their group or none', () => {
  const people = everyone(VIEW, nameOf);
  assert.deepEqual(people.map((person) => [person.userId, person.group]),
    [[1, 1], [8, null], [2, 1], [3, 1], [4, 2], [5, 2], [6, null]]);
});

test('the change form names each chosen member once, in order, and leaves empty choices out', () => {
  assert.deepEqual(chosenMembers(['3', '', '1']), [3, 1]);
  assert.deepEqual(chosenMembers(['2', '2', '5']), [2, 5]);
  assert.deepEqual(chosenMembers(['', '']), []);
});

test('a group\'s observations name who observes whom', () => {
  const lines = observationsOf(VIEW.groups[0]);
  assert.deepEqual(lines.map((line) => `${line.observer.name}>${line.observed.name}:${line.state}`),
    ['Carla>Anna:submitted', 'Anna>Bram:draft', 'Bram>Carla:open']);
});

test('names read as a sentence in either language', () => {
  assert.equal(namesInSentence(['Anna'], ' en '), 'Anna');
  assert.equal(namesInSentence(['Anna', 'Bram'], ' en '), 'Anna en Bram');
  assert.equal(namesInSentence(['Anna', 'Bram', 'Carla'], ' and '), 'Anna, Bram and Carla');
});

test('the trainer\'s groups page has its own address', () => {
  assert.deepEqual(parseRoute(peerGroupsPath('intercollegiale coaching')), { name: 'peer-groups', id: 'intercollegiale coaching' });
  assert.deepEqual(parseRoute('/app/course/groups/'), { name: 'not-found' }, 'an assignment is needed');
});

const obs = (state) => ({ state });
const kinds = (items) => items.map((item) => `${item.kind}${item.person ? `:${item.person.name}` : ''}`);

test('in a trio with one observation each way, the teacher owes the one they observe and waits for the other', () => {
  const trio = { give: 1, receive: 1, partners: [
    { name: 'Bram', given: obs('draft'), received: null },
    { name: 'Carla', given: null, received: obs('planned') }] };
  assert.deepEqual(kinds(stillOwed(trio)), ['give:Bram', 'receive:Carla']);
  trio.partners[0].given = obs('submitted');
  trio.partners[1].received = obs('submitted');
  assert.deepEqual(stillOwed(trio), []);
});

test('in a trio with two each way every colleague is named until two are given and two received', () => {
  const trio = { give: 2, receive: 2, partners: [
    { name: 'Bram', given: obs('submitted'), received: obs('open') },
    { name: 'Carla', given: obs('open'), received: obs('submitted') }] };
  assert.deepEqual(kinds(stillOwed(trio)), ['give:Carla', 'receive:Bram']);
});

test('a pair where two are asked each way owes what it can and needs a bigger group; earlier submitted work counts', () => {
  const pair = { give: 2, receive: 1, partners: [{ name: 'Bram', given: obs('open'), received: obs('submitted') }] };
  assert.deepEqual(kinds(stillOwed(pair)), ['give:Bram', 'bigger']);
  pair.endedPartners = [{ name: 'Daan', given: obs('submitted'), received: null }];
  assert.deepEqual(kinds(stillOwed(pair)), ['give:Bram'], 'one given in an ended group, one still to give Bram');
  pair.partners[0].given = obs('submitted');
  assert.deepEqual(stillOwed(pair), []);
});

test('without a group there is a partner to find, until what was submitted before is enough', () => {
  assert.deepEqual(kinds(stillOwed({ give: 1, receive: 1, partners: [] })), ['partner']);
  assert.deepEqual(stillOwed({ give: 1, receive: 1, partners: [],
    endedPartners: [{ name: 'Daan', given: obs('submitted'), received: obs('submitted') }] }), []);
  assert.deepEqual(kinds(stillOwed({ give: 1, receive: 1, partners: [],
    endedPartners: [{ name: 'Daan', given: obs('draft'), received: null }] })), ['partner'], 'a draft does not count');
});
