/**
 * Logging beyond java.util.logging's message text: fields of their own in OpenLiberty's JSON log lines.
 */
package nl.samenspraak.tool.infrastructure.logging;
