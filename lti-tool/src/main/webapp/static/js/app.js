// <ss-app>: the page a launch opens. It reads the session and shows the page for the person's role.
import { api, hasSession } from './session.js';
import { chosenLanguage, language, setLanguage, t } from './i18n.js';
import { h } from './dom.js';

function displayName(user) {
  return user.name || [user.givenName, user.familyName].filter(Boolean).join(' ') || null;
}

class SamenspraakApp extends HTMLElement {
  async connectedCallback() {
    if (!hasSession()) {
      this.show(h('p', { class: 'alert', role: 'alert' }, t().noSession));
      return;
    }
    try {
      this.session = await api('/api/session');
      setLanguage(chosenLanguage(this.session.language));
      this.render();
    } catch (error) {
      this.show(h('p', { class: 'alert', role: 'alert' }, error.status === 401 ? t().noSession : error.message));
    }
  }

  show(...content) {
    this.replaceChildren(h('main', { class: 'page page--narrow', id: 'main' }, ...content));
  }

  switchLanguage() {
    setLanguage(language() === 'nl' ? 'en' : 'nl', true);
    this.render();
    this.querySelector('#language-switch')?.focus();
  }

  render() {
    const { session } = this;
    const text = t();
    const name = displayName(session.user);
    const facts = h('dl', { class: 'facts' },
      h('dt', {}, text.name), h('dd', {}, name || text.noName),
      h('dt', {}, text.role), h('dd', {}, text.roles[session.role]),
      h('dt', {}, text.course), h('dd', {}, session.course ? (session.course.title || session.course.label || session.course.id) : text.noCourse),
      session.link ? [h('dt', {}, text.link), h('dd', {}, session.link.title || session.link.id)] : null,
      h('dt', {}, text.platform), h('dd', {}, session.platform));
    this.replaceChildren(
      h('header', { class: 'toolbar' },
        h('p', { class: 'toolbar__title' }, text.appName),
        h('button', { type: 'button', class: 'secondary', id: 'language-switch', lang: language() === 'nl' ? 'en' : 'nl',
          'aria-label': text.switchLanguageLabel, onclick: () => this.switchLanguage() }, text.switchLanguage)),
      h('main', { class: 'page', id: 'main' },
        h('h1', {}, name ? `${text.welcome}, ${name}` : text.welcome),
        h('p', { class: 'lead' }, text.roleIntro[session.role]),
        h('section', { class: 'panel', 'aria-labelledby': 'who' }, h('h2', { id: 'who' }, text.whoYouAre), facts)));
  }
}

customElements.define('ss-app', SamenspraakApp);
