/**
 * Names and Role Provisioning Services 2.0: the course's members read from the platform
 * ({@link MembershipClient}, every page by the {@link nl.samenspraak.tool.lti.http.LinkHeader}, {@link MembershipContainer#parse}), with an
 * access token from {@code lti.token}'s {@link nl.samenspraak.tool.lti.token.AccessTokens}, and kept by the {@link RosterSync} use case: members who never
 * launched are added, members absent from a complete roster are marked as gone (their work stays).
 */
package nl.samenspraak.tool.lti.roster;
