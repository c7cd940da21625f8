/**
 * What the application layers of every capability share: the unit of work ({@link
 * nl.samenspraak.tool.application.Transactions}) each use case runs in.
 */
package nl.samenspraak.tool.application;
