/** The application's clock, produced once so that everything reads time the same way. */
package nl.samenspraak.tool.infrastructure.time;
