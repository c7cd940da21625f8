/**
 * The observer's personal link: a signed, expiring, revocable link that opens one observation's form on the
 * observer's phone without a platform session. The form is saved and submitted through the same use cases
 * as the teacher's page ({@code PeerCoachingService.saveForm} and {@code submit}); the link only says who
 * the observer is and which observation it is.
 */
package nl.samenspraak.tool.work.observerlink;
