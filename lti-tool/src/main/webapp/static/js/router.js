// The teacher's pages have real addresses under /app/. Links move between them with history.pushState;
// Back and Forward work, and a reload asks the server, which answers every such address with the page.
import { pageAddress } from './session.js';
import { parseRoute } from './routes.js';

/** Whether a click on a link is one the page handles itself: a plain click on one of its own pages. */
export function isOwnPageClick(event, link) {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey
    && !link.target && link.origin === window.location.origin && parseRoute(link.pathname).name !== 'not-found'
    && link.pathname.startsWith('/app');
}

/**
 * Starts listening: plain clicks on the tool's page links and Back/Forward call {@code show} with the new
 * route; links to a place on the same page move the focus there without touching the address, whose
 * fragment may hold the session.
 */
export function startRouter(show) {
  document.addEventListener('click', (event) => {
    const link = event.target.closest?.('a[href]');
    if (!link) {
      return;
    }
    const href = link.getAttribute('href');
    if (href.startsWith('#') && href.length > 1) {
      const target = document.getElementById(href.slice(1));
      if (target) {
        event.preventDefault();
        focusElement(target.focusTarget?.() || target);
      }
      return;
    }
    if (isOwnPageClick(event, link)) {
      event.preventDefault();
      navigate(link.pathname, show, link.dataset.place);
    }
  });
  window.addEventListener('popstate', () => show(parseRoute(window.location.pathname), { moved: true }));
}

/**
 * Moves to a page; {@code place} is the id of an element on it to bring into view instead of its heading (a
 * notice's link to a colleague's observation), as the fragment cannot say it: it may hold the session.
 */
export function navigate(path, show, place) {
  if (path !== window.location.pathname) {
    history.pushState(null, '', pageAddress(path));
  }
  show(parseRoute(path), { moved: true, place });
}

/**
 * Scrolls to an element and gives it the focus, also when it is not focusable by itself. With 'nearest'
 * the page moves only as far as needed (a question below the film keeps the film in view).
 */
export function focusElement(element, block = 'start') {
  if (!element.matches('a[href], button, input, select, textarea, [tabindex]')) {
    element.setAttribute('tabindex', '-1');
  }
  element.focus({ preventScroll: true });
  element.scrollIntoView({ block });
}
