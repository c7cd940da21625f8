/** {@code /api/catalog}: the modules and assignments, in the language the request asks for. */
package nl.samenspraak.tool.catalog.interfaces.rest;
