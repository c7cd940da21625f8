// lti.frameResize: inside a frame the page tells the platform its height, once per change; outside a frame
// it says nothing. The browser's window, document and ResizeObserver are stood in for.
import { test } from 'node:test';
import assert from 'node:assert/strict';

let height = 700;
let observed = null;
globalThis.window = {};
globalThis.document = { documentElement: { getBoundingClientRect: () => ({ height }) } };
globalThis.ResizeObserver = class {
  constructor(callback) {
    observed = callback;
  }

  observe() {}
};
const { startFrameResize } = await import('../../main/webapp/static/js/frame-resize.js');

test('in a frame the height goes to the platform at once and after every change, not twice the same', () => {
  const sent = [];
  const parent = { postMessage: (message, origin) => sent.push({ message, origin }) };
  startFrameResize(parent);
  height = 1234.4;
  observed();
  observed();
  assert.deepEqual(sent, [
    { message: { subject: 'lti.frameResize', height: 700 }, origin: '*' },
    { message: { subject: 'lti.frameResize', height: 1235 }, origin: '*' },
  ]);
});

test('outside a frame nothing is sent', () => {
  assert.equal(startFrameResize(globalThis.window), null);
});
