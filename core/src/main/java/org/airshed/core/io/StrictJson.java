package org.airshed.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one strict JSON configuration every input file is read with (scenarios, sweeps, games,
 * ledger journals). Set explicitly rather than trusting defaults: a duplicate key, trailing text
 * or a NaN literal is a malformed file; unknown properties fail should anything ever bind to
 * classes (the tree walks check keys themselves, to report all of them); decimals are kept as
 * written (BigDecimal, trailing zeros too) so that a problem quotes 1e999 or 1.50 as the user wrote it.
 */
public final class StrictJson {
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private StrictJson() {
    }

    /** What is wrong with malformed JSON, as a scenario's problems say it: no Jackson feature or class names. */
    public static String describe(JsonProcessingException e) {
        return JsonSyntaxErrors.message(e);
    }
}
