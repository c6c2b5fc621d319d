package org.airshed.core.io;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Says in a few words why a file could not be read; no exception class names, no stack. */
public final class IoErrors {
    private IoErrors() {
    }

    public static String describe(IOException e) {
        if (e instanceof NoSuchFileException || e instanceof NotDirectoryException) {
            return "file not found";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof CharacterCodingException) {
            return "not UTF-8 text";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return "cannot be read: " + f.getReason();
        }
        return "cannot be read: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    /** Commons CSV reports malformed quoting as an IOException; its text names the parser's internals. */
    static String describeCsv(IOException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("EOF reached before encapsulated token finished")) {
            return "a quoted cell is not closed: the file ends inside quotes";
        }
        if (message.contains("between encapsulated token and delimiter")) {
            return "text after a closing quote (write a quote inside a quoted cell as two quotes)";
        }
        if (e.getCause() instanceof IOException cause) {
            return describe(cause);
        }
        return describe(e);
    }
}
