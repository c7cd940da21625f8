package nl.samenspraak.tool.lti.registration.dynamic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegistrableDomainTest {

    @ParameterizedTest
    @CsvSource({
            "school.instructure.com, instructure.com",
            "canvas.instructure.com, instructure.com",
            "moodle.school.nl, school.nl",
            "school.nl, school.nl",
            "Moodle.School.NL., school.nl",
            "moodle.school.co.uk, school.co.uk",
            "lms.school.ac.nz, school.ac.nz",
            "elo.school.com.au, school.com.au",
            "lms.school.de, school.de",
            "127.0.0.1, 127.0.0.1",
            "localhost, localhost",
            "[::1], [::1]"})
    void theRegistrableDomainOfAHost(String host, String domain) {
        assertEquals(domain, RegistrableDomain.of(host));
    }

    @ParameterizedTest
    @CsvSource({
            "canvas.instructure.com, school.instructure.com, true",
            "moodle.school.nl, moodle.school.nl, true",
            "moodle.school.nl, www.school.nl, true",
            "moodle.school.co.uk, lms.school.co.uk, true",
            "moodle.other.co.uk, moodle.school.co.uk, false",
            "school.co.uk, other.co.uk, false",
            "moodle.evil.example, moodle.school.nl, false",
            "127.0.0.1, 127.0.0.2, false",
            "localhost, 127.0.0.1, false"})
    void hostsOfOneFamily(String host, String other, boolean same) {
        assertEquals(same, RegistrableDomain.sameFamily(host, other));
        assertEquals(same, RegistrableDomain.sameFamily(other, host));
    }
}
