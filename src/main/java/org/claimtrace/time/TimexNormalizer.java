package org.claimtrace.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Post-corrects the time expressions SUTime found in one sentence: drops false positives
 * ({@link FalsePositiveFilter}, {@link AgeFilter}, {@link FrequencyAdjectiveFilter}, {@link PastAdverbFilter},
 * {@link AcronymFilter}), splits ranges ({@link RangeSplitter}) and joined expressions
 * ({@link CompositeSplitter}), adds or widens the phrases of {@link PhraseDetector}, then corrects values with
 * the {@link ValueRule}s, in order. Stateless and thread-safe.
 */
public final class TimexNormalizer {
    private static final List<ValueRule> RULES = List.of(
            new ZoneRule(), new HoursRule(), new DecadeRule(), new RelativeUnitRule(), new AgoRule(),
            new VagueReferenceRule(), new PeriodEndedRule(), new WeekdayRule(), new MonthRule());

    /** The corrected expressions of the sentence, ordered by position, not overlapping. */
    public List<Timex> normalize(Context c, List<Timex> found) {
        List<Timex> list = new ArrayList<>();
        for (Timex t : found) {
            if (!FalsePositiveFilter.reject(c, t) && !AgeFilter.reject(c, t) && !FrequencyAdjectiveFilter.reject(c, t)
                    && !PastAdverbFilter.reject(c, t) && !AcronymFilter.reject(c, t)) {
                for (Timex part : RangeSplitter.split(c, t)) {
                    list.addAll(CompositeSplitter.split(c, part));
                }
            }
        }
        for (Timex d : PhraseDetector.find(c)) {
            List<Timex> overlapping = list.stream().filter(d::overlaps).toList();
            boolean covers = overlapping.stream()
                    .allMatch(t -> t.value() == null || (d.first() <= t.first() && t.end() <= d.end()));
            if (covers) {
                list.removeAll(overlapping);
                list.add(d);
            }
        }
        List<Timex> out = new ArrayList<>();
        for (Timex t : list) {
            for (ValueRule rule : RULES) {
                t = rule.apply(c, t);
            }
            out.add(t);
        }
        out.sort(Comparator.comparingInt(Timex::first));
        return out;
    }
}
