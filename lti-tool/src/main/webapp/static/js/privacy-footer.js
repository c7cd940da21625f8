// The footer of every teacher's and trainer's page: My data and the privacy page. Apart from my-data.js, so that
// a page loads the page "My data" only when it opens.
import { h } from './dom.js';
import { pt } from './texts-privacy.js';

/** The footer of every teacher's and trainer's page: My data and the privacy page. */
export function privacyFooter(current) {
  const text = pt();
  return h('footer', { class: 'page-footer', 'aria-label': text.footer },
    h('a', { href: '/app/my-data', 'aria-current': current ? 'page' : null }, text.myData),
    h('a', { href: text.privacyHref, target: '_blank', rel: 'noopener' }, text.privacy));
}
