// The footer of every teacher's and trainer's page: My data and the privacy page. Apart from my-data.js, so that
// a page loads the page "My data" only when it opens.
import { h } from './dom.js';
import { t } from './i18n.js';

/** The footer of every teacher's and trainer's page: My data and the privacy page. */
export function privacyFooter(current) {
  const text = t();
  return h('footer', { class: 'page-footer', 'aria-label': text.footerLabel },
    h('a', { href: '/app/my-data', 'aria-current': current ? 'page' : null }, text.footerMyData),
    h('a', { href: text.privacyHref, target: '_blank', rel: 'noopener' }, text.footerPrivacy));
}
