package nl.samenspraak.tool.lti.registration;

/** The platform is registered already with this issuer and client_id. */
public class DuplicateRegistrationException extends RuntimeException {

    private final String issuer;
    private final String clientId;

    public DuplicateRegistrationException(String issuer, String clientId) {
        super("A platform with issuer " + issuer + " and client_id " + clientId + " is registered already.");
        this.issuer = issuer;
        this.clientId = clientId;
    }

    public String issuer() {
        return issuer;
    }

    public String clientId() {
        return clientId;
    }
}
