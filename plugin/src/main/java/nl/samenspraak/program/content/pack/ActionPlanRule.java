package nl.samenspraak.program.content.pack;

/**
 * An action plan can be completed: when teachers may not add their own actions, {@code minActions} is at
 * most the number of actions to choose from.
 */
final class ActionPlanRule implements PackRule {

    @Override
    public void check(PackNode pack, PackFiles files, Findings findings) {
        for (PackNode plan : PackTree.assignmentsOfType(pack, "action-plan")) {
            boolean ownActions = plan.json().path("allowOwnActions").asBoolean(true);
            int minActions = plan.json().path("minActions").asInt();
            int available = plan.get("actions").items().size();
            if (!ownActions && minActions > available) {
                findings.report(plan.get("minActions"), "minActions is " + minActions + ", but there are only "
                        + available + " actions to choose from and own actions are not allowed.");
            }
        }
    }
}
