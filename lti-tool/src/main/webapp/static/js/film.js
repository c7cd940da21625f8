// The film of a video assignment: the player with captions the teacher switches on, the stretches
// watched reported to the server, viewing questions that stop the film at their moment (leaving
// fullscreen, so the question is seen), marked on a strip under the film and never lost: a question
// jumped over or not reached by the end appears all the same. Then the questions that come after it.
// A film on another site (embed) loads only when the teacher chooses to.
import { api } from './session.js';
import { h } from './dom.js';
import { fill, percent } from './format.js';
import { t } from './i18n.js';
import { WatchTracker, covers, crossed } from './watch.js';
import { focusElement } from './router.js';
import './texts-film.js';

const REPORT_EVERY_MS = 10000;

/** Leaves fullscreen (the standard API, or Safari's on a phone's video); resolves once the page is back. */
function leaveFullscreen(video) {
  if (document.fullscreenElement) {
    return new Promise((resolve) => {
      document.addEventListener('fullscreenchange', () => resolve(), { once: true });
      document.exitFullscreen().catch(() => resolve());
    });
  }
  if (video.webkitDisplayingFullscreen) {
    video.webkitExitFullscreen();
  }
  return Promise.resolve();
}

/** Scrolls a question fully into view when it fits, else its top; its heading gets the focus. */
function bringIntoView(entry) {
  focusElement(entry.heading, 'nearest');
  const fits = entry.element.getBoundingClientRect().height <= window.innerHeight;
  entry.element.scrollIntoView({ block: fits ? 'nearest' : 'start' });
}

