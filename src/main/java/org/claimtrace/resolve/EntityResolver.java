package org.claimtrace.resolve;

import org.claimtrace.model.Entity;
import org.claimtrace.model.EntityType;
import org.claimtrace.model.Mention;
import org.claimtrace.model.MentionKind;
import org.claimtrace.model.TimeExpression;
import org.claimtrace.model.Token;
import org.claimtrace.model.Tokens;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups mentions into document-level entities:
 * <ol>
 *   <li>names inside a time expression ("UTC" in "18:00 UTC") are dropped;</li>
 *   <li>each distinct name gets one type, by a vote of its mentions' types weighted by confidence;</li>
 *   <li>person names are merged when one name's parts are contained in a fuller name's ("al-Sharaa" into
 *       "Ahmed al-Sharaa"), organizations and locations when their normalized names are equal;</li>
 *   <li>pronouns are linked to persons and organizations by {@link PronounLinker};</li>
 *   <li>time expressions with the same type and value form one temporal entity.</li>
 * </ol>
 * Pure and stateless: safe to share between threads.
 */
public final class EntityResolver {

    /** What the resolver returns: entities plus the time expressions with their mention and entity ids. */
    public record Resolution(List<Entity> entities, List<TimeExpression> timeExpressions) {
    }

    /** Location subtypes from a gazetteer of real places (see {@code LocationSubtypes}). */
    private static final Set<String> PLACE_SUBTYPES = Set.of("COUNTRY", "STATE_OR_PROVINCE", "CITY");

    private static final class Cluster {
        EntityType type;
        final List<Mention> mentions = new ArrayList<>();
        final Set<String> keys = new LinkedHashSet<>();
        List<String> parts = List.of();
        PronounResolver.Gender gender;
        /** The gender its first, fullest name gives it (honorific or first name), or null. */
        PronounResolver.Gender nameGender;
        String value;
        double typeAgreement = 1.0;
        List<String> roles = List.of();
    }

    private final FirstNameGender firstNames;

    /** With CoreNLP's first-name genders as they are. */
    public EntityResolver() {
        this(FirstNameGender.standard());
    }

    public EntityResolver(FirstNameGender firstNames) {
        this.firstNames = firstNames;
    }

