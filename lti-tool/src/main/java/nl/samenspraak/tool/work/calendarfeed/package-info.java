/**
 * The teacher's private calendar feed: a secret address (stored only as its hash, revocable and renewable)
 * at which a calendar program subscribes to all the teacher's planned observations, as observer and as
 * observed, in all their courses. Each event has the uid and sequence of the observation's own calendar
 * file, so a subscribed calendar updates the same event when the planning changes.
 */
package nl.samenspraak.tool.work.calendarfeed;
