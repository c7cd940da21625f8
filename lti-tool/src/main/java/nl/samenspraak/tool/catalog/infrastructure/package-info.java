/** Storage for the catalog: the record of which content packs this server has loaded. */
package nl.samenspraak.tool.catalog.infrastructure;
