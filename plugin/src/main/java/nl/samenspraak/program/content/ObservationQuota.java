package nl.samenspraak.program.content;

/** How many observations each partner gives and receives in a peer-coaching assignment. */
public record ObservationQuota(int give, int receive) {

    public ObservationQuota {
        if (give < 1 || receive < 1) {
            throw new IllegalArgumentException("give and receive must be >= 1, were " + give + " and " + receive);
        }
    }
}
