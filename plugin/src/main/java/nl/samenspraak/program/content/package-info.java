/**
 * The training program as authored in content packs: modules, the five assignment types and their
 * questions, forms and media, as immutable values. Nothing here reads files or knows about HTTP.
 */
package nl.samenspraak.program.content;
