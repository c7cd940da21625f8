// The demo platform's course page listens, as Canvas does, for the tool's lti.frameResize message and makes
// the tool's frame as tall as the tool's page, so that the course page scrolls and not a box inside it.
// Only the frame's own window is heard, and only a sensible height is taken.
const frame = document.getElementById('tool-frame');
const MAX_HEIGHT = 100000;

window.addEventListener('message', (event) => {
  const message = event.data;
  if (event.source !== frame.contentWindow || !message || message.subject !== 'lti.frameResize') {
    return;
  }
  const height = Number(message.height);
  if (Number.isFinite(height) && height > 0 && height <= MAX_HEIGHT) {
    // the frame's own borders come on top (the page's CSS sizes boxes with their borders)
    frame.style.height = `${Math.ceil(height) + frame.offsetHeight - frame.clientHeight}px`;
    frame.classList.add('lms__frame--sized');
  }
});
