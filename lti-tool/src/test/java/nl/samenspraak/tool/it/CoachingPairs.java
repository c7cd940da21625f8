package nl.samenspraak.tool.it;

import static nl.samenspraak.tool.it.WorkClient.created;
import static nl.samenspraak.tool.it.WorkClient.json;
import static nl.samenspraak.tool.it.WorkClient.ok;

import com.fasterxml.jackson.databind.JsonNode;

/** Two learners become coaching partners as the page does it: one invites, the other accepts. */
final class CoachingPairs {

    private CoachingPairs() {
    }

    /**
     * @param base      the assignment's peer-coaching address
     * @param inviteeId the invitee's user id, as the inviter's list of colleagues shows it
     * @return the inviter's state once the invitee accepted, as the API answers it
     */
    static JsonNode pair(String base, WorkClient inviter, long inviteeId, WorkClient invitee) {
        JsonNode sent = created(inviter.post(base + "/invitations", json("userId", inviteeId))).path("peerCoaching");
        long invitationId = -1;
        for (JsonNode invitation : sent.path("invitationsSent")) {
            if (invitation.path("userId").asLong() == inviteeId && invitation.path("status").asText().equals("open")) {
                invitationId = invitation.path("id").asLong();
            }
        }
        ok(invitee.post(base + "/invitations/" + invitationId + "/accept", null));
        return ok(inviter.get(base));
    }
}
