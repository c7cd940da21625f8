/**
 * The server's texts: every sentence the tool says to a person from Java (refusals, field issues, names in
 * a calendar or CSV) lives in one catalog per language, {@code texts/messages_nl.properties} and
 * {@code texts/messages_en.properties}, under a {@link nl.samenspraak.tool.texts.TextKey}. Services ask the
 * injected {@link nl.samenspraak.tool.texts.Texts} for a key with its arguments and get both languages at
 * once, so a refusal can be answered later in the language of the request.
 */
package nl.samenspraak.tool.texts;
