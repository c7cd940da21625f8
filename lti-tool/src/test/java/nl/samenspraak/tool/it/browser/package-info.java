/** Browser tests' tools: Debian's headless Chromium through Selenium, screenshots and axe-core checks. */
package nl.samenspraak.tool.it.browser;
