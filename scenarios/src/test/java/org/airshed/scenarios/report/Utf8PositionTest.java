package org.airshed.scenarios.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The first byte that is not UTF-8, found block by block, against the plain answer: Java's decoder
 * over the whole array at once, the line and place counted from the array.
 */
class Utf8PositionTest {
    @Test
    void aLatinOneLetterIsFoundAtItsLineAndByte() throws IOException {
        byte[] bytes = "region,name\nSH,Sh\u00e4nghai\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(Optional.of(new Utf8Position(2, 6, 0xe4)), Utf8Position.first(new ByteArrayInputStream(bytes)));
    }

    @Test
    void utf8TextHasNoSuchByte() throws IOException {
        byte[] bytes = "区域,名称\nSH,上海 😀\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(Optional.empty(), Utf8Position.first(new ByteArrayInputStream(bytes), 4));
    }

    @Test
    void blockByBlockAgreesWithTheWholeArrayOnSeededInstances() throws IOException {
        SplittableRandom random = new SplittableRandom(20261206);
        String[] pieces = {"a", ",", "\n", "\u00e4", "\u4e0a", "\ud83d\ude00", "1.5E9"};
        for (int instance = 0; instance < 2000; instance++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(200);
            for (int i = 0; i < length; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            if (bytes.length > 0 && random.nextInt(4) > 0) {
                // A byte overwritten by anything: often no longer UTF-8 (a lone continuation, a cut sequence, 0xff).
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
            if (bytes.length > 0 && random.nextInt(8) == 0) {
                bytes = java.util.Arrays.copyOf(bytes, bytes.length - 1); // perhaps cut inside a sequence
            }
            int block = 4 + random.nextInt(12);
            assertEquals(reference(bytes), Utf8Position.first(new ByteArrayInputStream(bytes), block),
                    "instance " + instance + ", block " + block);
        }
    }

    /** Java's decoder over the whole array; the line and place of where it stopped, counted plainly. */
    private static Optional<Utf8Position> reference(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CoderResult result = decoder.decode(in, CharBuffer.allocate(bytes.length + 1), true);
        if (!result.isError()) {
            return Optional.empty();
        }
        int at = in.position();
        long line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return Optional.of(new Utf8Position(line, at - lineStart + 1, bytes[at] & 0xFF));
    }
}
