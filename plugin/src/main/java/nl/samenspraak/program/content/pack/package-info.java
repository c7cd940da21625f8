/**
 * Loading content packs: JSON syntax, schema and semantic checks of one pack, cross-pack rules, and the
 * resulting {@link nl.samenspraak.program.content.pack.ProgramCatalog}, including access to pack media files.
 */
package nl.samenspraak.program.content.pack;
