/** Loads the content packs on start, reports broken ones, and keeps the program catalog for the API. */
package nl.samenspraak.tool.catalog.application;
