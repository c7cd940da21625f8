/**
 * What the calls to a platform's LTI services share, whatever the service (roster, grades): reading the
 * {@code Link} header by which their containers are paged, as the platforms really write it.
 */
package nl.samenspraak.tool.lti.http;
