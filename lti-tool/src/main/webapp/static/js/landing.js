// The landing page: show the way to the demo platform only when this server runs one; out of demo mode
// /demo answers 404 and the links stay hidden.
const demoOnly = document.querySelectorAll('[data-demo-only]');
try {
  const response = await fetch('/demo', { method: 'HEAD', cache: 'no-store' });
  if (response.ok) {
    demoOnly.forEach((element) => { element.hidden = false; });
  }
} catch (unreachable) {
  // No answer: the demo links stay hidden and the rest of the page still says what Samenspraak is.
}
