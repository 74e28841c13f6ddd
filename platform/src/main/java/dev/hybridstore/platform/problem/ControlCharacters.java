package dev.hybridstore.platform.problem;

/**
 * Text a request may not carry: NUL and the other C0 control characters except tab, LF and CR. PostgreSQL refuses NUL
 * in text and in JSON ("invalid byte sequence"), and none of them belongs in an id, a name or a search, so they are
 * refused as bad input before any query runs: in path and query parameters ({@link ControlCharacterParams}) and in
 * JSON strings ({@link ControlCharacterFields}).
 */
public final class ControlCharacters {

    public static final String MESSAGE = "must not contain control characters (U+0000 to U+001F other than tab, LF and CR)";

    private ControlCharacters() {
    }

    public static boolean in(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }
}
