package nl.samenspraak.tool.lti.registration.dynamic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ToolRegistrationResponseTest {

    private static final String TOOL = "\"https://purl.imsglobal.org/spec/lti-tool-configuration\"";

    @Test
    void moodleAnswersWithClientAndDeployment() {
        ToolRegistrationResponse response = ToolRegistrationResponse.parse("{\"client_id\": \"Hx3kPz9qL2\","
                + " \"application_type\": [\"web\"], " + TOOL + ": {\"deployment_id\": \"12\","
                + " \"domain\": \"samenspraak.school.nl\"}}");

        assertEquals("Hx3kPz9qL2", response.clientId());
        assertEquals(Optional.of("12"), response.deploymentId());
    }

    @Test
    void canvasAnswersWithoutDeployment() {
        ToolRegistrationResponse response = ToolRegistrationResponse.parse("{\"client_id\": \"10000000000042\", "
                + TOOL + ": {\"domain\": \"samenspraak.school.nl\"}}");

        assertEquals("10000000000042", response.clientId());
        assertEquals(Optional.empty(), response.deploymentId());
    }

    @Test
    void numbersAreReadAsIds() {
        ToolRegistrationResponse response = ToolRegistrationResponse.parse("{\"client_id\": 42, " + TOOL
                + ": {\"deployment_id\": 7}}");

        assertEquals("42", response.clientId());
        assertEquals(Optional.of("7"), response.deploymentId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"client_id\": \"\"}", "{\"client_id\": null}", "{\"client_id\": [\"x\"]}"})
    void withoutClientIdTheAnswerIsRefused(String body) {
        RegistrationRejectedException refused = assertThrows(RegistrationRejectedException.class,
                () -> ToolRegistrationResponse.parse(body));

        assertEquals(RegistrationError.RESPONSE_INVALID, refused.error());
        assertEquals(List.of("client_id is missing"), refused.arguments());
    }

    @Test
    void aBlankDeploymentIdCountsAsNone() {
        assertEquals(Optional.empty(), ToolRegistrationResponse.parse("{\"client_id\": \"a\", " + TOOL
                + ": {\"deployment_id\": \" \"}}").deploymentId());
    }

    @Test
    void idsLongerThanTheStoreTakesAreRefused() {
        String tooLong = "d".repeat(256);

        RegistrationRejectedException refused = assertThrows(RegistrationRejectedException.class,
                () -> ToolRegistrationResponse.parse("{\"client_id\": \"a\", " + TOOL + ": {\"deployment_id\": \""
                        + tooLong + "\"}}"));

        assertEquals(List.of("deployment_id is longer than 255 characters"), refused.arguments());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Registered!", "[\"client_id\"]"})
    void somethingElseThanAJsonObjectIsRefused(String body) {
        RegistrationRejectedException refused = assertThrows(RegistrationRejectedException.class,
                () -> ToolRegistrationResponse.parse(body));

        assertEquals(List.of("it is not a JSON object"), refused.arguments());
    }
}
