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
import nl.samenspraak.tool.lti.http.LinkHeader;
import nl.samenspraak.tool.lti.registration.PlatformRegistration;
import nl.samenspraak.tool.lti.token.AccessToken;
import nl.samenspraak.tool.lti.token.AccessTokens;
import nl.samenspraak.tool.lti.token.TokenAudiences;
import nl.samenspraak.tool.lti.token.TokenEndpoint;
import nl.samenspraak.tool.lti.token.TokenRequestFailedException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads a course's whole roster from the platform's memberships URL, page after page as the {@code Link}
 * header's {@code next} says, up to a cap: a roster cut off there is reported as such, so that nobody is
 * marked as gone for being on a page that was not read. The token comes from {@link AccessTokens}, the one
 * token client of every LTI service (shared cache, the registration's token audience); on a 401 it is renewed
 * once.
 */
@Singleton
public class MembershipClient {

    static final String SCOPE = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final AccessTokens tokens;
    private final TokenAudiences audiences;
    private final int pageCap;

    @Inject
    public MembershipClient(HttpClient http, AccessTokens tokens, TokenAudiences audiences,
                            @ConfigProperty(name = "samenspraak.roster.page.cap", defaultValue = "50") int pageCap) {
        this.http = http;
        this.tokens = tokens;
        this.audiences = audiences;
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
        TokenEndpoint endpoint = new TokenEndpoint(registration.tokenUrl(), registration.clientId(),
                audiences.of(registration.id()));
        int pages = 0;
        while (next != null) {
            if (pages == pageCap) {
                return new Roster(members, true, pages);
            }
            if (!seen.add(next)) {
                break;
            }
            HttpResponse<String> page = get(endpoint, next);
            pages++;
            members.addAll(MembershipContainer.parse(page.body()).members());
            next = LinkHeader.parse(page.headers().allValues("Link")).next().orElse(null);
        }
        return new Roster(members, false, pages);
    }

    private HttpResponse<String> get(TokenEndpoint endpoint, URI page) {
        AccessToken token = token(endpoint);
        HttpResponse<String> response = send(page, token);
        if (response.statusCode() == 401) {
            tokens.rejected(endpoint, Set.of(SCOPE), token);
            response = send(page, token(endpoint));
        }
        if (response.statusCode() != 200) {
            throw new RosterUnavailableException("the platform answered " + response.statusCode()
                    + " to the roster request at " + page.getHost());
        }
        return response;
    }

    private AccessToken token(TokenEndpoint endpoint) {
        try {
            return tokens.token(endpoint, Set.of(SCOPE));
        } catch (TokenRequestFailedException e) {
            throw new RosterUnavailableException("the platform gave no access token (HTTP " + e.status()
                    + e.errorCode().map(code -> " " + code).orElse("")
                    + "): check that the tool may use the roster service (" + SCOPE + ")");
        }
    }

    private HttpResponse<String> send(URI page, AccessToken token) {
        HttpRequest request = HttpRequest.newBuilder(page).timeout(TIMEOUT)
                .header("Accept", MembershipContainer.MEDIA_TYPE)
                .header("Authorization", token.authorization()).GET().build();
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
