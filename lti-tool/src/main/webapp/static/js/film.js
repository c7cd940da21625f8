// The film of a video assignment: the player with captions the teacher switches on, the stretches
// watched reported to the server, viewing questions that stop the film at their moment, and the
// questions that come after it. A film on another site (embed) loads only when the teacher chooses to.
import { api } from './session.js';
import { h } from './dom.js';
import { fill, percent } from './format.js';
import { t } from './i18n.js';
import { WatchTracker, covers, crossed } from './watch.js';
import { focusElement } from './router.js';

const REPORT_EVERY_MS = 10000;

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
    const section = h('section', { class: 'film', id: 'film', 'aria-labelledby': 'film-title' },
      h('h2', { id: 'film-title' }, text.film));
    if (video.source.kind === 'embed') {
      section.append(...this.embed(video, title));
    } else {
      section.append(...this.player(video, title).filter(Boolean));
    }
    const timed = this.assignment.viewingQuestions.filter((viewing) => viewing.at !== undefined && viewing.at !== null);
    const after = this.assignment.viewingQuestions.filter((viewing) => viewing.at === undefined || viewing.at === null);
    const parts = [section];
    if (timed.length) {
      this.timed = timed.map((viewing) => this.timedQuestion(viewing));
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
      h('div', { class: 'film__controls' },
        (video.captions || []).length ? h('div', { class: 'field field--inline' },
          h('label', { for: 'captions' }, text.captions), select) : null),
      this.progressLine];
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
        due.element.hidden = false;
        focusElement(due.heading, 'nearest');
      }
    });
    video.addEventListener('seeking', () => {
      this.tracker.seeking();
      this.previousTime = null;
    });
    video.addEventListener('pause', () => this.stopped(video.currentTime));
    video.addEventListener('ended', () => {
      this.stopped(video.duration || video.currentTime);
      this.showAfter(true);
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
