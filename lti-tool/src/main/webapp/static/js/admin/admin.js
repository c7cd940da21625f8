// <ss-admin>: the administration page at /admin. Signed out it shows the sign-in form; signed in the
// values for the learning platform, the platforms and the keys. Any 401 brings the sign-in form back
// with the reason.
import { h } from '../dom.js';
import { browserLanguage, chosenLanguage, language, setLanguage } from '../i18n.js';
import { isSignedIn, onSignedOut, signOut } from './api.js';
import { announce } from './announce.js';
import { LANGUAGE_CHANGED } from './element.js';
import { at } from './texts.js';
import './grades.js';
import './keys.js';
import './platforms.js';
import './privacy.js';
import { apt } from './texts-privacy.js';
import './sign-in.js';
import './tool-values.js';

class AdminApp extends HTMLElement {
  connectedCallback() {
    // The switch's choice in this tab, else the browser's language: an administrator is not launched in one.
    setLanguage(chosenLanguage(browserLanguage()));
    document.title = at().pageTitle;
    onSignedOut(() => this.showSignIn('expired'));
    this.addEventListener('admin-signed-in', () => {
      this.showDashboard();
      announce(at().signIn.signedIn);
    });
    if (isSignedIn()) {
      this.showDashboard();
    } else {
      this.showSignIn();
    }
  }

  /** @param reason why the form is shown again: 'expired' or 'signedOut'; none on first opening */
  showSignIn(reason) {
    this.signedIn = false;
    const form = document.createElement('ss-admin-sign-in');
    form.reason = reason;
    this.main = h('main', { class: 'page page--narrow', id: 'main' }, form);
    this.replaceChildren(this.header(), this.main, this.footer());
    this.querySelector('#sign-in-password').focus();
    if (reason) {
      announce(at().signIn[reason]);
    }
  }

  showDashboard() {
    this.signedIn = true;
    this.intro = this.introduction();
    this.main = h('main', { class: 'page page--wide', id: 'main' }, this.intro,
      h('ss-tool-values'), h('ss-platforms'), h('ss-keys'), h('ss-parked-grades'), h('ss-teachers'), h('ss-retention'));
    this.replaceChildren(this.header(), this.main, this.footer());
    this.querySelector('#dashboard-title').focus();
  }

  introduction() {
    const text = at().dashboard;
    const sections = [['values', at().values.title], ['platforms', at().platforms.title], ['keys', at().keys.title],
      ['grades', at().grades.title], ['teachers', apt().teachers.title], ['retention', apt().retention.title]];
    return h('div', {},
      h('h1', { id: 'dashboard-title', tabindex: '-1' }, text.title),
      h('p', { class: 'lead' }, text.intro),
      h('nav', { 'aria-label': text.sections }, h('ul', { class: 'section-links' },
        sections.map(([id, title]) => h('li', {}, h('a', { href: `#${id}` }, title))))));
  }

  header() {
    const text = at();
    this.toolbar = h('header', { class: 'toolbar' },
      h('p', { class: 'toolbar__title' }, text.toolbarTitle),
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'secondary', id: 'language-switch', lang: language() === 'nl' ? 'en' : 'nl',
          'aria-label': text.switchLanguageLabel, onclick: () => this.switchLanguage() }, text.switchLanguage),
        this.signedIn ? h('button', { type: 'button', class: 'secondary', id: 'sign-out',
          onclick: () => this.signOut() }, text.signOut) : null));
    return this.toolbar;
  }

  /** The privacy page, from the administration too. */
  footer() {
    const link = h('a', { href: apt().privacyHref, target: '_blank', rel: 'noopener', id: 'privacy-link' }, apt().privacyLink);
    this.footerElement = h('footer', { class: 'page-footer' }, link);
    return this.footerElement;
  }

  switchLanguage() {
    setLanguage(language() === 'nl' ? 'en' : 'nl', true);
    document.title = at().pageTitle;
    this.toolbar.replaceWith(this.header());
    this.footerElement?.replaceWith(this.footer());
    if (this.signedIn) {
      const intro = this.introduction();
      this.intro.replaceWith(intro);
      this.intro = intro;
    }
    document.dispatchEvent(new CustomEvent(LANGUAGE_CHANGED));
    this.querySelector('#language-switch').focus();
  }

  signOut() {
    signOut();
    this.showSignIn('signedOut');
  }
}

customElements.define('ss-admin', AdminApp);
