// The quickscan: the school's sector, the statements per theme on the scale (each may be skipped), the
// result per theme as a chart with what each score means and where to go on, and a retake compared with
// the round before. Once a round is submitted, its result comes first on the page.
import { api } from './session.js';
import { h } from './dom.js';
import { fill, percent } from './format.js';
import { t } from './i18n.js';
import { Autosaver, State } from './autosave.js';
import { entryStatusText, setText } from './save-status.js';
import { resultChart } from './chart.js';
import { confirmDialog } from './confirm.js';
import './texts-quickscan.js';

export class QuickscanPart {
  /** @param ctx the assignment page's context (view, storage, reload(), track()) */
  constructor(ctx) {
    this.ctx = ctx;
    this.assignment = ctx.view.assignment;
    this.state = ctx.view.quickscan || { current: null, attempts: [] };
    this.attempts = this.state.attempts || [];
    this.attempt = this.attempts.find((attempt) => attempt.number === this.state.current) || null;
    this.editable = Boolean(this.attempt && !this.attempt.submittedAt && !ctx.review);
    this.shown = this.attempt || this.attempts[this.attempts.length - 1] || null;
    this.base = `/api/assignments/${encodeURIComponent(this.assignment.id)}/quickscan`;
    this.statusElements = new Map();
    if (this.editable) {
      this.saver = new Autosaver({
        prefix: `${ctx.storagePrefix}quickscan.${this.attempt.number}.`,
        storage: ctx.storage,
        delay: 300,
        send: (statementId, value, { keepalive }) => api(`${this.base}/responses/${encodeURIComponent(statementId)}`,
          value === null ? { method: 'DELETE', keepalive } : { method: 'PUT', body: { value }, keepalive })
          .then((state) => {
            ctx.setProgress(state?.progress);
            return state;
          }),
        onChange: (statementId, status) => {
          this.showStatus(statementId, status);
          ctx.statusChanged();
        },
      });
      ctx.track(this.saver);
    }
  }

  /** Whether the page's submit button submits this round. */
  canSubmit() {
    return this.editable && Boolean(this.attempt.sectorId);
  }

  render() {
    const text = t();
    const section = h('section', { class: 'quickscan', id: 'quickscan', 'aria-labelledby': 'quickscan-title' },
      h('h2', { id: 'quickscan-title' }, this.shown ? fill(text.attempt, { number: this.shown.number }) : text.quickscanFill));
    section.append(this.sectors());
    const sector = this.sector();
    if (sector) {
      const { min, max, minLabel, maxLabel } = this.assignment.scale;
      if (this.editable) {
        section.append(h('p', { class: 'field__help' }, fill(text.scaleHelp, { min, max, minLabel, maxLabel })));
        const previous = this.lastSubmitted();
        if (previous) {
          section.append(h('p', { class: 'notice' }, fill(text.retakeOpen, { number: this.attempt.number, previous: previous.number })));
        }
      }
      section.append(...sector.themes.map((theme) => this.theme(theme)));
    } else if (this.editable || !this.attempts.length) {
      section.append(h('p', { class: 'notice' }, text.sectorFirst));
    }
    const results = this.results();
    return (this.editable ? [section, results, this.retake()] : [results, section, this.retake()]).filter(Boolean);
  }

  sector() {
    const id = this.shown?.sectorId;
    return id ? this.assignment.sectors.find((sector) => sector.id === id) : null;
  }

  sectors() {
    const text = t();
    const canChange = this.editable || !this.attempts.length;
    const chosen = this.shown?.sectorId || null;
    const radios = this.assignment.sectors.map((sector) => {
      const input = h('input', { type: 'radio', name: 'sector', id: `sector-${sector.id}`, value: sector.id, disabled: !canChange });
      input.checked = sector.id === chosen;
      input.addEventListener('change', () => this.chooseSector(sector.id, input));
      return h('div', { class: 'choice' }, input, h('label', { for: input.id }, sector.title));
    });
    return h('fieldset', { class: 'field', id: 'sector' }, h('legend', {}, text.sector), h('div', { class: 'choices' }, radios));
  }

  async chooseSector(sectorId, input) {
    const answered = this.answeredCount();
    if (answered > 0 && !(await this.confirmChange(answered))) {
      input.checked = false;
      const kept = document.getElementById(`sector-${this.attempt.sectorId}`);
      if (kept) {
        kept.checked = true;
        kept.focus();
      }
      return;
    }
    try {
      await this.saver?.flush();
      await api(`${this.base}/sector`, { method: 'PUT', body: { sectorId } });
      this.saver?.forgetAll();
      await this.ctx.reload({ focus: `sector-${sectorId}` });
    } catch (error) {
      this.ctx.announce(error.message);
    }
  }

  /** How many statements of the round have an answer, including those typed since the page loaded. */
  answeredCount() {
    const sector = this.sector();
    if (!this.attempt || !sector) {
      return 0;
    }
    return sector.themes.flatMap((theme) => theme.statements)
      .filter((statement) => this.valueOf(statement.id, this.attempt.responses || {}) !== null).length;
  }

  /** Asks in a modal dialog; resolves true when the teacher confirms. */
  confirmChange(count) {
    const text = t();
    return confirmDialog({ title: text.sectorConfirmTitle, text: fill(text.sectorConfirmText, { count }),
      yes: text.sectorConfirmYes, no: text.sectorConfirmNo });
  }

