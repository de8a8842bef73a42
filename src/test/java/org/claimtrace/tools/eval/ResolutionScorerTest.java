package org.claimtrace.tools.eval;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The resolution scorer and the MEANTIME mention typing, on invented mentions. */
class ResolutionScorerTest {

    @Test
    void untypedMentionsAreTypedFromTheirWords() {
        assertEquals("PRO", MeantimeMentions.kindOf(null, "its"));
        assertEquals("PRO", MeantimeMentions.kindOf("", "which had just exited bankruptcy"));
        assertEquals("NAM", MeantimeMentions.kindOf("", "General Motors"));
        assertEquals("NOM", MeantimeMentions.kindOf("", "the company 's"));
        assertEquals("NOM", MeantimeMentions.kindOf("", "the firm 's chief executive officer"));
        assertEquals("APP", MeantimeMentions.kindOf("", "the auto maker , General Motors"));
        assertEquals("OTHER", MeantimeMentions.kindOf("", "both"));
        // the annotated type wins
        assertEquals("NOM", MeantimeMentions.kindOf("PRE.NOM", "Apple"));
        assertEquals("APP", MeantimeMentions.kindOf("APP", "Apple CEO Steve Jobs"));
    }

    @Test
    void theHeadIsTheLastWordBeforeAPrepositionOrComma() {
        assertEquals(new ResolutionGold.Span(14, 23), MeantimeMentions.head("the president of Acme", 10));
        assertEquals(new ResolutionGold.Span(4, 11), MeantimeMentions.head("the company 's", 0));
    }

    @Test
    void predictedNamesStandForTheGoldNameThatEndsWhereTheyEnd() {
        List<ResolutionLinks.Named> predicted = List.of(new ResolutionLinks.Named(0, 6, "airbus"),
                new ResolutionLinks.Named(20, 24, "eads"), new ResolutionLinks.Named(40, 45, "other"));
        assertEquals(Set.of("eads"), ResolutionLinks.clustersFor(predicted, new ResolutionGold.Span(0, 24)));
        assertEquals(Set.of("airbus"), ResolutionLinks.clustersFor(predicted, new ResolutionGold.Span(0, 10)));
        assertEquals(Set.of("other"), ResolutionLinks.clustersFor(predicted, new ResolutionGold.Span(42, 50)));
    }

    @Test
    void countsCorrectWrongUnlinkedAndMissingNames() {
        GoldDocument doc = new GoldDocument("d", "x".repeat(100), LocalDate.of(2020, 1, 1), List.of(), List.of());
        ResolutionGold.Span name = new ResolutionGold.Span(0, 5);
        ResolutionGold.Span noName = new ResolutionGold.Span(90, 95);
        List<ResolutionGold.Mention> ms = List.of(
                mention(10, ResolutionGold.Kind.PRONOUN, name),
                mention(20, ResolutionGold.Kind.PRONOUN, name),
                mention(30, ResolutionGold.Kind.NOMINAL, name),
                mention(40, ResolutionGold.Kind.NOMINAL, noName));
        Map<Integer, String> links = Map.of(10, "a", 20, "b", 40, "a");
        ResolutionScorer scorer = new ResolutionScorer();
        scorer.add(new ResolutionGold(doc, ms), new ResolutionLinks() {
            @Override
            public String linkOf(ResolutionGold.Mention m) {
                return links.get(m.span().begin());
            }

            @Override
            public Set<String> clustersNamed(ResolutionGold.Span s) {
                return s.equals(name) ? Set.of("a") : Set.of();
            }
        });
        assertEquals(2, scorer.counts(ResolutionGold.Kind.PRONOUN).total());
        assertEquals(1, scorer.counts(ResolutionGold.Kind.PRONOUN).correct());
        assertEquals(0, scorer.counts(ResolutionGold.Kind.NOMINAL).correct());
        assertEquals(50.0, scorer.counts(ResolutionGold.Kind.PRONOUN).accuracy(), 1e-9);
        String table = scorer.toMarkdown();
        assertEquals(true, table.contains("| pronoun | 2 | 1 | 50.0 | 1 | 0 | 0 |"), table);
        assertEquals(true, table.contains("| nominal | 2 | 0 | 0.0 | 0 | 1 | 1 |"), table);
    }

    private static ResolutionGold.Mention mention(int begin, ResolutionGold.Kind kind, ResolutionGold.Span name) {
        return new ResolutionGold.Mention(new ResolutionGold.Span(begin, begin + 3),
                new ResolutionGold.Span(begin, begin + 3), kind, "ORGANIZATION", "its", List.of(name));
    }
}
