package nl.samenspraak.tool.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AppPagesFilterTest {

    @Test
    void pageAddressesUnderAppGetThePage() {
        assertTrue(AppPagesFilter.isPageAddress("GET", "/app"));
        assertTrue(AppPagesFilter.isPageAddress("GET", "/app/"));
        assertTrue(AppPagesFilter.isPageAddress("GET", "/app/progress"));
        assertTrue(AppPagesFilter.isPageAddress("GET", "/app/assignments/bedeesde-ouder-film"));
        assertTrue(AppPagesFilter.isPageAddress("HEAD", "/app/assignments/klavertje-vier"));
    }

    @Test
    void filesOtherMethodsAndOtherFoldersAreLeftAlone() {
        assertFalse(AppPagesFilter.isPageAddress("GET", "/app/index.html"));
        assertFalse(AppPagesFilter.isPageAddress("GET", "/app/assignments/film.webm"));
        assertFalse(AppPagesFilter.isPageAddress("POST", "/app/progress"));
        assertFalse(AppPagesFilter.isPageAddress("GET", "/application"));
        assertFalse(AppPagesFilter.isPageAddress("GET", "/api/progress"));
        assertFalse(AppPagesFilter.isPageAddress("GET", "/static/js/app.js"));
    }
}
