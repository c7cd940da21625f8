/**
 * Deep Linking 2.0: a trainer's {@code LtiDeepLinkingRequest} kept until they choose ({@link DeepLinkingRequest}),
 * the picker's JSON API under {@code /api/deep-linking} (the assignments of all loaded packs, and the answer),
 * the chosen items with their settings ({@link ContentItem}) and the signed {@link DeepLinkingResponse} the
 * browser posts back to the platform; {@link LinkSettings}, the settings of a course's links for the other
 * capabilities (approval, due date, maximum score).
 */
package nl.samenspraak.tool.lti.deeplinking;
