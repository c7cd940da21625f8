/** How the tool is reached from outside: its public address and the security headers on every response. */
package nl.samenspraak.tool.infrastructure.web;
