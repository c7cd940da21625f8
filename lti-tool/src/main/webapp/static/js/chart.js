// The quickscan's result per theme as horizontal bars (0–100 %) in inline SVG, with the same figures in a
// table for screen readers. With two rounds each theme has two bars and a legend tells them apart.
import { h } from './dom.js';
import { t } from './i18n.js';
import { percent } from './format.js';
import './texts-quickscan.js';

const SVG = 'http://www.w3.org/2000/svg';

function s(tag, attributes = {}, ...children) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) {
    element.setAttribute(name, String(value));
  }
  children.flat().forEach((child) => element.append(child instanceof Node ? child : document.createTextNode(String(child))));
  return element;
}

/**
 * @param themes [{title, scores: [score 0..1 or null, per series]}]
 * @param series the names of the series (rounds), oldest first
 */
export function resultChart(themes, series, caption) {
  const text = t();
  const width = 640;
  const labelHeight = 22;
  const barHeight = 18;
  const gap = 14;
  const barWidth = 520;
  const block = labelHeight + series.length * (barHeight + 4) + gap;
  const legendHeight = series.length > 1 ? 30 : 0;
  const height = legendHeight + themes.length * block;
  const svg = s('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart', 'aria-hidden': 'true', focusable: 'false' });
  if (series.length > 1) {
    series.forEach((name, index) => {
      const x = index * 200;
      svg.append(s('rect', { x, y: 6, width: 18, height: 18, class: `chart__bar chart__bar--${index === series.length - 1 ? 'current' : 'previous'}` }),
        s('text', { x: x + 26, y: 20, class: 'chart__legend' }, name));
    });
  }
  themes.forEach((theme, row) => {
    const top = legendHeight + row * block;
    svg.append(s('text', { x: 0, y: top + 16, class: 'chart__label' }, theme.title));
    theme.scores.forEach((score, index) => {
      const y = top + labelHeight + index * (barHeight + 4);
      const value = score === null || score === undefined ? null : percent(score);
      svg.append(s('rect', { x: 0, y, width: barWidth, height: barHeight, class: 'chart__track' }));
      if (value !== null && value > 0) {
        svg.append(s('rect', { x: 0, y, width: (barWidth * value) / 100, height: barHeight,
          class: `chart__bar chart__bar--${index === series.length - 1 ? 'current' : 'previous'}` }));
      }
      svg.append(s('text', { x: barWidth + 10, y: y + barHeight - 4, class: 'chart__value' },
        value === null ? '–' : `${value}%`));
    });
  });
  const table = h('table', { class: 'visually-hidden' },
    h('caption', {}, text.resultTable),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, text.theme), series.map((name) => h('th', { scope: 'col' }, name)))),
    h('tbody', {}, themes.map((theme) => h('tr', {}, h('th', { scope: 'row' }, theme.title),
      theme.scores.map((score) => h('td', {}, score === null || score === undefined ? text.noScore : `${percent(score)}%`))))));
  return h('figure', { class: 'chart-figure' }, h('figcaption', {}, caption), svg, table);
}
