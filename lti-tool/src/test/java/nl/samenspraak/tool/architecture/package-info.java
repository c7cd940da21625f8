/** Rules of the code's structure, checked on the compiled classes. */
package nl.samenspraak.tool.architecture;
