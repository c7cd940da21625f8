/** The trial mode: a demo platform inside the tool that launches it through the real LTI flow. */
package nl.samenspraak.tool.demo;
