/** The HTML pages the server writes itself, in Dutch or English, from escaped templates. */
package nl.samenspraak.tool.interfaces.web;
