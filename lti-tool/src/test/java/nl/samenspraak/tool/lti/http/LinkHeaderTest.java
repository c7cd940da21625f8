package nl.samenspraak.tool.lti.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LinkHeaderTest {

    private static Optional<URI> next(String... values) {
        return LinkHeader.parse(List.of(values)).next();
    }

    @Test
    void moodleWritesTheAddressWithoutBracketsAndTheRelationWithoutQuotes() {
        assertEquals(Optional.of(URI.create("http://127.0.0.1:8081/mod/lti/services.php/2/bindings/1/memberships?limit=50&from=50")),
                next("http://127.0.0.1:8081/mod/lti/services.php/2/bindings/1/memberships?limit=50&from=50;rel=next"));
    }

    @Test
    void canvasSendsFourLinksOfWhichNextCounts() {
        String header = "<https://canvas.example/api/lti/courses/1/names_and_roles?page=1&per_page=10>; rel=\"current\","
                + "<https://canvas.example/api/lti/courses/1/names_and_roles?page=2&per_page=10>; rel=\"next\","
                + "<https://canvas.example/api/lti/courses/1/names_and_roles?page=1&per_page=10>; rel=\"first\","
                + "<https://canvas.example/api/lti/courses/1/names_and_roles?page=3&per_page=10>; rel=\"last\"";

        assertEquals(Optional.of(URI.create("https://canvas.example/api/lti/courses/1/names_and_roles?page=2&per_page=10")),
                next(header));
    }

    @Test
    void curlyQuotesUpperCaseRelationsAndSeveralHeadersAreRead() {
        assertEquals(Optional.of(URI.create("https://lms.example/Members?Page=2")),
                next("<https://lms.example/Members?Page=1>; rel=\u201Cfirst\u201D",
                        "<https://lms.example/Members?Page=2>; REL=\u201CNext\u201D"));
    }

    @Test
    void curlyQuotesReadAsIso88591AreStillQuotes() {
        String garbled = new String("<https://lms.example/m?page=2>; rel=\u201Cnext\u201D".getBytes(
                java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.StandardCharsets.ISO_8859_1);

        assertEquals(Optional.of(URI.create("https://lms.example/m?page=2")), next(garbled));
        assertEquals(Optional.of(URI.create("https://lms.example/m?page=3")), next("<https://lms.example/m?page=3>; rel=?next?"));
    }

    @Test
    void theAddressKeepsItsCaseAndSeveralRelationsInOneValueCount() {
        assertEquals(Optional.of(URI.create("https://lms.example/NRPS/Page/2?rlid=ABC")),
                next("<https://lms.example/NRPS/Page/2?rlid=ABC>; rel=\"next last\""));
    }

    @Test
    void withoutANextLinkOrWithGarbageThereIsNoNextPage() {
        assertEquals(Optional.empty(), next("<https://lms.example/m?page=1>; rel=\"first\""));
        assertEquals(Optional.empty(), next("not a link at all"));
        assertEquals(Optional.empty(), next("</relative?page=2>; rel=next"));
        assertEquals(Optional.empty(), LinkHeader.parse(List.of()).next());
    }
}
