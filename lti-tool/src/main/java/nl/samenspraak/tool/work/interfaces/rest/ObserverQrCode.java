package nl.samenspraak.tool.work.interfaces.rest;

import io.nayuki.qrcodegen.QrCode;

/**
 * A QR code as the page draws it in an inline SVG: the side in modules (with the quiet zone of four the
 * standard asks) and one path of the dark modules. Made on the server with Nayuki's QR code generator, so
 * the page loads no library and no image from elsewhere.
 */
public record ObserverQrCode(int size, String path) {

    private static final int QUIET_ZONE = 4;

    /** The code of a text; medium error correction keeps a long link readable by a phone's camera. */
    public static ObserverQrCode of(String text) {
        QrCode code = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < code.size; y++) {
            for (int x = 0; x < code.size; x++) {
                if (code.getModule(x, y)) {
                    path.append('M').append(x + QUIET_ZONE).append(',').append(y + QUIET_ZONE).append("h1v1h-1z");
                }
            }
        }
        return new ObserverQrCode(code.size + 2 * QUIET_ZONE, path.toString());
    }
}
