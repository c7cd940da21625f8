// The pure parts of peer coaching: the observer's form as the page keeps it, and the planning's words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyForm, formOf, markedCount, withEntry } from '../../main/webapp/static/js/observation.js';
import { localDateTime, plural } from '../../main/webapp/static/js/format.js';

const FORM = {
  marks: [{ id: 'goed', label: 'goed' }, { id: 'nog-niet', label: 'nog niet' }],
  phases: [
    { id: 'afstemmen', title: 'Afstemmen', behaviours: [{ id: 'welkom', text: 'Heet welkom' }, { id: 'gemak', text: 'Stelt op het gemak' }] },
    { id: 'afronden', title: 'Afronden', behaviours: [{ id: 'deur', text: 'Loopt mee naar de deur' }] },
  ],
};

test('a mark and an example are kept per behaviour; a behaviour with neither is left out', () => {
  let form = withEntry(emptyForm(), 'welkom', { markId: 'goed' });
  form = withEntry(form, 'welkom', { example: 'Stond bij de deur.' });
  form = withEntry(form, 'gemak', { example: '  ' });
  assert.deepEqual(form.marks, { welkom: { markId: 'goed', example: 'Stond bij de deur.' } });
  form = withEntry(form, 'gemak', { example: 'Praatje over het weer' });
  assert.deepEqual(form.marks.gemak, { markId: null, example: 'Praatje over het weer' }, 'an example may come first');
  form = withEntry(form, 'gemak', { example: '' });
  assert.equal(form.marks.gemak, undefined);
});

test('changing the form leaves the form it came from as it was', () => {
  const before = withEntry(emptyForm(), 'welkom', { markId: 'goed' });
  const after = withEntry(before, 'welkom', { markId: 'nog-niet' });
  assert.equal(before.marks.welkom.markId, 'goed');
  assert.equal(after.marks.welkom.markId, 'nog-niet');
});

test('only marks the form has count as marked', () => {
  const form = { ...emptyForm(), marks: { welkom: { markId: 'goed' }, gemak: { markId: 'onbekend' }, deur: { markId: null, example: 'x' } } };
  assert.deepEqual(markedCount(form, FORM), { marked: 1, total: 3 });
  assert.deepEqual(markedCount(emptyForm(), FORM), { marked: 0, total: 3 });
});

test('an observation without a form yet starts empty; a saved one is copied, not shared', () => {
  assert.deepEqual(formOf({ form: null }), emptyForm());
  const saved = { form: { marks: { welkom: { markId: 'goed', example: null } }, compliment: 'Fijn', tip: 'Vat samen' } };
  const copy = formOf(saved);
  assert.deepEqual(copy, saved.form);
  copy.marks.deur = { markId: 'goed' };
  assert.equal(saved.form.marks.deur, undefined);
});

test('the planned moment is written in school time as given, whatever the browser\'s zone', () => {
  assert.equal(localDateTime('2026-12-03T15:30', 'nl'), 'donderdag 3 december 2026 om 15:30');
  assert.equal(localDateTime('2027-06-03T08:15', 'en'), 'Thursday, 3 June 2027 at 08:15');
});

test('one observation, or more', () => {
  assert.equal(plural(1, 'één observatie', '{count} observaties'), 'één observatie');
  assert.equal(plural(2, 'één observatie', '{count} observaties'), '2 observaties');
});
