// Inside a learning platform's iframe the tool asks the platform to make the frame as tall as the page
// (the lti.frameResize postMessage, which Canvas and others listen for), so that a phone user scrolls the
// platform's page and not a small box inside it. Outside a frame it does nothing. The message carries only
// a height, so it may go to the parent whatever its origin.

/** The page's height in CSS pixels, as the frame should be. */
function pageHeight() {
  return Math.ceil(document.documentElement.getBoundingClientRect().height);
}

export function startFrameResize(target = window.parent) {
  if (target === window || typeof ResizeObserver === 'undefined') {
    return null;
  }
  let sent = null;
  const send = () => {
    const height = pageHeight();
    if (height !== sent) {
      sent = height;
      target.postMessage({ subject: 'lti.frameResize', height }, '*');
    }
  };
  const observer = new ResizeObserver(send);
  observer.observe(document.documentElement);
  send();
  return observer;
}
