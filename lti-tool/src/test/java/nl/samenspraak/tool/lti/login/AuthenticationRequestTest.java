package nl.samenspraak.tool.lti.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuthenticationRequestTest {

    private final AuthenticationRequest request = new AuthenticationRequest(URI.create("https://lms.school.example/auth"),
            "client 1", URI.create("https://tool.example/lti/launch"), "user&1", Optional.of("link=7"),
            "state-1", "nonce-1");

    @Test
    void theRequestAsksForAnIdTokenPostedBackWithoutPrompting() {
        String uri = request.toURI().toString();

        assertTrue(uri.startsWith("https://lms.school.example/auth?scope=openid&response_type=id_token"
                + "&response_mode=form_post&prompt=none&client_id=client+1"
                + "&redirect_uri=https%3A%2F%2Ftool.example%2Flti%2Flaunch&login_hint=user%261"
                + "&lti_message_hint=link%3D7&state=state-1&nonce=nonce-1"), uri);
    }

    @Test
    void aRequestReadBackIsTheSameRequest() {
        assertEquals(request, AuthenticationRequest.parse(request.toURI()));
    }

    @Test
    void withoutMessageHintThereIsNoSuchParameter() {
        AuthenticationRequest plain = new AuthenticationRequest(request.authorizationUrl(), "c", request.redirectUri(),
                "u", Optional.empty(), "s", "n");

        assertFalse(plain.toURI().toString().contains("lti_message_hint"));
        assertEquals(plain, AuthenticationRequest.parse(plain.toURI()));
    }

    @Test
    void theAuthorizationUrlKeepsItsOwnQuery() {
        AuthenticationRequest tenant = new AuthenticationRequest(URI.create("https://lms.example/auth?tenant=school-7"),
                "c", request.redirectUri(), "u", Optional.empty(), "s", "n");

        URI uri = tenant.toURI();

        assertTrue(uri.toString().startsWith("https://lms.example/auth?tenant=school-7&scope=openid&"), uri.toString());
        assertEquals(tenant, AuthenticationRequest.parse(uri));
    }

    @Test
    void aRequestForSomethingElseThanAnIdTokenIsNotRead() {
        assertThrows(IllegalArgumentException.class, () -> AuthenticationRequest.parse(
                URI.create("https://lms.example/auth?scope=openid&response_type=code&client_id=c")));
        assertThrows(IllegalArgumentException.class, () -> AuthenticationRequest.parse(URI.create(
                "https://lms.example/auth?scope=openid&response_type=id_token&client_id=c&redirect_uri=x&login_hint=u"
                        + "&state=s")), "no nonce");
    }

    @Test
    void stateAndNonceStayOutOfItsStringForm() {
        assertFalse(request.toString().contains("state-1") || request.toString().contains("nonce-1"));
    }
}
