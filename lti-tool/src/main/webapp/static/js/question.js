// <ss-question>: one question of an assignment (open, choice or scale) with its answer, a character
// counter for open questions, and the save status. It reports every change; saving is the page's job.
// When another tab or device saved a newer answer meanwhile, it shows both and lets the teacher choose.
import { h } from './dom.js';
import { characterCount, fill, lengthState } from './format.js';
import { t } from './i18n.js';
import { State } from './autosave.js';
import { entryStatusText, setText } from './save-status.js';

/** The answer a question's inputs hold, in the API's shape; undefined while there is none. */
function answerOf(question, element) {
  if (question.kind === 'open') {
    return { text: element.querySelector('textarea').value };
  }
  const checked = [...element.querySelectorAll('input:checked')].map((input) => input.value);
  if (question.kind === 'choice') {
    return { optionIds: checked };
  }
  return checked.length ? { value: Number(checked[0]) } : undefined;
}

class SamenspraakQuestion extends HTMLElement {
  /**
   * @param question the question as the API gives it
   * @param answer the saved (or restored) answer, or undefined
   * @param readOnly true after submitting
   * @param onAnswer (answer) => void on every change
   * @param onResolve ('mine' | 'current') => the answer kept, when the teacher settles a conflict
   */
  setup({ question, answer, readOnly, onAnswer, onResolve }) {
    this.question = question;
    this.onAnswer = onAnswer;
    this.onResolve = onResolve;
    const id = `q-${question.id}`;
    this.id = id;
    this.className = `question question--${question.kind}`;
    const text = t();
    const prompt = [question.prompt, question.required ? null : ` ${text.optional}`];
    const status = h('p', { class: 'save-status', id: `${id}-status`, 'aria-live': 'polite' });
    let body;
    if (question.kind === 'open') {
      body = this.openQuestion(id, prompt, answer, readOnly);
    } else {
      body = this.choiceQuestion(id, prompt, answer, readOnly);
    }
    this.conflictHolder = h('div', { class: 'conflict-holder' });
    this.replaceChildren(body, status, this.conflictHolder);
    this.status = status;
  }

  /** Puts an answer in the inputs, as if the teacher had given it (without reporting a change). */
  setAnswer(answer) {
    if (this.question.kind === 'open') {
      this.area.value = answer?.text ?? '';
      this.updateCounter(false);
      return;
    }
    const chosen = this.question.kind === 'choice' ? new Set(answer?.optionIds ?? [])
      : new Set(answer?.value === undefined ? [] : [String(answer.value)]);
    this.querySelectorAll('input').forEach((input) => {
      input.checked = chosen.has(input.value);
    });
  }

  /** An answer in words: the text, the chosen options' labels, or the value on the scale. */
  describe(answer) {
    const text = t();
    if (!answer || (answer.text === undefined && !answer.optionIds?.length && answer.value === undefined)) {
      return text.conflictNothing;
    }
    if (answer.text !== undefined) {
      return answer.text.trim() ? answer.text : text.conflictNothing;
    }
    if (answer.optionIds) {
      const labels = new Map((this.question.options || []).map((option) => [option.id, option.label]));
      return answer.optionIds.map((id) => labels.get(id) ?? id).join(', ');
    }
    return String(answer.value);
  }

  /** Both versions side by side, each with the button that keeps it. */
  conflictPanel(conflict) {
    const text = t();
    const id = `${this.id}-conflict`;
    const choose = (choice) => {
      const kept = this.onResolve(choice);
      if (choice === 'current') {
        this.setAnswer(kept);
      }
      this.focusTarget()?.focus();
    };
    return h('section', { class: 'conflict alert', id, role: 'group', 'aria-labelledby': `${id}-title` },
      h('h3', { id: `${id}-title`, class: 'conflict__title' }, text.conflictTitle),
      h('p', {}, text.conflictExplain),
      h('div', { class: 'conflict__versions' },
        h('div', { class: 'conflict__version' },
          h('h4', {}, text.conflictMine),
          h('p', { class: 'conflict__text', id: `${id}-mine` }, this.describe(conflict.mine)),
          h('button', { type: 'button', id: `${id}-keep-mine`, 'aria-describedby': `${id}-mine`,
            onclick: () => choose('mine') }, text.conflictKeepMine)),
        h('div', { class: 'conflict__version' },
          h('h4', {}, text.conflictCurrent),
          h('p', { class: 'conflict__text', id: `${id}-current` }, this.describe(conflict.current.draft)),
          h('button', { type: 'button', class: 'secondary', id: `${id}-keep-current`,
            'aria-describedby': `${id}-current`, onclick: () => choose('current') }, text.conflictKeepCurrent))));
  }

