/** The training program as this server offers it: the loaded content packs, their modules and assignments. */
package nl.samenspraak.tool.catalog;