function minutes(seconds) {
  const whole = Math.floor(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

export class FilmPart {
  /** @param ctx the assignment page's context (view, question(), readOnly, setProgress()) */
  constructor(ctx) {
    this.ctx = ctx;
    this.assignment = ctx.view.assignment;
    this.watch = ctx.view.watch || null;
    this.tracker = new WatchTracker();
    this.previousTime = null;
    this.timer = null;
    this.reporting = null;
  }

  render() {
    const text = t();
    const { video } = this.assignment;
    const title = video.film || this.assignment.title;
    this.timedViewing = this.assignment.viewingQuestions.filter((viewing) => viewing.at !== undefined && viewing.at !== null);
    const section = h('section', { class: 'film', id: 'film', 'aria-labelledby': 'film-title' },
      h('h2', { id: 'film-title' }, text.film));
    if (video.source.kind === 'embed') {
      section.append(...this.embed(video, title));
    } else {
      section.append(...this.player(video, title).filter(Boolean));
    }
    const timed = this.timedViewing;
    const after = this.assignment.viewingQuestions.filter((viewing) => viewing.at === undefined || viewing.at === null);
    const parts = [section];
    if (timed.length) {
      this.timed = timed.map((viewing) => this.timedQuestion(viewing));
      this.timed.forEach((entry) => this.markReached(entry));
      parts.push(h('section', { class: 'questions', 'aria-labelledby': 'viewing-title' },
        h('h2', { id: 'viewing-title' }, text.viewingQuestions),
        this.ctx.readOnly || !this.video ? null : h('p', { class: 'muted' }, fill(text.viewingQuestionsLater, { count: timed.length })),
        this.timed.map((entry) => entry.element)));
    } else {
      this.timed = [];
    }
    if (after.length) {
      this.afterNote = h('p', { class: 'notice' }, text.questionsAfterFilmLater);
      this.afterList = h('div', {}, after.map((viewing) => this.ctx.question(viewing.question)));
      parts.push(h('section', { class: 'questions', 'aria-labelledby': 'after-title' },
        h('h2', { id: 'after-title' }, text.questionsAfterFilm), this.afterNote, this.afterList));
      this.showAfter(this.watchedEnough() || this.ctx.readOnly || video.source.kind === 'embed'
        || after.some((viewing) => this.ctx.view.answers[viewing.question.id]));
    }
    return parts;
  }

  player(video, title) {
    const text = t();
    const element = h('video', { controls: true, preload: 'metadata', playsinline: true, class: 'film__video',
      'aria-label': title },
      h('source', { src: video.source.url, type: video.source.mimeType }),
      (video.captions || []).map((caption) => h('track', { kind: 'captions', src: caption.link.url,
        srclang: caption.language, label: caption.label })));
    this.video = element;
    const select = h('select', { id: 'captions' },
      h('option', { value: '' }, text.captionsOff),
      (video.captions || []).map((caption) => h('option', { value: caption.language, lang: caption.language }, caption.label)));
    select.addEventListener('change', () => this.showCaptions(select.value));
    element.addEventListener('loadedmetadata', () => this.showCaptions(select.value));
    this.progressLine = h('p', { class: 'watch-progress', id: 'watch-progress' });
    this.updateProgress(this.watch);
    if (!this.ctx.readOnly) {
      this.listen(element);
    }
    return [h('div', { class: 'film__frame' }, element),
      this.markers(video),
      h('div', { class: 'film__controls' },
        (video.captions || []).length ? h('div', { class: 'field field--inline' },
          h('label', { for: 'captions' }, text.captions), select) : null),
      this.progressLine];
  }

  /** Where the film stops for a question, on a strip as long as the film; each mark goes to its question. */
  markers(video) {
    const text = t();
    if (!this.timedViewing.length || !(video.durationSeconds > 0)) {
      return null;
    }
    this.markerButtons = new Map();
    const marks = this.timedViewing.map((viewing) => {
      const label = fill(text.questionAtTime, { time: minutes(viewing.at) });
      const button = h('button', { type: 'button', class: 'film__marker', 'aria-label': fill(text.markerGoTo, { question: label }),
        title: label, onclick: () => this.goToQuestion(viewing.question.id) }, h('span', { 'aria-hidden': 'true' }, minutes(viewing.at)));
      this.markerButtons.set(viewing.question.id, button);
      const mark = h('li', { class: 'film__mark' }, button);
      // set through the style object: the tool's Content-Security-Policy refuses style attributes
      mark.style.left = `${Math.min(100, (viewing.at / video.durationSeconds) * 100).toFixed(2)}%`;
      return mark;
    });
    return h('div', { class: 'film__timeline' },
      h('p', { class: 'film__timeline-title', id: 'timeline-title' }, text.markersTitle),
      h('ol', { class: 'film__marks', 'aria-labelledby': 'timeline-title' }, marks));
  }

  /** A mark was chosen: the film goes to that moment and stops, and the question shows. */
  goToQuestion(id) {
    const entry = this.timed.find((candidate) => candidate.id === id);
    if (this.video && !this.video.paused) {
      this.video.pause();
    }
    if (this.video && entry.element.hidden) {
      this.video.currentTime = entry.at;
    }
    this.reveal(entry);
    bringIntoView(entry);
  }

  reveal(entry) {
    entry.element.hidden = false;
    this.markReached(entry);
  }

  markReached(entry) {
    this.markerButtons?.get(entry.id)?.classList.toggle('film__marker--shown', !entry.element.hidden);
  }

  /**
   * The playhead jumped to {@code time}: questions before it that were not shown appear now, and the
   * teacher hears how many of them still wait for an answer.
   */
  revealPassed(time) {
    const passed = this.timed.filter((entry) => entry.element.hidden && entry.at <= time);
    passed.forEach((entry) => this.reveal(entry));
    this.announceOpen(passed.filter((entry) => !this.ctx.hasAnswer(entry.id)));
  }

  /** The film ended: every timed question shows, and the first one still unanswered comes into view. */
  revealAtEnd(video) {
    this.timed.forEach((entry) => this.reveal(entry));
    const open = this.timed.filter((entry) => !this.ctx.hasAnswer(entry.id));
    this.announceOpen(open);
    if (open.length) {
      leaveFullscreen(video).then(() => bringIntoView(open[0]));
    }
  }

  announceOpen(open) {
    if (open.length) {
      this.ctx.announce(fill(t().questionsPassed, { count: open.length, time: minutes(open[0].at) }));
    }
  }

  /** A question this page shows when asked (a submit problem about it): true when it is a timed one. */
  revealQuestion(id) {
    const entry = this.timed.find((candidate) => candidate.id === id);
    if (entry) {
      this.reveal(entry);
    }
    return Boolean(entry);
  }

  showCaptions(language) {
    for (const track of this.video.textTracks) {
      track.mode = track.language === language ? 'showing' : 'disabled';
    }
  }

  embed(video, title) {
    const text = t();
    const site = new URL(video.source.url).hostname;
    const holder = h('div', { class: 'film__embed' });
    const button = h('button', { type: 'button', onclick: () => {
      const frame = h('iframe', { src: video.source.url, title: fill(text.embedTitle, { title }),
        allow: 'fullscreen; picture-in-picture', referrerpolicy: 'no-referrer', class: 'film__iframe' });
      holder.replaceChildren(h('div', { class: 'film__frame' }, frame));
      frame.focus();
    } }, fill(text.embedLoad, { site }));
    holder.append(h('p', { class: 'notice' }, fill(text.embedPrivacy, { site })), button);
    return [holder, h('p', { class: 'muted' }, text.watchNotTracked)];
  }

  timedQuestion(viewing) {
    const text = t();
    const question = this.ctx.question(viewing.question);
    const resume = h('button', { type: 'button', class: 'secondary', onclick: () => {
      if (this.video && !this.video.ended) {
        this.video.play();
        this.video.focus();
      }
    } }, text.continueWatching);
    const heading = h('h3', { id: `at-${viewing.question.id}`, tabindex: '-1' }, fill(text.questionAtTime, { time: minutes(viewing.at) }));
    const element = h('div', { class: 'timed-question' }, heading, question, this.ctx.readOnly || !this.video ? null : resume);
    const entry = { at: viewing.at, id: viewing.question.id, element, heading };
    const reached = this.ctx.readOnly || !this.video || covers(this.watch?.intervals, viewing.at)
      || this.ctx.view.answers[viewing.question.id];
    element.hidden = !reached;
    return entry;
  }

  listen(video) {
    video.addEventListener('playing', () => {
      this.tracker.playing(video.currentTime);
      this.previousTime = video.currentTime;
      if (this.timer === null) {
        this.timer = setInterval(() => this.report(), REPORT_EVERY_MS);
      }
    });
    video.addEventListener('timeupdate', () => {
      if (video.seeking || video.paused) {
        return;
      }
      const now = video.currentTime;
      this.tracker.time(now);
      const due = this.timed.find((entry) => crossed(this.previousTime, now, entry.at) && !this.ctx.hasAnswer(entry.id));
      this.previousTime = now;
      if (due) {
        video.pause();
        this.reveal(due);
        leaveFullscreen(video).then(() => bringIntoView(due));
      }
    });
    video.addEventListener('seeking', () => {
      this.tracker.seeking();
      this.previousTime = null;
    });
    // a question a little before the new position was jumped over, not reached by playing
    video.addEventListener('seeked', () => this.revealPassed(video.currentTime - 0.5));
    video.addEventListener('pause', () => this.stopped(video.currentTime));
    video.addEventListener('ended', () => {
      this.stopped(video.duration || video.currentTime);
      this.showAfter(true);
      this.revealAtEnd(video);
    });
  }

  stopped(time) {
    this.tracker.stopped(time);
    if (this.timer !== null) {
      clearInterval(this.timer);
      this.timer = null;
    }
    this.report();
  }

  /** Sends the stretches not reported yet; a failed report gives them back for the next one. */
  report({ keepalive = false } = {}) {
    const intervals = this.tracker.take();
    if (!intervals.length || this.ctx.readOnly) {
      return this.reporting || Promise.resolve();
    }
    const sent = api(`/api/assignments/${encodeURIComponent(this.assignment.id)}/watched`, {
      method: 'POST', body: { intervals }, keepalive,
    }).then((watched) => {
      this.watch = watched;
      this.updateProgress(watched);
      this.ctx.setProgress(watched.progress);
      if (this.watchedEnough()) {
        this.showAfter(true);
      }
    }, (error) => {
      if (error.status === 0 || error.status >= 500) {
        this.tracker.giveBack(intervals);
      }
    });
    this.reporting = (this.reporting || Promise.resolve()).then(() => sent);
    return this.reporting;
  }

  /** The page goes away: what was played goes along, as far as the browser lets it. */
  leave() {
    if (this.video && !this.video.paused) {
      this.tracker.stopped(this.video.currentTime);
    }
    if (this.timer !== null) {
      clearInterval(this.timer);
      this.timer = null;
    }
    this.report({ keepalive: true });
  }

  /** Before submitting: report what was played, and wait for it. */
  async flush() {
    if (this.video && !this.video.paused) {
      this.video.pause();
    }
    await this.report();
  }

  watchedEnough() {
    return this.watch ? this.watch.remainingSeconds <= 0 : false;
  }

  updateProgress(watch) {
    if (!this.progressLine || !watch) {
      return;
    }
    const text = t();
    const watched = percent(watch.watchedShare);
    this.progressLine.textContent = watch.remainingSeconds > 0
      ? fill(text.watchProgress, { watched, seconds: Math.ceil(watch.remainingSeconds), required: percent(watch.requiredShare) })
      : fill(text.watchEnough, { watched });
  }

  showAfter(visible) {
    if (!this.afterList) {
      return;
    }
    this.afterList.hidden = !visible;
    this.afterNote.hidden = visible;
  }
}
