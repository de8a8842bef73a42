package org.claimtrace.tools.eval;

import org.claimtrace.tools.Prf;
import java.util.Locale;

/**
 * Time-expression scores following the TempEval-3 definitions (UzZaman et al., SemEval-2013),
 * as computed by the official {@code evaluate_entities.py}:
 * <ul>
 *   <li>{@code strict}: matches with identical offsets; {@code relaxed}: matches sharing at least one code point.
 *       P = matches / system, R = matches / gold, F1 = 2PR/(P+R).</li>
 *   <li>attribute accuracy = relaxed matches whose attribute is equal / relaxed matches
 *       ({@link #typeAccuracy()}, {@link #valueAccuracy()}).</li>
 *   <li>attribute F1 = attribute accuracy &times; relaxed F1 ({@link #typeF1()}, {@link #valueF1()});
 *       likewise attribute P = accuracy &times; relaxed P and attribute R = accuracy &times; relaxed R.
 *       "Value F1" is TempEval-3's headline timex score.</li>
 * </ul>
 *
 * @param strict       counts under strict (exact-offset) matching
 * @param relaxed      counts under relaxed (overlap) matching
 * @param typeCorrect  relaxed matches whose TIMEX3 type is equal
 * @param valueCorrect relaxed matches whose TIMEX3 value is equal (exact string comparison)
 */
public record TimexResult(Prf strict, Prf relaxed, int typeCorrect, int valueCorrect) {

    /** typeCorrect / relaxed matches (0 if none). */
    public double typeAccuracy() {
        return relaxed.tp() == 0 ? 0.0 : (double) typeCorrect / relaxed.tp();
    }

    /** valueCorrect / relaxed matches (0 if none). */
    public double valueAccuracy() {
        return relaxed.tp() == 0 ? 0.0 : (double) valueCorrect / relaxed.tp();
    }

    /** TempEval-3 type F1 = type accuracy &times; relaxed F1. */
    public double typeF1() {
        return typeAccuracy() * relaxed.f1();
    }

    /** TempEval-3 value F1 = value accuracy &times; relaxed F1. */
    public double valueF1() {
        return valueAccuracy() * relaxed.f1();
    }

    /** TempEval-3 value precision = value accuracy &times; relaxed precision. */
    public double valuePrecision() {
        return valueAccuracy() * relaxed.precision();
    }

    /** TempEval-3 value recall = value accuracy &times; relaxed recall. */
    public double valueRecall() {
        return valueAccuracy() * relaxed.recall();
    }

    /** Two Markdown tables: span matching, then attributes. */
    public String toMarkdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("| Match | TP | FP | FN | P | R | F1 |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|\n");
        NerResult.row(sb, "strict", strict);
        NerResult.row(sb, "relaxed", relaxed);
        sb.append('\n');
        sb.append("| Attribute | correct / relaxed matches | accuracy | F1 (TE3) |\n");
        sb.append("|---|---:|---:|---:|\n");
        sb.append(String.format(Locale.ROOT, "| type | %d / %d | %.3f | %.3f |%n",
                typeCorrect, relaxed.tp(), typeAccuracy(), typeF1()));
        sb.append(String.format(Locale.ROOT, "| value | %d / %d | %.3f | %.3f |%n",
                valueCorrect, relaxed.tp(), valueAccuracy(), valueF1()));
        return sb.toString();
    }
}
