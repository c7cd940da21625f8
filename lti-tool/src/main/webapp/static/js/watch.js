// Which stretches of a film were played. Only continuous playback counts: a seek ends the stretch, and a
// jump in the player's time that no seek announced does too. The page reports the stretches every few
// seconds and when playback stops; each report carries only what is new, so the server's limit on how
// much a report may claim is never reached by honest watching.

/** The largest step between two time updates that still counts as playing on (16x speed, 4 updates a second). */
export const MAX_STEP_SECONDS = 5;

export class WatchTracker {
  constructor() {
    this.done = [];
    this.from = null;
    this.last = null;
  }

  /** Playback (re)starts at {@code time}. */
  playing(time) {
    if (this.from === null) {
      this.from = time;
      this.last = time;
    }
  }

  /** The player's time moved on while playing. */
  time(time) {
    if (this.from === null) {
      return;
    }
    if (time < this.last || time - this.last > MAX_STEP_SECONDS) {
      this.close();
      this.from = time;
    }
    this.last = time;
  }

  /** The teacher seeks: what was played so far counts, the new position starts nothing until playback. */
  seeking() {
    this.close();
  }

  /** Playback stops (pause, the end, a question): the stretch ends at {@code time}. */
  stopped(time) {
    this.time(time);
    this.close();
  }

  close() {
    if (this.from !== null && this.last > this.from) {
      this.done.push({ from: this.from, to: this.last });
    }
    this.from = null;
    this.last = null;
  }

  /** The stretches not reported yet; a stretch still playing is cut here and goes on from its end. */
  take() {
    const taken = this.done;
    this.done = [];
    if (this.from !== null && this.last > this.from) {
      taken.push({ from: this.from, to: this.last });
      this.from = this.last;
    }
    return taken.map(({ from, to }) => ({ from: round(from), to: round(to) })).filter(({ from, to }) => to > from);
  }

  /** Stretches a failed report carried, to go with the next one. */
  giveBack(stretches) {
    this.done.unshift(...stretches);
  }
}

function round(seconds) {
  return Math.round(seconds * 1000) / 1000;
}

/** Whether playback went from before {@code at} to it or past it between two time updates. */
export function crossed(previous, current, at) {
  return previous !== null && previous < at && current >= at && current - previous <= MAX_STEP_SECONDS;
}

/** Whether merged stretches cover the moment {@code at} (a question there was reached before). */
export function covers(intervals, at) {
  return (intervals || []).some(({ from, to }) => from <= at && at <= to + 1);
}
