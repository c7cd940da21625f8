package nl.samenspraak.tool.lti.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import nl.samenspraak.tool.lti.launch.ToolRole;
import org.junit.jupiter.api.Test;

class MembershipContainerTest {

    @Test
    void membersWithShortLongAndLti11RolesAndMissingNames() {
        MembershipContainer container = MembershipContainer.parse("""
                {"id": "https://lms.example/m", "context": {"id": "c1"}, "members": [
                  {"status": "Active", "user_id": "u1", "name": "Anna de Vries", "given_name": "Anna",
                   "family_name": "de Vries", "email": "anna@school.example", "roles": ["Learner"]},
                  {"user_id": "u2", "roles": ["http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"]},
                  {"user_id": "u3", "roles": ["urn:lti:role:ims/lis/Learner"], "name": ""},
                  {"status": "Inactive", "user_id": "u4", "roles": ["Learner"]},
                  {"status": "Deleted", "user_id": "u5", "roles": ["Learner"]},
                  {"roles": ["Learner"]}
                ]}""");

        List<MembershipContainer.Member> members = container.members();
        assertEquals(List.of("u1", "u2", "u3"), members.stream().map(MembershipContainer.Member::userId).toList());
        assertEquals(List.of(ToolRole.LEARNER, ToolRole.INSTRUCTOR, ToolRole.LEARNER),
                members.stream().map(member -> member.roles().toolRole()).toList());
        assertEquals(Optional.of("Anna de Vries"), members.get(0).name());
        assertEquals(Optional.empty(), members.get(1).name());
        assertEquals(Optional.empty(), members.get(2).name(), "an empty name is no name");
    }

    @Test
    void anAnswerThatIsNoRosterIsRefusedWithAReason() {
        assertEquals("the roster is not JSON",
                assertThrows(RosterUnavailableException.class, () -> MembershipContainer.parse("<html>")).getMessage());
        assertEquals("the roster has no members array",
                assertThrows(RosterUnavailableException.class, () -> MembershipContainer.parse("{}")).getMessage());
    }
}
