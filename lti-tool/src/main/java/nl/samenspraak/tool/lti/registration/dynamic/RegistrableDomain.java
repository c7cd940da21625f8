package nl.samenspraak.tool.lti.registration.dynamic;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * The registrable domain of a host ({@code school.instructure.com} gives {@code instructure.com}), to check
 * that a platform's issuer belongs with the address its configuration came from: Canvas Cloud serves every
 * school's configuration from the school's own host while its issuer is {@code canvas.instructure.com}.
 * Without the full Public Suffix List, a two-letter country code under a generic second level
 * ({@code co.uk}, {@code ac.nz}, {@code com.au}) counts as one suffix, so two schools under {@code co.uk}
 * are not taken for one. IP addresses and single names only match themselves.
 */
final class RegistrableDomain {

    private static final Set<String> GENERIC_SECOND_LEVELS = Set.of("ac", "co", "com", "edu", "gov", "govt",
            "net", "org", "sch", "nhs", "ltd", "plc", "gob", "go", "or", "ne", "ed", "mil", "nom", "k12");

    private RegistrableDomain() {
    }

    static String of(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        String[] labels = name.split("\\.");
        if (name.contains(":") || labels.length <= 2 || Arrays.stream(labels).allMatch(label -> label.matches("\\d+"))) {
            return name;
        }
        String topLevel = labels[labels.length - 1];
        boolean countrySecondLevel = topLevel.length() == 2
                && GENERIC_SECOND_LEVELS.contains(labels[labels.length - 2]);
        int kept = countrySecondLevel ? 3 : 2;
        return String.join(".", Arrays.copyOfRange(labels, labels.length - kept, labels.length));
    }

    /** Whether the two hosts are the same, or share their registrable domain. */
    static boolean sameFamily(String host, String other) {
        return host.equalsIgnoreCase(other) || of(host).equals(of(other));
    }
}
