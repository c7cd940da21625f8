/** The privacy stores in the database, and the schedule that starts the daily retention run. */
package nl.samenspraak.tool.privacy.infrastructure;
