package org.airshed.core.util;

/** A constant known in files by a fixed name ({@code cost}, {@code grandfathering}, {@code lex}). */
public interface Keyed {
    /** The name used in scenario and result files. */
    String key();
}