  openQuestion(id, prompt, answer, readOnly) {
    const text = t();
    const { minLength, maxLength } = this.question;
    const help = minLength ? fill(text.charactersHelp, { min: minLength, max: maxLength })
      : fill(text.charactersMaxHelp, { max: maxLength });
    const area = h('textarea', { id: `${id}-input`, name: id, rows: 6, readonly: readOnly,
      'aria-describedby': `${id}-help ${id}-count ${id}-status` });
    area.value = answer?.text ?? '';
    this.counter = h('p', { class: 'counter', id: `${id}-count` });
    this.announcer = h('p', { class: 'visually-hidden', 'aria-live': 'polite' });
    area.addEventListener('input', () => {
      this.updateCounter(true);
      this.onAnswer(answerOf(this.question, this));
    });
    const field = h('div', { class: 'field' },
      h('label', { for: area.id, class: 'question__prompt' }, prompt),
      h('p', { class: 'field__help', id: `${id}-help` }, help),
      area,
      h('div', { class: 'counter-row' }, this.counter, this.announcer));
    this.area = area;
    this.updateCounter(false);
    return field;
  }

  updateCounter(announce) {
    const text = t();
    const { minLength, maxLength } = this.question;
    const count = characterCount(this.area.value);
    const state = lengthState(count, minLength, maxLength);
    this.counter.textContent = fill(text.characters, { count, max: maxLength });
    this.counter.className = `counter counter--${state}`;
    if (announce && state !== this.lengthState) {
      const message = {
        short: fill(text.lengthShort, { left: minLength - count }),
        ok: text.lengthOk,
        near: fill(text.lengthNear, { left: maxLength - count }),
        over: fill(text.lengthOver, { over: count - maxLength }),
        empty: '',
      }[state];
      setText(this.announcer, message);
    }
    this.lengthState = state;
  }

  choiceQuestion(id, prompt, answer, readOnly) {
    const text = t();
    const { question } = this;
    const multiple = question.kind === 'choice' && question.multiple;
    const type = multiple ? 'checkbox' : 'radio';
    let options;
    let help = null;
    if (question.kind === 'choice') {
      help = multiple ? text.chooseAny : null;
      const chosen = new Set(answer?.optionIds ?? []);
      options = question.options.map((option) => ({ value: option.id, label: option.label, checked: chosen.has(option.id) }));
    } else {
      const { min, max, minLabel, maxLabel } = question.scale;
      options = [];
      for (let value = min; value <= max; value++) {
        const end = value === min ? minLabel : value === max ? maxLabel : null;
        options.push({ value: String(value), label: String(value), end, checked: answer?.value === value });
      }
    }
    const inputs = options.map((option, index) => {
      const input = h('input', { type, id: `${id}-${index}`, name: id, value: option.value, disabled: readOnly,
        'aria-describedby': `${id}-status` });
      input.checked = option.checked;
      input.addEventListener('change', () => this.onAnswer(answerOf(question, this)));
      return h('div', { class: 'choice' }, input,
        h('label', { for: input.id }, option.label, option.end ? h('span', { class: 'choice__end' }, option.end) : null));
    });
    return h('fieldset', { class: 'field' },
      h('legend', { class: 'question__prompt' }, prompt),
      help ? h('p', { class: 'field__help' }, help) : null,
      h('div', { class: question.kind === 'scale' ? 'scale' : 'choices' }, inputs));
  }

  /** Shows the save status under the field; a refusal marks the field invalid and says why. */
  showStatus(status) {
    setText(this.status, entryStatusText(status));
    this.status.dataset.state = status.state;
    const showing = this.conflictHolder.firstChild;
    if (status.state === State.CONFLICT && status.conflict) {
      if (showing?.dataset.mine !== JSON.stringify(status.conflict.mine)) {
        const panel = this.conflictPanel(status.conflict);
        panel.dataset.mine = JSON.stringify(status.conflict.mine);
        this.conflictHolder.replaceChildren(panel);
      }
    } else if (showing) {
      this.conflictHolder.replaceChildren();
    }
    this.querySelectorAll('textarea, input').forEach((input) => {
      if (status.state === State.INVALID) {
        input.setAttribute('aria-invalid', 'true');
      } else {
        input.removeAttribute('aria-invalid');
      }
    });
  }

  /** The element to move the focus to when the question needs attention. */
  focusTarget() {
    return this.querySelector('textarea, input:checked, input');
  }
}

customElements.define('ss-question', SamenspraakQuestion);
