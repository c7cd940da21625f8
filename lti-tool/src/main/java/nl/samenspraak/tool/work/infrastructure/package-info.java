/** A teacher's work in the database. */
package nl.samenspraak.tool.work.infrastructure;
