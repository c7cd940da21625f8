package nl.samenspraak.tool.lti.roster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.samenspraak.tool.lti.launch.LtiRoles;

/**
 * One page of a course's roster (NRPS 2.0, {@code application/vnd.ims.lti-nrps.v2.membershipcontainer+json}):
 * the members with their roles, normalised. Names may be absent (the platform's privacy settings); an email
 * address is never read. Members whose status is not Active are left out, as if they were not listed.
 */
public record MembershipContainer(List<Member> members) {

    public static final String MEDIA_TYPE = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A member: the platform's user id (the launches' {@code sub}), roles, and names when sent. */
    public record Member(String userId, LtiRoles roles, Optional<String> name, Optional<String> givenName,
                         Optional<String> familyName) {
    }

    public MembershipContainer {
        members = List.copyOf(members);
    }

    /**
     * @throws RosterUnavailableException when the body is not a membership container
     */
    public static MembershipContainer parse(String body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new RosterUnavailableException("the roster is not JSON");
        }
        JsonNode members = root == null ? null : root.get("members");
        if (members == null || !members.isArray()) {
            throw new RosterUnavailableException("the roster has no members array");
        }
        List<Member> read = new ArrayList<>();
        for (JsonNode member : members) {
            String userId = text(member, "user_id").orElse(null);
            String status = text(member, "status").orElse("Active");
            if (userId == null || !status.equalsIgnoreCase("Active")) {
                continue;
            }
            List<String> roles = new ArrayList<>();
            member.path("roles").forEach(role -> {
                if (role.isTextual()) {
                    roles.add(role.asText());
                }
            });
            read.add(new Member(userId, LtiRoles.of(roles), text(member, "name"), text(member, "given_name"),
                    text(member, "family_name")));
        }
        return new MembershipContainer(read);
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() && !value.asText().isBlank()
                ? Optional.of(value.asText().strip()) : Optional.empty();
    }
}
