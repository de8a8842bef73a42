package org.claimtrace.stages;

import java.util.regex.Pattern;

/**
 * Tokens with digits that cannot begin a time expression on their own: amounts with a decimal point or a
 * thousands separator ("3.5", "1,200"), numbers of three digits or of five to seven ("747", "35000"), and codes
 * of letters and digits ("A380", "G8", "5million"). A time word beside such a token still opens a window
 * around it, so "1,000 years" and "747 flights last week" are read as before.
 */
final class NumberTokens {
    private static final Pattern AMOUNT = Pattern.compile("\\d+(?:[.,]\\d+)+");
    private static final Pattern COUNT = Pattern.compile("\\d{3}|\\d{5,7}|\\d{9,}");
    private static final Pattern CODE = Pattern.compile("\\p{L}+\\d.*|\\d+\\p{L}{3,}");
    /** Letters and digits that can be a time: ordinals, decades, clock times, quarters and fiscal years. */
    private static final Pattern TIME_LIKE = Pattern.compile(
            "(?i)\\d+(?:st|nd|rd|th|s|'s|am|pm|a\\.m\\.|p\\.m\\.|h|hrs|gmt|utc|bc|ad|bce|ce)|[qh][1-4]|fy\\d+");

    private NumberTokens() {
    }

    /** True for a token with a digit that no time expression can start from (see the class comment). */
    static boolean cannotBeATime(String token) {
        if (token.indexOf('-') >= 0 || token.indexOf('/') >= 0 || token.indexOf(':') >= 0) {
            return false; // "30-to-60-day", "9/11", "10:30"
        }
        if (TIME_LIKE.matcher(token).matches()) {
            return false;
        }
        return AMOUNT.matcher(token).matches() || COUNT.matcher(token).matches() || CODE.matcher(token).matches();
    }
}
