package nl.samenspraak.tool.lti.roster;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.samenspraak.tool.lti.registration.PlatformRegistration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads a course's whole roster from the platform's memberships URL, page after page as the {@code Link}
 * header's {@code next} says, up to a cap: a roster cut off there is reported as such, so that nobody is
 * marked as gone for being on a page that was not read. On a 401 the token is renewed once.
 */
@Singleton
public class MembershipClient {

    static final String SCOPE = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final PlatformAccessTokens tokens;
    private final int pageCap;

    @Inject
    public MembershipClient(HttpClient http, PlatformAccessTokens tokens,
                            @ConfigProperty(name = "samenspraak.roster.page.cap", defaultValue = "50") int pageCap) {
        this.http = http;
        this.tokens = tokens;
        this.pageCap = pageCap;
    }

    /**
     * The roster as read.
     *
     * @param truncated the page cap was reached while the platform offered more pages
     * @param pages     how many pages were read
     */
    public record Roster(List<MembershipContainer.Member> members, boolean truncated, int pages) {

        public Roster {
            members = List.copyOf(members);
        }
    }

    /** @throws RosterUnavailableException when a page cannot be read */
    public Roster read(PlatformRegistration registration, URI membershipsUrl) {
        List<MembershipContainer.Member> members = new ArrayList<>();
        Set<URI> seen = new HashSet<>();
        URI next = membershipsUrl;
        int pages = 0;
        while (next != null) {
            if (pages == pageCap) {
                return new Roster(members, true, pages);
            }
            if (!seen.add(next)) {
                break;
            }
            HttpResponse<String> page = get(registration, next);
            pages++;
            members.addAll(MembershipContainer.parse(page.body()).members());
            next = LinkHeader.parse(page.headers().allValues("Link")).next().orElse(null);
        }
        return new Roster(members, false, pages);
    }

    private HttpResponse<String> get(PlatformRegistration registration, URI page) {
        HttpResponse<String> response = send(page, tokens.token(registration, Set.of(SCOPE)));
        if (response.statusCode() == 401) {
            tokens.forget(registration, Set.of(SCOPE));
            response = send(page, tokens.token(registration, Set.of(SCOPE)));
        }
        if (response.statusCode() != 200) {
            throw new RosterUnavailableException("the platform answered " + response.statusCode()
                    + " to the roster request at " + page.getHost());
        }
        return response;
    }

    private HttpResponse<String> send(URI page, String token) {
        HttpRequest request = HttpRequest.newBuilder(page).timeout(TIMEOUT)
                .header("Accept", MembershipContainer.MEDIA_TYPE)
                .header("Authorization", "Bearer " + token).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new RosterUnavailableException("the roster at " + page.getHost() + " cannot be reached");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RosterUnavailableException("interrupted while reading the roster");
        }
    }
}
