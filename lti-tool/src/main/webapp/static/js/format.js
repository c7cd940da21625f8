// Small pure helpers for what the pages show: lengths as the server counts them, the counter's state,
// times and shares. No DOM here, so they are tested on their own.

/** Characters as the server counts them: code points, without white space at either end. */
export function characterCount(text) {
  return [...text.trim()].length;
}

/**
 * Where an open answer stands against its limits: 'short' under the minimum, 'near' in the last tenth
 * before the maximum, 'over' past it, else 'ok'. An empty answer is 'empty' (a draft may be empty).
 */
export function lengthState(count, minLength, maxLength) {
  if (count === 0) {
    return 'empty';
  }
  if (maxLength && count > maxLength) {
    return 'over';
  }
  if (minLength && count < minLength) {
    return 'short';
  }
  if (maxLength && count >= Math.floor(maxLength * 0.9)) {
    return 'near';
  }
  return 'ok';
}

/** A share (0..1) as a whole percentage. */
export function percent(share) {
  return Math.round(Math.max(0, Math.min(1, share || 0)) * 100);
}

/** The time of day of an instant, "14:03", in the page's language. */
export function clockTime(iso, language) {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', { hour: '2-digit', minute: '2-digit' })
    .format(new Date(iso));
}

/** A day and time, "26 november 2026 14:03", in the page's language. */
export function dateTime(iso, language) {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit',
  }).format(new Date(iso));
}

/** When an observation is planned, "di 8 dec. 14:00", as the clock in the Netherlands says it. */
export function plannedTime(iso, language) {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam',
  }).format(new Date(iso));
}

/** A calendar date "2026-12-03" as the language writes it, "3 december 2026". */
export function calendarDate(isoDate, language) {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)));
}

/**
 * A local date and time "2026-12-03T15:30" (in the zone the server names) as the language writes it,
 * "donderdag 3 december 2026 om 15:30", without turning it into the browser's own zone.
 */
export function localDateTime(local, language) {
  const [date, time] = local.split('T');
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day, hour, minute)));
}

/** The text for one, or the text for more with {count} filled in. */
export function plural(count, one, many) {
  return count === 1 ? one : fill(many, { count });
}

/** Paragraphs of a text as the packs write them: separated by an empty line. */
export function paragraphs(text) {
  return (text || '').split(/\n\s*\n/).map((part) => part.trim()).filter(Boolean);
}

/** Fills {name} placeholders of a text. */
export function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (match, name) => (name in values ? String(values[name]) : match));
}

/** How many actions are still to plan (with a date) and to tick off, against the minimum. */
export function planCounts(actions, minActions) {
  const planned = actions.filter((action) => action.plannedFor).length;
  const done = actions.filter((action) => action.done).length;
  return { plan: Math.max(0, minActions - planned), todo: Math.max(0, minActions - done) };
}
