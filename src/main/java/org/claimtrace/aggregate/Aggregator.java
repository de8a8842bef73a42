package org.claimtrace.aggregate;

import org.claimtrace.model.Claim;
import org.claimtrace.model.ClaimSubjects;
import org.claimtrace.model.DocumentResult;
import org.claimtrace.model.Entity;
import org.claimtrace.resolve.NameKey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the cross-document view of a batch: merges entities across documents ({@link EntityMerger}) and
 * files every claim under its claimant ("claims made") and under each entity it is about ({@link ClaimSubjects},
 * "claims about"), in document date order. Also lists the claim graph's edges, claimant → subject.
 */
public final class Aggregator {
    private static final Comparator<DocumentResult> BY_DATE = Comparator
            .comparing(Aggregator::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(DocumentResult::id);

    private final List<DocumentResult> docs;
    private final Aggregate aggregate;
    private final List<Edge> edges = new ArrayList<>();

    /**
     * One edge of the claim graph: a claim by {@code source} about {@code target}. The source is the claimant's
     * entity ({@code via} "claimant"), else the entity an unnamed claimant speaks for ("affiliation"); claims with
     * neither have no edge.
     */
    public record Edge(String sourceId, String sourceName, String via, String targetId, String targetName,
                       String claimType, String date, String documentId, String claimId, String cue) {
    }

    private Aggregator(List<DocumentResult> input) {
        this.docs = input.stream().sorted(BY_DATE).toList();
        this.aggregate = build();
    }

    /** Aggregates a batch, in any order. */
    public static Aggregator of(List<DocumentResult> docs) {
        return new Aggregator(docs);
    }

    public Aggregate aggregate() {
        return aggregate;
    }

    /** The claim graph's edges, in document date order. */
    public List<Edge> edges() {
        return edges;
    }

    private static LocalDate date(DocumentResult d) {
        return d.documentDate() == null ? null : d.documentDate().value();
    }

    private record Node(int doc, Entity entity) {
    }

    private Aggregate build() {
        EntityMerger merger = new EntityMerger();
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            for (Entity e : list(docs.get(i).entities())) {
                if (e.type() != null && !e.type().isTemporal()) {
                    merger.add(e);
                    nodes.add(new Node(i, e));
                }
            }
        }
        List<List<Node>> groups = new ArrayList<>();
        for (List<Integer> g : merger.groups()) {
            groups.add(g.stream().map(nodes::get).toList());
        }
        groups.sort(Comparator.comparing((List<Node> g) -> g.get(0).entity().type())
                .thenComparing(g -> canonical(g).toLowerCase(java.util.Locale.ROOT)).thenComparing(Aggregator::canonical));
        Map<String, String> globalId = new HashMap<>(); // "doc index/local id" -> "gN"
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            String id = "g" + (i + 1);
            names.put(id, canonical(groups.get(i)));
            for (Node n : groups.get(i)) {
                globalId.put(n.doc() + "/" + n.entity().id(), id);
            }
        }
        Map<String, List<Aggregate.ClaimRef>> made = new HashMap<>();
        Map<String, List<Aggregate.ClaimRef>> about = new HashMap<>();
        Map<String, List<Aggregate.ClaimRef>> onBehalf = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            DocumentResult d = docs.get(i);
            for (Claim c : list(d.claims())) {
                String who = c.claimant() == null ? null : globalId.get(i + "/" + c.claimant().entity());
                String forWhom = c.affiliation() == null ? null : globalId.get(i + "/" + c.affiliation().entity());
                Set<String> targets = new LinkedHashSet<>();
                for (String local : ClaimSubjects.about(d, c)) {
                    String g = globalId.get(i + "/" + local);
                    if (g != null) {
                        targets.add(g);
                    }
                }
                Aggregate.ClaimRef ref = new Aggregate.ClaimRef(d.id(), date(d), c.id(), c.type(),
                        c.claimant() == null ? null : c.claimant().text(), who,
                        c.affiliation() == null ? null : c.affiliation().text(), forWhom,
                        c.cue() == null ? null : c.cue().text(),
                        c.content() == null ? null : c.content().text(), List.copyOf(targets), c.form(),
                        c.modality() == null ? null : c.modality().value(),
                        c.polarity() == null ? null : c.polarity().value(), c.hedged() != null && c.hedged().value());
                if (who != null) {
                    made.computeIfAbsent(who, k -> new ArrayList<>()).add(ref);
                } else if (forWhom != null) {
                    onBehalf.computeIfAbsent(forWhom, k -> new ArrayList<>()).add(ref);
                }
                String source = who != null ? who : forWhom;
                for (String t : targets) {
                    about.computeIfAbsent(t, k -> new ArrayList<>()).add(ref);
                    if (source != null) {
                        edges.add(new Edge(source, names.get(source), who != null ? "claimant" : "affiliation", t,
                                names.get(t), c.type() == null ? null : c.type().json(),
                                date(d) == null ? null : date(d).toString(), d.id(), c.id(), ref.cue()));
                    }
                }
            }
        }
        List<Aggregate.MergedEntity> entities = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            String id = "g" + (i + 1);
            List<Node> g = groups.get(i);
            String name = names.get(id);
            Set<String> aliases = new LinkedHashSet<>();
            for (Node n : g) {
                aliases.add(n.entity().name());
                aliases.addAll(list(n.entity().aliases()));
            }
            aliases.remove(name);
            Set<String> roles = new LinkedHashSet<>();
            for (Node n : g) {
                for (String r : list(n.entity().roles())) {
                    if (roles.stream().noneMatch(r::equalsIgnoreCase)) {
                        roles.add(r);
                    }
                }
            }
            entities.add(new Aggregate.MergedEntity(id, g.get(0).entity().type(), name, List.copyOf(aliases),
                    List.copyOf(roles),
                    (int) g.stream().mapToInt(Node::doc).distinct().count(),
                    g.stream().mapToInt(n -> n.entity().mentionCount()).sum(),
                    g.stream().map(n -> new Aggregate.Occurrence(docs.get(n.doc()).id(), n.entity().id(),
                            n.entity().name())).toList(),
                    made.getOrDefault(id, List.of()), onBehalf.getOrDefault(id, List.of()),
                    about.getOrDefault(id, List.of())));
        }
        List<Aggregate.DocumentRef> refs = docs.stream().map(d -> new Aggregate.DocumentRef(d.id(), d.title(), date(d),
                d.status() == null ? null : d.status().json(), list(d.entities()).size(), list(d.claims()).size()))
                .toList();
        return new Aggregate(Aggregate.SCHEMA_VERSION, refs, entities);
    }

    /** The fullest name of a group: most name parts, then most documents using it, then alphabetical. */
    private static String canonical(List<Node> group) {
        Map<String, Integer> uses = new LinkedHashMap<>();
        group.forEach(n -> uses.merge(n.entity().name(), 1, Integer::sum));
        return uses.keySet().stream().min(Comparator
                .comparingInt((String s) -> -NameKey.of(s).split(" ").length)
                .thenComparingInt(s -> -uses.get(s))
                .thenComparing(Comparator.naturalOrder())).orElseThrow();
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }
}
