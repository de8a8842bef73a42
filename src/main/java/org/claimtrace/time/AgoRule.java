package org.claimtrace.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "N units ago" and "N units earlier" measured from the document date name a point at the granularity of the
 * unit: "two years ago" is a year ("2006"), "three months ago" a month, "two quarters ago" a quarter; SUTime
 * writes them as days. Weeks keep SUTime's day (annotations write "a week ago" as a day as often as a week). In a sentence about a quarter ({@link ReportingQuarter}), "a year ago" and "a year earlier" are
 * that quarter one year before ("third-quarter profit rose from a year earlier" → last year's third quarter).
 * Approximations ("nearly", "about", "more than") keep the point; vague amounts ("a few", "several") and units
 * of a day or less are left as they are.
 */
public final class AgoRule implements ValueRule {
    private static final Set<String> BACK = Set.of("ago", "earlier");
    private static final Set<String> HEDGES = Set.of("nearly", "almost", "about", "around", "some", "roughly",
            "just", "only", "over", "more", "than", "less", "approximately", "barely", "fully");

    @Override
    public Timex apply(Context c, Timex t) {
        if (c.anchor() == null || t.type() == TimexType.SET) {
            return t;
        }
        List<String> w = new ArrayList<>(List.of(c.text(t).split(" ")));
        if (w.size() < 3 || !BACK.contains(w.get(w.size() - 1))) {
            return t;
        }
        String unitWord = w.get(w.size() - 2);
        List<String> amountWords = new ArrayList<>(w.subList(0, w.size() - 2));
        while (!amountWords.isEmpty() && HEDGES.contains(amountWords.get(0))) {
            amountWords.remove(0);
        }
        if (amountWords.size() != 1) {
            return t;
        }
        Double amount = Lexicon.number(amountWords.get(0));
        if (amount == null || amount != Math.floor(amount) || amount < 1) {
            return t;
        }
        int n = amount.intValue();
        String singular = unitWord.endsWith("s") ? unitWord.substring(0, unitWord.length() - 1) : unitWord;
        if (singular.equals("year") && n == 1) {
            ReportingQuarter.Quarter q = ReportingQuarter.of(c);
            if (q != null) {
                return t.withValue(TimexType.DATE, q.yearBefore().value());
            }
        }
        LocalDate a = c.anchor();
        String value = switch (singular) {
            case "month" -> a.minusMonths(n).toString().substring(0, 7);
            case "quarter" -> {
                LocalDate d = a.minusMonths(3L * n);
                yield CalendarMath.quarter(d.getYear(), CalendarMath.quarterOf(d));
            }
            case "year" -> CalendarMath.year(a.getYear() - n);
            default -> null;
        };
        return value == null ? t : t.withValue(TimexType.DATE, value);
    }
}
