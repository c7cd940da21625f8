// <ss-app>: the page a launch opens. It reads the session, draws the header and shows the page the
// address names, for the person's role: a teacher's assignment or progress, the trainer's course
// overview, the administrator's start.
//
// Only what every page needs is imported here; each page's own modules are imported when it opens, so the
// first load carries the page the launch opens and no other (the import map makes these hashed URLs too).
import { api, hasSession } from './session.js';
import { chosenLanguage, language, loadTrainerTexts, setLanguage, t } from './i18n.js';
import { h } from './dom.js';
import { parseRoute } from './routes.js';
import { focusElement, startRouter } from './router.js';
import { privacyFooter } from './privacy-footer.js';
import { startFrameResize } from './frame-resize.js';

function displayName(user) {
  return user.name || [user.givenName, user.familyName].filter(Boolean).join(' ') || null;
}

class SamenspraakApp extends HTMLElement {
  async connectedCallback() {
    if (!(await hasSession())) {
      this.show(h('p', { class: 'alert', role: 'alert' }, t().noSession));
      return;
    }
    try {
      this.session = await api('/api/session');
      if (this.session.role === 'instructor') {
        await loadTrainerTexts();
      }
      setLanguage(chosenLanguage(this.session.language));
      startRouter((route, options) => this.open(route, options));
      this.open(parseRoute(window.location.pathname), { moved: false });
    } catch (error) {
      this.show(h('p', { class: 'alert', role: 'alert' }, error.status === 401 ? t().noSession : error.message));
    }
  }

  show(...content) {
    this.replaceChildren(h('main', { class: 'page page--narrow', id: 'main' }, ...content));
  }

  switchLanguage() {
    setLanguage(language() === 'nl' ? 'en' : 'nl', true);
    this.open(this.route, { moved: false }).then(() => this.querySelector('#language-switch')?.focus());
  }

  header() {
    const text = t();
    const learner = this.session.role === 'learner';
    const route = this.route.name;
    return h('header', { class: 'toolbar' },
      h('a', { class: 'skip-link', href: '#main' }, text.skipToContent),
      h('p', { class: 'toolbar__title' }, text.appName),
      learner ? h('nav', { class: 'toolbar__nav', 'aria-label': text.mainNavigation },
        h('a', { href: '/app/', 'aria-current': route === 'home' ? 'page' : null }, text.navHome),
        h('a', { href: '/app/progress', 'aria-current': route === 'progress' ? 'page' : null }, text.navProgress)) : null,
      h('button', { type: 'button', class: 'secondary', id: 'language-switch', lang: language() === 'nl' ? 'en' : 'nl',
        'aria-label': text.switchLanguageLabel, onclick: () => this.switchLanguage() }, text.switchLanguage));
  }

  /** Shows a route: loads what it needs, then replaces the page; the focus moves to its heading after a move. */
  async open(route, { moved, place }) {
    this.route = route;
    const text = t();
    const main = h('main', { class: 'page', id: 'main', tabindex: '-1' }, h('p', { class: 'lead', role: 'status' }, text.loading));
    this.replaceChildren(this.header(), main, privacyFooter(route.name === 'my-data'));
    try {
      const content = await this.content(route);
      if (this.route !== route) {
        return;
      }
      // A page may leave out a part with null (as h() allows); replaceChildren would write it as text.
      main.replaceChildren(...[content].flat(Infinity).filter((node) => node !== null && node !== undefined));
      const heading = main.querySelector('h1');
      document.title = heading ? `${heading.textContent} – ${text.appName}` : text.appName;
      const target = (place && document.getElementById(place)) || heading;
      if (moved && target) {
        focusElement(target);
      }
      // For the load-time measurements (the page-load benchmark, TeacherPagesBrowserIT): the page is there to use.
      performance.mark('samenspraak:page-shown');
    } catch (error) {
      if (this.route !== route) {
        return;
      }
      main.replaceChildren(h('h1', { tabindex: '-1' }, text.error),
        h('p', { class: 'alert', role: 'alert' }, error.status === 401 ? text.noSession : `${text.loadFailed} ${error.message}`),
        h('button', { type: 'button', onclick: () => this.open(route, { moved: true }) }, text.tryAgain));
    }
  }

  async content(route) {
    const text = t();
    const { session } = this;
    const name = displayName(session.user || {});
    if (route.name === 'not-found') {
      return [h('h1', { tabindex: '-1' }, text.notFound), h('p', {}, h('a', { href: '/app/' }, text.toHome))];
    }
    if (route.name === 'my-data') {
      const { myDataPage } = await import('./my-data.js');
      return myDataPage();
    }
    if (route.name === 'deep-linking') {
      const { deepLinkingPage } = await import('./deep-linking.js');
      return deepLinkingPage(route.id);
    }
    if (session.role === 'administrator') {
      const { adminPage } = await import('./pages.js');
      return adminPage(session, name);
    }
    if (session.role === 'instructor') {
      const trainerPage = await this.trainerContent(route);
      if (trainerPage) {
        return trainerPage;
      }
    }
    const assignmentId = route.name === 'assignment' ? route.id
      : route.name === 'home' ? session.link?.assignmentId : null;
    if (assignmentId) {
      await import('./assignment.js');
      const page = document.createElement('ss-assignment');
      await page.show(assignmentId);
      return page;
    }
    const { progressPage } = await import('./pages.js');
    if (route.name === 'progress') {
      return progressPage(text.progressTitle, text.progressIntro);
    }
    return progressPage(name ? `${text.welcome}, ${name}` : text.trainingTitle, text.roleIntro.learner);
  }

  /** The trainer's pages of the course (texts-trainer.js); null for an address that is not one of them. */
  async trainerContent(route) {
    switch (route.name) {
      case 'home':
      case 'course': {
        const [{ coursePage }, { whoYouAre }] = await Promise.all([import('./course.js'), import('./pages.js')]);
        return [await coursePage(), whoYouAre(this.session)];
      }
      case 'member-work':
        return (await import('./review.js')).memberWorkPage(route.userId, route.id);
      case 'member-print':
        return (await import('./review.js')).printPage(route.userId);
      case 'preview':
        return (await import('./review.js')).previewPage(route.id);
      case 'peer-groups':
        return (await import('./peer-groups.js')).peerGroupsPage(route.id);
      default:
        return null;
    }
  }
}


customElements.define('ss-app', SamenspraakApp);
startFrameResize();
