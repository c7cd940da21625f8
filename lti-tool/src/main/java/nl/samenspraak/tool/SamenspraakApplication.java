package nl.samenspraak.tool;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API lives under {@code /api}; every resource class in the war is part of it. */
@ApplicationPath("/api")
public class SamenspraakApplication extends Application {
}
