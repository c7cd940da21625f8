/** Stand-ins for learning platforms that the tests run next to the tool, on 127.0.0.1. */
package nl.samenspraak.tool.it.platform;
