package org.airshed.scenarios.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A script the page could not run as written is refused with the resource's name: a browser
 * hashes a script's text as it parsed it, with every CR and CRLF made LF and NUL made U+FFFD, so
 * the policy's digest of the bytes would not match it and the browser would block the script.
 */
class PageScriptTest {
    @Test
    void aCarriageReturnIsRefusedForTheBrowserWouldHashAnotherText() {
        byte[] crlf = "var a = 1;\r\nvar b = 2;\n".getBytes(StandardCharsets.UTF_8);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> PageScript.of("/x/a.js", crlf));
        assertEquals("/x/a.js: byte 10 is a carriage return, which a browser reads as a line feed:"
                + " the page's policy would block the script", e.getMessage());
    }

    @Test
    void aNulIsRefusedForTheBrowserWouldHashAnotherText() {
        byte[] nul = "var a = '\u0000';\n".getBytes(StandardCharsets.UTF_8);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> PageScript.of("/x/a.js", nul));
        assertEquals("/x/a.js: byte 9 is NUL, which a browser reads as U+FFFD: the page's policy would block"
                + " the script", e.getMessage());
    }

    @Test
    void aCarriageReturnInTheCutCommentIsNoMatter() {
        byte[] text = "var a = 1;\n//# sourceMappingURL=a.js.map\r\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(11, PageScript.of("/x/a.js", text).length());
    }

    @Test
    void aScriptThatIsNotUtf8IsRefusedNamingItAndTheByte() {
        byte[] latin1 = "var s = 'caf\u00e9';\n".getBytes(StandardCharsets.ISO_8859_1);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> PageScript.of("/x/a.js", latin1));
        assertEquals("/x/a.js: byte 12 (0xe9) is not UTF-8", e.getMessage());
    }
}