    public Resolution resolve(List<Token> tokens, List<Mention> allNames, List<TimeExpression> timexes) {
        List<Mention> names = companyNames(withoutTitles(tokens, outsideTimes(allNames, timexes)));
        Map<String, String> orgAliases = organizationAliases(names);
        Map<String, EntityType> typeByName = voteTypes(names);
        orgAliases.keySet().forEach(k -> typeByName.put(k, EntityType.ORGANIZATION));
        List<Cluster> clusters = new ArrayList<>();
        Map<Mention, Cluster> clusterOf = new HashMap<>();
        clusterNames(tokens, names, typeByName, orgAliases, clusters, clusterOf);
        List<Mention> pronouns = linkPronouns(tokens, names, clusters, clusterOf);
        List<Cluster> timeClusters = clusterTimes(timexes, tokens);

        List<Cluster> all = new ArrayList<>(clusters);
        all.addAll(timeClusters);
        for (Cluster c : all) {
            c.mentions.sort(Comparator.comparingInt(Mention::begin));
        }
        all.removeIf(c -> c.mentions.isEmpty());
        all.sort(Comparator.comparingInt((Cluster c) -> c.mentions.get(0).begin()).thenComparing(c -> c.type));

        // mention ids in text order over all mentions, entity ids in order of first mention
        List<Mention> everything = new ArrayList<>();
        all.forEach(c -> everything.addAll(c.mentions));
        everything.sort(Comparator.comparingInt(Mention::begin).thenComparingInt(Mention::end));
        Map<Mention, String> mentionIds = new HashMap<>();
        for (int i = 0; i < everything.size(); i++) {
            mentionIds.put(everything.get(i), "m" + (i + 1));
        }
        int nonTemporal = names.size() + pronouns.size();
        List<Entity> entities = new ArrayList<>();
        Map<Mention, String> entityOfTimexMention = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            Cluster c = all.get(i);
            String id = "e" + (i + 1);
            List<Mention> ms = new ArrayList<>(c.mentions.size());
            for (Mention m : c.mentions) {
                ms.add(m.withId(mentionIds.get(m)).withType(c.type, m.subtype()));
                entityOfTimexMention.put(m, id);
            }
            entities.add(toEntity(id, c, ms, nonTemporal));
        }
        List<TimeExpression> outTimex = new ArrayList<>();
        for (Cluster c : timeClusters) {
            for (Mention m : c.mentions) {
                outTimex.add(new TimeExpression(mentionIds.get(m), m.begin(), m.end(), m.text(), m.sentence(),
                        c.type, c.value, entityOfTimexMention.get(m)));
            }
        }
        outTimex.sort(Comparator.comparingInt(TimeExpression::begin));
        return new Resolution(entities, outTimex);
    }

    /**
     * Names that are not part of a time expression: the tagger reads time-zone abbreviations as
     * organizations ("UTC" in "18:00 UTC"), and the time expression is the better reading.
     */
    /**
     * A "person" after "the" that ends in a title is a description the tagger took for a name ("The Glasgow
     * Kelvin MP", "the Prime Minister"): it is left to the description linker, which ties it to the person the
     * document gives that role.
     */
    private static List<Mention> withoutTitles(List<Token> tokens, List<Mention> names) {
        List<Mention> out = new ArrayList<>(names.size());
        for (Mention m : names) {
            String last = m.tokenEnd() > 0 && m.tokenEnd() <= tokens.size()
                    ? tokens.get(m.tokenEnd() - 1).text().toLowerCase(java.util.Locale.ROOT) : "";
            boolean definite = m.tokenBegin() < tokens.size() && isThe(tokens.get(m.tokenBegin()))
                    || m.tokenBegin() > 0 && m.tokenBegin() <= tokens.size() && isThe(tokens.get(m.tokenBegin() - 1));
            if (m.type() == EntityType.PERSON && definite && MentionLinker.TITLE_HEADS.contains(last)) {
                continue;
            }
            out.add(m);
        }
        return out;
    }

    private static boolean isThe(Token t) {
        return t.text().equalsIgnoreCase("the");
    }

    static List<Mention> outsideTimes(List<Mention> names, List<TimeExpression> timexes) {
        if (timexes.isEmpty()) {
            return names;
        }
        List<Mention> out = new ArrayList<>(names.size());
        for (Mention m : names) {
            boolean inside = false;
            for (TimeExpression t : timexes) {
                if (t.begin() <= m.begin() && m.end() <= t.end()) {
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                out.add(m);
            }
        }
        return out;
    }

    /** One type per normalized name, by confidence-weighted vote; ties go to the first seen. */
    private static Map<String, EntityType> voteTypes(List<Mention> names) {
        Map<String, Map<EntityType, Double>> votes = new LinkedHashMap<>();
        for (Mention m : names) {
            votes.computeIfAbsent(NameKey.of(m.text()), k -> new EnumMap<>(EntityType.class))
                    .merge(m.type(), forced(m) ? 100.0 : m.confidence(), Double::sum);
        }
        Map<String, EntityType> out = new HashMap<>();
        votes.forEach((k, v) -> out.put(k, v.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey()));
        return out;
    }

    /**
     * Last words of company names that are no one's surname: "Patriot Coal", "Arch Resources", "Delta Air
     * Lines". The tagger reads some such names as persons, and then "he" finds the company.
     */
    static final Set<String> COMPANY_WORDS = Set.of("coal", "energy", "oil", "motors", "airlines", "airways",
            "foods", "pharmaceuticals", "media", "capital", "partners", "holdings", "systems", "technologies",
            "industries", "resources", "mining", "electric", "communications", "networks", "entertainment",
            "insurance", "financial", "securities", "solutions", "therapeutics", "petroleum", "utilities",
            "logistics", "telecom", "semiconductor", "automotive", "chemicals", "brands", "enterprises");

    /** A name of two words or more that ends in a company word is an organization, whatever the tagger said. */
    private static List<Mention> companyNames(List<Mention> names) {
        List<Mention> out = new ArrayList<>(names.size());
        for (Mention m : names) {
            String[] words = m.text().strip().split("\\s+");
            String last = words[words.length - 1];
            boolean company = words.length >= 2 && !last.isEmpty() && Character.isUpperCase(last.codePointAt(0))
                    && COMPANY_WORDS.contains(last.toLowerCase(java.util.Locale.ROOT));
            out.add(company && m.type() != EntityType.ORGANIZATION ? m.withType(EntityType.ORGANIZATION, null) : m);
        }
        return out;
    }

    private static boolean forced(Mention m) {
        return "gazetteer".equals(m.source());
    }

    /**
     * Short forms of multi-word organization names in the same document: the acronym of the name's
     * capitalized words ("ECB" for "European Central Bank") and its first word when that word is not a
     * common one ("Norvane" for "Norvane Systems"). A short form that is also tagged as a known country,
     * state or city in the document, or that is the surname of a person it names in full, is not an alias. Maps each short key to the full name's key.
     */
    static Map<String, String> organizationAliases(List<Mention> names) {
        Map<String, String> out = new HashMap<>();
        for (Mention m : names) {
            if (m.type() != EntityType.ORGANIZATION) {
                continue;
            }
            String[] words = m.text().strip().split("\\s+");
            if (words.length < 2) {
                continue;
            }
            String full = NameKey.of(m.text());
            StringBuilder acronym = new StringBuilder();
            for (String w : words) {
                if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
                    acronym.appendCodePoint(w.codePointAt(0));
                }
            }
            if (acronym.length() >= 2) {
                out.putIfAbsent(acronym.toString().toLowerCase(java.util.Locale.ROOT), full);
            }
            String first = NameKey.of(words[0]);
            if (!first.equals("the") && words[0].length() > 2 && Character.isUpperCase(words[0].codePointAt(0))
                    && !NameKey.COMMON_WORDS.contains(first)) {
                out.putIfAbsent(first, full);
            }
        }
        // the forms of one party join its fullest one: "the Conservatives" and "the Tories" join "the
        // Conservative Party" (PartyNames)
        Map<String, Mention> fullestParty = new HashMap<>();
        for (Mention m : names) {
            if (m.type() == EntityType.ORGANIZATION && PartyNames.isJoined(m.text())) {
                fullestParty.merge(PartyNames.key(m.text()), m, (a, b) -> clusteredFirst(b, a) ? b : a);
            }
        }
        for (Mention m : names) {
            Mention full = m.type() == EntityType.ORGANIZATION ? fullestParty.get(PartyNames.key(m.text())) : null;
            if (full != null && !NameKey.of(full.text()).equals(NameKey.of(m.text()))) {
                out.putIfAbsent(NameKey.of(m.text()), NameKey.of(full.text()));
            }
        }
        // only keep short forms that actually occur as mentions, and not those that are known places
        // ("Singapore" in "Singapore Airlines", "China" in "China Eastern" stay locations)
        Set<String> present = new java.util.HashSet<>();
        Set<String> places = new java.util.HashSet<>();
        for (Mention m : names) {
            present.add(NameKey.of(m.text()));
            if (m.type() == EntityType.LOCATION && m.subtype() != null && PLACE_SUBTYPES.contains(m.subtype())) {
                places.add(NameKey.of(m.text()));
            }
        }
        out.keySet().retainAll(present);
        out.keySet().removeAll(places);
        // nor the surname of a person the document names in full: "Trump" beside "Trump University" and
        // "Donald Trump" is the person
        for (Mention m : names) {
            List<String> parts = m.type() == EntityType.PERSON ? NameKey.personParts(m.text()) : List.of();
            if (parts.size() >= 2) {
                out.keySet().remove(parts.get(parts.size() - 1));
            }
        }
        return out;
    }

    /** Whether {@link #clusterNames} takes {@code a} before {@code b}: the fuller name, then the earlier one. */
    private static boolean clusteredFirst(Mention a, Mention b) {
        int pa = NameKey.personParts(a.text()).size();
        int pb = NameKey.personParts(b.text()).size();
        return pa != pb ? pa > pb : a.begin() < b.begin();
    }

    private void clusterNames(List<Token> tokens, List<Mention> names, Map<String, EntityType> typeByName,
                                     Map<String, String> orgAliases,
                                     List<Cluster> clusters, Map<Mention, Cluster> clusterOf) {
        // fullest names first, so shorter ones can join them
        List<Mention> order = new ArrayList<>(names);
        // and, among short names, those with an honorific first: "Mr. Obama" tells which Obama the others are
        order.sort(Comparator.comparingInt((Mention m) -> -NameKey.personParts(m.text()).size())
                .thenComparing((Mention m) -> HonorificGender.of(tokens, m) == null)
                .thenComparingInt(Mention::begin));
        Map<String, Cluster> byKey = new HashMap<>();
        for (Mention m : order) {
            String key = NameKey.of(m.text());
            EntityType type = typeByName.get(key);
            Cluster target = byKey.get(type + "|" + key);
            if (type == EntityType.PERSON && target != null && !target.parts.equals(NameKey.personParts(m.text()))) {
                // a short name that joined a fuller one: with two fuller ones ("Jeh Johnson", "Gary Johnson"),
                // each "Johnson" goes to the one named last before it
                Cluster nearest = findPerson(clusters, NameKey.personParts(m.text()), m, HonorificGender.of(tokens, m));
                target = nearest != null ? nearest : target;
            }
            if (target == null && orgAliases.containsKey(key)) {
                target = byKey.get(EntityType.ORGANIZATION + "|" + orgAliases.get(key));
            }
            if (target == null && type == EntityType.PERSON) {
                target = findPerson(clusters, NameKey.personParts(m.text()), m, HonorificGender.of(tokens, m));
            }
            if (target == null) {
                target = new Cluster();
                target.type = type;
                target.parts = type == EntityType.PERSON ? NameKey.personParts(m.text()) : List.of();
                if (type == EntityType.PERSON) {
                    PronounResolver.Gender g = HonorificGender.of(tokens, m);
                    target.nameGender = g != null ? g : firstNames.of(tokens, m);
                }
                clusters.add(target);
            }
            target.mentions.add(m);
            target.keys.add(key);
            byKey.put(type + "|" + key, target);
            clusterOf.put(m, target);
        }
        for (Cluster c : clusters) {
            long agreeing = c.mentions.stream().filter(m -> m.type() == c.type).count();
            c.typeAgreement = (double) agreeing / c.mentions.size();
        }
    }

    /** How many sentences back a fuller name makes a short one its own over a more frequent namesake. */
    static final int NAMESAKE_WINDOW = 3;

    /**
     * The person cluster whose name contains all these parts; with several, the one with most mentions, unless
     * that one's full name is not in the last {@value #NAMESAKE_WINDOW} sentences and another's is: then the
     * one named last ("Jeh Johnson" after "Gary Johnson"). A short name with an honorific joins no one whose
     * name gives the other gender ("Mr. Obama" is not "Michelle Obama").
     */
    private static Cluster findPerson(List<Cluster> clusters, List<String> parts, Mention at,
                                      PronounResolver.Gender honorific) {
        if (parts.isEmpty()) {
            return null;
        }
        Cluster frequent = null;
        Cluster recent = null;
        int recentAt = -1;
        for (Cluster c : clusters) {
            if (c.type == EntityType.PERSON && c.parts.size() > parts.size() && c.parts.containsAll(parts)
                    && c.parts.get(c.parts.size() - 1).equals(parts.get(parts.size() - 1))
                    || c.type == EntityType.PERSON && parts.size() == 1 && c.parts.size() > 1
                    && c.parts.get(0).equals(parts.get(0))) {
                if (honorific != null && c.nameGender != null && c.nameGender != honorific) {
                    continue;
                }
                if (frequent == null || c.mentions.size() > frequent.mentions.size()) {
                    frequent = c;
                }
                int last = lastFullBefore(c, parts, at);
                if (last > recentAt) {
                    recent = c;
                    recentAt = last;
                }
            }
        }
        if (recent == null || recent == frequent || at == null) {
            return frequent;
        }
        boolean frequentNear = near(frequent, parts, at);
        return !frequentNear && near(recent, parts, at) ? recent : frequent;
    }

    private static int lastFullBefore(Cluster c, List<String> parts, Mention at) {
        int last = -1;
        for (Mention x : c.mentions) {
            if (at != null && x.begin() < at.begin() && NameKey.personParts(x.text()).size() > parts.size()) {
                last = Math.max(last, x.begin());
            }
        }
        return last;
    }

    private static boolean near(Cluster c, List<String> parts, Mention at) {
        for (Mention x : c.mentions) {
            if (x.begin() < at.begin() && NameKey.personParts(x.text()).size() > parts.size()
                    && at.sentence() - x.sentence() <= NAMESAKE_WINDOW) {
                return true;
            }
        }
        return false;
    }

    private List<Mention> linkPronouns(List<Token> tokens, List<Mention> names, List<Cluster> clusters,
                                              Map<Mention, Cluster> clusterOf) {
        List<PronounLinker.Candidate> candidates = new ArrayList<>();
        for (Mention m : names) {
            Cluster c = clusterOf.get(m);
            candidates.add(new PronounLinker.Candidate(m, clusters.indexOf(c)));
            if (c.type == EntityType.PERSON && c.gender == null) {
                c.gender = HonorificGender.of(tokens, m);
            }
            if (c.type == EntityType.PERSON && c.gender == null) {
                c.gender = firstNames.of(tokens, m);
            }
        }
        List<Entity> named = namedEntities(clusters);
        MentionLinker linker = new MentionLinker(tokens, named);
        linker.roles().forEach((id, roles) -> clusters.get(clusterIndex(id)).roles = List.copyOf(roles));
        PronounLinker.Clusters view = new PronounLinker.Clusters() {
            @Override
            public boolean isCountry(int cluster) {
                return clusters.get(cluster).mentions.stream().anyMatch(m -> "COUNTRY".equals(m.subtype()));
            }

            @Override
            public int affiliation(int cluster) {
                for (Entity e : named) {
                    if (clusterIndex(e) == cluster) {
                        Entity org = linker.affiliation(e);
                        return org == null ? -1 : clusterIndex(org);
                    }
                }
                return -1;
            }

            @Override
            public EntityType type(int cluster) {
                return clusters.get(cluster).type;
            }

            @Override
            public PronounResolver.Gender gender(int cluster) {
                return clusters.get(cluster).gender;
            }

            @Override
            public void setGender(int cluster, PronounResolver.Gender gender) {
                clusters.get(cluster).gender = gender;
            }
        };
        candidates.addAll(descriptions(tokens, linker));
        List<Mention> added = new ArrayList<>();
        for (PronounLinker.Link l : PronounLinker.link(tokens, candidates, view)) {
            Token t = l.pronoun();
            Cluster cluster = clusters.get(l.cluster());
            Mention p = new Mention(null, t.begin(), t.end(), t.text(), t.sentence(), MentionKind.PRONOUN,
                    cluster.type, null, "coref", l.confidence(), t.index(), t.index() + 1);
            cluster.mentions.add(p);
            clusterOf.put(p, cluster);
            added.add(p);
        }
        return added;
    }

    /**
     * Definite descriptions that {@link MentionLinker} links to a cluster of names ("the company", "the
     * commissioner"), as antecedents for pronouns. They are not output as mentions.
     */
    /** The clusters of names as entities with ids "c" + cluster index, for {@link MentionLinker}. */
    private static List<Entity> namedEntities(List<Cluster> clusters) {
        List<Entity> named = new ArrayList<>();
        for (int i = 0; i < clusters.size(); i++) {
            Cluster c = clusters.get(i);
            if (c.mentions.isEmpty()) {
                continue;
            }
            List<Mention> ms = new ArrayList<>(c.mentions);
            ms.sort(Comparator.comparingInt(Mention::begin));
            named.add(new Entity("c" + i, c.type, null, canonicalName(ms), List.of(), List.of(), null, ms.size(), 0, 1,
                    List.copyOf(ms)));
        }
        return named;
    }

    private static int clusterIndex(Entity named) {
        return clusterIndex(named.id());
    }

    private static int clusterIndex(String namedId) {
        return Integer.parseInt(namedId.substring(1));
    }

    private static List<PronounLinker.Candidate> descriptions(List<Token> tokens, MentionLinker linker) {
        List<PronounLinker.Candidate> out = new ArrayList<>();
        for (DefiniteDescriptions.Phrase p : DefiniteDescriptions.find(tokens)) {
            if (linker.covered(p.head())) {
                continue;
            }
            Entity e = linker.link(p.head(), p.begin(), p.head() + 1);
            if (e == null) {
                continue;
            }
            Token b = tokens.get(p.begin());
            Token h = tokens.get(p.head());
            out.add(new PronounLinker.Candidate(new Mention(null, b.begin(), h.end(), null, b.sentence(), null,
                    e.type(), null, "description", 0.5, p.begin(), p.head() + 1), clusterIndex(e)));
        }
        return out;
    }

    private static List<Cluster> clusterTimes(List<TimeExpression> timexes, List<Token> tokens) {
        Map<String, Cluster> byValue = new LinkedHashMap<>();
        List<Cluster> out = new ArrayList<>();
        for (TimeExpression t : timexes) {
            Cluster c = t.value() == null ? null : byValue.get(t.type() + "|" + t.value());
            if (c == null) {
                c = new Cluster();
                c.type = t.type();
                c.value = t.value();
                out.add(c);
                if (t.value() != null) {
                    byValue.put(t.type() + "|" + t.value(), c);
                }
            }
            int tb = Tokens.indexAt(tokens, t.begin());
            int te = Tokens.indexAt(tokens, t.end() - 1) + 1;
            c.mentions.add(new Mention(null, t.begin(), t.end(), t.text(), t.sentence(), MentionKind.TIMEX,
                    t.type(), null, "sutime", 0.9, tb, te));
        }
        return out;
    }

    private static Entity toEntity(String id, Cluster c, List<Mention> mentions, int nonTemporalMentions) {
        String name;
        List<String> aliases = new ArrayList<>();
        if (c.type.isTemporal()) {
            name = mentions.get(0).text();
            for (Mention m : mentions) {
                if (!m.text().equals(name) && !aliases.contains(m.text())) {
                    aliases.add(m.text());
                }
            }
        } else {
            name = canonicalName(mentions);
            for (Mention m : mentions) {
                if (m.kind() == MentionKind.NAME && !m.text().equals(name) && !aliases.contains(m.text())) {
                    aliases.add(m.text());
                }
            }
        }
        Map<String, Integer> subtypeCounts = new LinkedHashMap<>();
        double confidenceSum = 0;
        for (Mention m : mentions) {
            if (m.subtype() != null) {
                subtypeCounts.merge(m.subtype(), 1, Integer::sum);
            }
            confidenceSum += m.confidence();
        }
        String subtype = subtypeCounts.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(null);
        double salience = c.type.isTemporal() || nonTemporalMentions == 0 ? 0
                : round((double) mentions.size() / nonTemporalMentions);
        double confidence = round(confidenceSum / mentions.size() * c.typeAgreement);
        return new Entity(id, c.type, subtype, name, List.copyOf(aliases), c.roles, c.value, mentions.size(), salience,
                confidence, List.copyOf(mentions));
    }

    /** The fullest proper name: most name parts, then longest, then first. */
    private static String canonicalName(List<Mention> mentions) {
        Mention best = null;
        for (Mention m : mentions) {
            if (m.kind() != MentionKind.NAME) {
                continue;
            }
            if (best == null || score(m) > score(best)) {
                best = m;
            }
        }
        return best == null ? mentions.get(0).text() : best.text();
    }

    private static int score(Mention m) {
        String t = m.text();
        boolean allCaps = t.equals(t.toUpperCase(java.util.Locale.ROOT)) && t.codePoints().filter(Character::isLetter).count() > 4;
        return NameKey.personParts(t).size() * 1000 + t.length() - (allCaps ? 500 : 0);
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
