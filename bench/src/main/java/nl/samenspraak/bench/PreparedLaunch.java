package nl.samenspraak.bench;

/** A launch ready to be posted: the login done in its browser, the platform's id_token for it signed. */
record PreparedLaunch(String idToken, String state) {
}
