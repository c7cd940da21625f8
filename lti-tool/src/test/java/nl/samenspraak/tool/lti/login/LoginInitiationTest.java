package nl.samenspraak.tool.lti.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginInitiationTest {

    private final Map<String, List<String>> parameters = new HashMap<>(Map.of(
            "iss", List.of("https://lms.school.example"), "login_hint", List.of("user-1"),
            "target_link_uri", List.of("https://tool.example/app/")));

    @Test
    void theRequiredParametersAreEnough() {
        LoginInitiation login = LoginInitiation.parse(parameters);

        assertEquals("https://lms.school.example", login.issuer());
        assertEquals("user-1", login.loginHint());
        assertEquals(URI.create("https://tool.example/app/"), login.targetLinkUri());
        assertEquals(Optional.empty(), login.clientId());
        assertEquals(Optional.empty(), login.deploymentId());
        assertEquals(Optional.empty(), login.ltiMessageHint());
        assertEquals(Optional.empty(), login.storageTarget());
    }

    @Test
    void theOptionalParametersAreReadWhenSent() {
        parameters.putAll(Map.of("client_id", List.of("client-1"), "lti_deployment_id", List.of("d-1"),
                "lti_message_hint", List.of("hint"), "lti_storage_target", List.of("_parent")));

        LoginInitiation login = LoginInitiation.parse(parameters);

        assertEquals(Optional.of("client-1"), login.clientId());
        assertEquals(Optional.of("d-1"), login.deploymentId());
        assertEquals(Optional.of("hint"), login.ltiMessageHint());
        assertEquals(Optional.of("_parent"), login.storageTarget());
    }

    @Test
    void eachRequiredParameterIsNamedWhenMissingOrBlank() {
        for (String name : List.of("iss", "login_hint", "target_link_uri")) {
            Map<String, List<String>> missing = new HashMap<>(parameters);
            missing.remove(name);
            Map<String, List<String>> blank = new HashMap<>(parameters);
            blank.put(name, List.of(" "));

            for (Map<String, List<String>> wrong : List.of(missing, blank)) {
                LoginRejectedException refused = assertThrows(LoginRejectedException.class,
                        () -> LoginInitiation.parse(wrong));
                assertEquals(LoginError.MISSING_PARAMETER, refused.error());
                assertEquals(List.of(name), refused.arguments());
            }
        }
    }

    @Test
    void theFirstNonBlankValueCountsAndIsStripped() {
        parameters.put("client_id", List.of("", " client-2 ", "client-3"));

        assertEquals(Optional.of("client-2"), LoginInitiation.parse(parameters).clientId());
    }

    @Test
    void aTargetThatIsNoAddressIsRefused() {
        parameters.put("target_link_uri", List.of("http://tool example/app"));

        LoginRejectedException refused = assertThrows(LoginRejectedException.class,
                () -> LoginInitiation.parse(parameters));

        assertEquals(LoginError.FOREIGN_TARGET_LINK, refused.error());
    }
}
