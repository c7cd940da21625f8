/** What every JSON endpoint shares: the JSON mapping, problem+json errors (RFC 9457) and the request's language. */
package nl.samenspraak.tool.interfaces.rest;
