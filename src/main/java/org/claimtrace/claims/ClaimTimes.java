package org.claimtrace.claims;

import org.claimtrace.model.Claim;
import org.claimtrace.model.DocumentDate;
import org.claimtrace.model.EntityType;
import org.claimtrace.model.TimeExpression;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The time a claim refers to: a time expression inside its content ("will visit Moscow next week" gives that week),
 * else the report's date.
 * <ul>
 *   <li>Only expressions wholly inside the content's character range count, and only with a value.</li>
 *   <li>A point or period in the calendar (a DATE or TIME whose value starts with a year, a decade or a century:
 *       "2025-W42", "2025-10-15", "2024-Q3", "FY2025", "199X") is the claim's time, with source "expression"; when
 *       there are several, the first one in the text.</li>
 *   <li>Durations ("for two years"), sets ("every week") and vague references ("now", "recently", PRESENT_REF)
 *       say how long or how often, or only that it is the present or the past: they do not place the content, so the
 *       report's date is used instead, with source "document".</li>
 *   <li>Without a report date, an expression of any other kind is used ("expression"); with neither, the time is
 *       null with source "none".</li>
 * </ul>
 * Stateless.
 */
public final class ClaimTimes {
    /** Source values of {@link Claim.ClaimTime#source()}, as in the JSON schema. */
    public static final String EXPRESSION = "expression";
    public static final String DOCUMENT = "document";
    public static final String NONE = "none";

    private static final Pattern CALENDAR = Pattern.compile("(FY)?\\d{2}[\\dX]{0,2}([-T].*)?");

    private ClaimTimes() {
    }

    /**
     * The time of a claim whose content covers the characters {@code [contentBegin, contentEnd)} of the document.
     *
     * @param timeExpressions the document's time expressions (any order)
     * @param date            the document's date
     */
    public static Claim.ClaimTime of(int contentBegin, int contentEnd, List<TimeExpression> timeExpressions,
                                     DocumentDate date) {
        TimeExpression point = null;
        TimeExpression other = null;
        for (TimeExpression t : timeExpressions) {
            if (t.begin() < contentBegin || t.end() > contentEnd || t.value() == null) {
                continue;
            }
            if (isCalendarPoint(t)) {
                if (point == null || t.begin() < point.begin()) {
                    point = t;
                }
            } else if (other == null || t.begin() < other.begin()) {
                other = t;
            }
        }
        if (point != null) {
            return new Claim.ClaimTime(point.value(), point.entity(), EXPRESSION);
        }
        if (date != null && date.value() != null) {
            return new Claim.ClaimTime(date.value().toString(), null, DOCUMENT);
        }
        if (other != null) {
            return new Claim.ClaimTime(other.value(), other.entity(), EXPRESSION);
        }
        return new Claim.ClaimTime(null, null, NONE);
    }

    /** A DATE or TIME whose value places it in the calendar ("2025-10-15", "2025-W42", "FY2025", "19XX"). */
    static boolean isCalendarPoint(TimeExpression t) {
        return (t.type() == EntityType.DATE || t.type() == EntityType.TIME) && CALENDAR.matcher(t.value()).matches();
    }
}
