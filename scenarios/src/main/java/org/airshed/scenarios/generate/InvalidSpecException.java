package org.airshed.scenarios.generate;

/** A generator knob out of range; {@code option} is the command-line name without dashes. */
public final class InvalidSpecException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String option;
    private final String value;
    private final String reason;

    public InvalidSpecException(String option, String value, String reason) {
        super(option + " = " + value + ": " + reason);
        this.option = option;
        this.value = value;
        this.reason = reason;
    }

    public String option() {
        return option;
    }

    public String value() {
        return value;
    }

    /** The message in command-line terms: {@code --sources 0: must be …}. */
    public String commandLineMessage() {
        return "--" + option + " " + value + ": " + reason;
    }
}
