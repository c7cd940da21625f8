package nl.samenspraak.tool.lti.grades;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The AGS scopes (Assignment and Grade Services 2.0, section 3.1) a launch's claim lists, and which of them the
 * tool asks a token for: only listed ones (Sakai refuses the whole request when one is not allowed).
 */
public record AgsScopes(Set<String> granted) {

    public static final String LINE_ITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    public static final String LINE_ITEM_READ_ONLY = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly";
    public static final String SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";

    public AgsScopes {
        granted = Set.copyOf(granted);
    }

    /** The scopes as the resource link stores them: space separated; null or blank is none. */
    public static AgsScopes parse(String stored) {
        Set<String> scopes = new LinkedHashSet<>();
        if (stored != null) {
            for (String scope : stored.trim().split("\\s+")) {
                if (!scope.isEmpty()) {
                    scopes.add(scope);
                }
            }
        }
        return new AgsScopes(scopes);
    }

    public boolean allowsScores() {
        return granted.contains(SCORE);
    }

    public boolean allowsCreatingLineItems() {
        return granted.contains(LINE_ITEM);
    }

    public boolean allowsReadingLineItems() {
        return granted.contains(LINE_ITEM) || granted.contains(LINE_ITEM_READ_ONLY);
    }

    /** What a token is asked for: the score scope, and the line-item scopes the launch listed. */
    public Set<String> forToken() {
        Set<String> wanted = new LinkedHashSet<>();
        for (String scope : List.of(SCORE, LINE_ITEM, LINE_ITEM_READ_ONLY)) {
            if (granted.contains(scope)) {
                wanted.add(scope);
            }
        }
        return wanted;
    }
}
