package org.airshed.scenarios.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process and captures what it prints. */
final class Cli {
    private Cli() {
    }

    record Result(int exitCode, String out, String err) {
        /** No Java stack trace anywhere in what the user sees. */
        boolean hasStackTrace() {
            String all = out + err;
            return all.contains("\tat ") || (all.contains("Exception:") && !all.contains("internal error"));
        }
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AirshedCommand.newCommandLine(args).setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true)).execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
