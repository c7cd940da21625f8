/** The tool's own administration: the administrator's password, sign-in with a rate limit, and the admin API. */
package nl.samenspraak.tool.admin;