  theme(theme) {
    const text = t();
    const responses = this.shown.responses || {};
    const count = h('p', { class: 'muted theme__count', id: `theme-${theme.id}-count` });
    const section = h('section', { class: 'theme', id: `theme-${theme.id}`, 'aria-labelledby': `theme-${theme.id}-title` },
      h('h3', { id: `theme-${theme.id}-title` }, theme.title), count);
    const updateCount = () => {
      const answered = theme.statements.filter((statement) => this.valueOf(statement.id, responses) !== null).length;
      count.textContent = fill(text.themeAnswered, { answered, total: theme.statements.length });
    };
    theme.statements.forEach((statement) => section.append(this.statement(statement, responses, updateCount)));
    updateCount();
    return section;
  }

  valueOf(statementId, responses) {
    const local = this.values?.get(statementId);
    if (local !== undefined) {
      return local;
    }
    return responses[statementId] ?? null;
  }

  statement(statement, responses, updateCount) {
    const text = t();
    const { min, max, minLabel, maxLabel } = this.assignment.scale;
    const id = `st-${statement.id}`;
    this.values = this.values || new Map();
    let value = responses[statement.id] ?? null;
    if (this.editable) {
      const restored = this.saver.restore(statement.id, null);
      if (restored !== undefined && restored !== value) {
        value = restored;
        this.values.set(statement.id, restored);
        queueMicrotask(() => this.saver.change(statement.id, restored, { delay: 0 }));
      }
    }
    const options = [];
    for (let number = min; number <= max; number++) {
      const end = number === min ? minLabel : number === max ? maxLabel : null;
      options.push({ value: String(number), label: String(number), end });
    }
    options.push({ value: '', label: text.skip, skip: true });
    const status = h('p', { class: 'save-status', id: `${id}-status`, 'aria-live': 'polite' });
    this.statusElements.set(statement.id, status);
    const radios = options.map((option, index) => {
      const input = h('input', { type: 'radio', name: id, id: `${id}-${index}`, value: option.value,
        disabled: !this.editable, 'aria-describedby': `${id}-status` });
      input.checked = option.skip ? false : value === Number(option.value);
      input.addEventListener('change', () => {
        const chosen = option.skip ? null : Number(option.value);
        this.values.set(statement.id, chosen);
        updateCount();
        this.saver.change(statement.id, chosen);
      });
      return h('div', { class: option.skip ? 'choice choice--skip' : 'choice' }, input,
        h('label', { for: input.id }, option.label, option.end ? h('span', { class: 'choice__end' }, option.end) : null));
    });
    return h('fieldset', { class: 'field statement', id },
      h('legend', {}, statement.text),
      h('div', { class: 'scale' }, radios),
      status);
  }

  showStatus(statementId, status) {
    const element = this.statusElements.get(statementId);
    if (element) {
      setText(element, status.state === State.SAVED && !status.savedAt ? '' : entryStatusText(status));
      element.dataset.state = status.state;
    }
  }

  lastSubmitted(before = Infinity) {
    return [...this.attempts].reverse().find((attempt) => attempt.submittedAt && attempt.number < before) || null;
  }

  results() {
    const text = t();
    const latest = this.lastSubmitted();
    if (!latest) {
      return null;
    }
    const previous = this.lastSubmitted(latest.number);
    const rounds = previous ? [previous, latest] : [latest];
    const themes = latest.results.map((result) => ({
      title: result.title,
      scores: rounds.map((round) => round.results.find((other) => other.themeId === result.themeId)?.score ?? null),
    }));
    const caption = previous ? fill(text.resultCompare, { previous: previous.number, current: latest.number }) : text.result;
    return h('section', { class: 'results', id: 'results', 'aria-labelledby': 'results-title' },
      h('h2', { id: 'results-title', tabindex: '-1' }, text.result),
      resultChart(themes, rounds.map((round) => fill(text.attempt, { number: round.number })), caption),
      h('h3', {}, text.resultMeaning),
      h('dl', { class: 'results__themes' }, latest.results.flatMap((result) => this.explanation(result, latest))));
  }

  /**
   * What a theme's score says (below half, from half, from three quarters) and a next step: the statement
   * of the theme that scored lowest, which is where the school can start.
   */
  explanation(result, round) {
    const text = t();
    const sector = this.assignment.sectors.find((candidate) => candidate.id === round.sectorId);
    const theme = sector?.themes.find((candidate) => candidate.id === result.themeId);
    const responses = round.responses || {};
    const answered = (theme?.statements || []).filter((statement) => typeof responses[statement.id] === 'number');
    const score = result.score;
    let meaning;
    if (score === null || score === undefined) {
      meaning = text.resultNone;
    } else if (score >= 0.75) {
      meaning = text.resultHigh;
    } else if (score >= 0.5) {
      meaning = text.resultMiddle;
    } else {
      meaning = text.resultLow;
    }
    const lowest = answered.reduce((low, statement) => (low === null || responses[statement.id] < responses[low.id] ? statement : low), null);
    const next = lowest && responses[lowest.id] < this.assignment.scale.max
      ? h('p', {}, h('strong', {}, `${text.resultNext} `), lowest.text)
      : null;
    return [h('dt', {}, score === null || score === undefined ? result.title : `${result.title}: ${percent(score)}%`),
      h('dd', {}, h('p', {}, meaning), next)];
  }

  retake() {
    const text = t();
    const latest = this.attempts[this.attempts.length - 1];
    if (!latest || !latest.submittedAt) {
      return null;
    }
    const button = h('button', { type: 'button', class: 'secondary', onclick: async () => {
      button.disabled = true;
      try {
        await api(`${this.base}/retake`, { method: 'POST' });
        await this.ctx.reload({ focus: 'quickscan-title' });
      } catch (error) {
        button.disabled = false;
        this.ctx.announce(error.message);
      }
    } }, text.retake);
    return h('section', { class: 'panel', 'aria-labelledby': 'retake-title' },
      h('h2', { id: 'retake-title' }, text.retake), h('p', {}, text.retakeIntro), button);
  }
}
