package org.claimtrace.resolve;

import org.claimtrace.model.Entity;
import org.claimtrace.model.EntityType;
import org.claimtrace.model.Mention;
import org.claimtrace.model.MentionKind;
import org.claimtrace.model.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Links a noun phrase or pronoun of a document (a head token and its token range) to one of the document's
 * entities, rule by rule:
 * <ol>
 *   <li>the entity whose mention covers the head: names, and pronouns linked by {@link EntityResolver};</li>
 *   <li>a description written next to a name ({@link Appositions}): "Apple CEO" in "Apple CEO Steve Jobs";</li>
 *   <li>a definite description that repeats a role the document gave a name ({@link Descriptions#fits}):
 *       "the trade secretary" after "Trade and Industry Secretary Patricia Hewitt"; the nearest such role
 *       before the phrase, else after it. An indefinite role ("Streamly, a music company") only counts for a
 *       description with modifiers ("the music company"), not for a bare "the company";</li>
 *   <li>a definite description of an organization by its kind ({@link OrganizationNouns}): an organization
 *       whose name holds the noun, else, for a business, the most salient business (not a public body) of the
 *       last sentences and of the document so far. A bare business noun ("the company") is not linked by the
 *       role of one company, since a document names many;</li>
 *   <li>a bare definite description of something a name owns ({@link OwnedNouns}): "the campaign" after
 *       "Clinton's campaign" or "the Trump campaign", within the last sentences;</li>
 *   <li>a definite description by a person's title that no role matched ("the Indiana governor"): the person
 *       the last sentences are about, by subjects;</li>
 *   <li>a person or organization named inside the phrase ("a Kremlin spokesman").</li>
 * </ol>
 * One instance per document; not thread-safe.
 */
public final class MentionLinker {
    /** How many sentences back a business description looks for its organization. */
    static final int BUSINESS_WINDOW = 3;
    /** Weight of each earlier name of an organization anywhere in the document, for "the company". */
    static final double DOCUMENT_WEIGHT = 0.5;

    private final List<Token> tokens;
    private final List<Entity> entities;
    private final Entity[] entityAt;
    private final List<Appositions.Role> roles;
    private final Map<Integer, Appositions.Role> roleAt = new HashMap<>();
    private final Map<String, Set<String>> wordsOf = new HashMap<>();

    public MentionLinker(List<Token> tokens, List<Entity> entities) {
        this.tokens = tokens;
        this.entities = entities;
        this.entityAt = new Entity[tokens.size()];
        for (Entity e : entities) {
            if (e.type().isTemporal()) {
                continue;
            }
            Set<String> words = new HashSet<>();
            for (Mention m : e.mentions()) {
                for (int t = m.tokenBegin(); t < m.tokenEnd() && t < entityAt.length; t++) {
                    if (entityAt[t] == null) {
                        entityAt[t] = e;
                    }
                }
                if (m.kind() == MentionKind.NAME) {
                    for (String w : m.text().toLowerCase(Locale.ROOT).split("[\\s.]+")) {
                        words.add(Descriptions.singular(w));
                        words.add(w);
                    }
                }
            }
            wordsOf.put(e.id(), words);
        }
        this.roles = Appositions.find(tokens, entities, entityAt);
        for (Appositions.Role r : roles) {
            for (int t = r.begin(); t < r.end(); t++) {
                roleAt.putIfAbsent(t, r);
            }
        }
    }

    /**
     * The roles and titles the document gives each entity, by entity id, in text order and as written, without
     * the determiner and the entity's own name: "Trade and Industry Secretary", "information commissioner".
     */
    public Map<String, List<String>> roles() {
        Map<String, List<String>> out = new HashMap<>();
        for (Appositions.Role r : roles) {
            String text = roleText(r);
            if (text.isEmpty() || FORMS_OF_ADDRESS.contains(text.toLowerCase(Locale.ROOT).replace(".", ""))
                    || !isRoleHead(r)) {
                continue;
            }
            List<String> list = out.computeIfAbsent(r.entity().id(), k -> new ArrayList<>());
            if (list.stream().noneMatch(text::equalsIgnoreCase)) {
                list.add(text);
            }
        }
        return out;
    }

    /** Words written before a name that are no role: "Ms Hewitt", "Dr Thomas". */
    private static final Set<String> FORMS_OF_ADDRESS = Set.of("mr", "mrs", "ms", "miss", "mx", "messrs", "dr");

    /**
     * Whether a role's last word can head a title: a common noun, or a capitalized title ("Competition
     * Commissioner"), but not another name ("Frankfurt, March 6") and, for a person, not an organization noun
     * ("the Tran campaign").
     */
    private boolean isRoleHead(Appositions.Role r) {
        int end = roleEnd(r);
        String w = r.words().head();
        Token t = null;
        for (int i = r.begin(); i < end; i++) {
            String x = tokens.get(i).text().toLowerCase(Locale.ROOT);
            if (x.equals(w) || Descriptions.singular(x).equals(w)) {
                t = tokens.get(i); // the head word, as tagged
            }
        }
        if (w.equals("ceo")) {
            return true; // "chief executive", normalized
        }
        if (t == null) {
            return false;
        }
        boolean afterTheName = r.begin() > 0 && entityAt[r.begin() - 1] == r.entity() && r.end() - r.begin() == 1;
        if (afterTheName && r.entity().type() == EntityType.PERSON) {
            return false; // "the Tran campaign" is no role of Tran
        }
        return t.pos() != null && (t.pos().equals("NN") || t.pos().equals("NNS")) || TITLE_HEADS.contains(w)
                || w.contains("-") && TITLE_HEADS.contains(w.substring(w.lastIndexOf('-') + 1));
    }

    /** Capitalized words that head a title. */
    static final Set<String> TITLE_HEADS = Set.of("president", "minister", "secretary", "commissioner", "governor",
            "senator", "chancellor", "director", "chairman", "chairwoman", "chair", "leader", "spokesman",
            "spokeswoman", "spokesperson", "justice", "judge", "mayor", "ambassador", "editor", "executive", "officer",
            "chief", "general", "prosecutor", "representative", "congressman", "congresswoman", "premier", "king",
            "queen", "prince", "princess", "pope", "bishop", "archbishop", "professor", "coach", "captain", "manager",
            "founder", "ceo", "head", "deputy", "mp", "mep", "correspondent", "reporter", "analyst", "economist",
            "candidate", "nominee", "speaker", "attorney", "counsel", "commander", "sheriff", "superintendent");

    /** The first of the role's words: past the determiner, the entity's own name and punctuation. */
    private int roleStart(Appositions.Role r) {
        int b = r.begin();
        while (b < r.end() && (entityAt[b] == r.entity() || isOpener(tokens.get(b)) || !hasLetter(tokens.get(b)))) {
            b++;
        }
        return b;
    }

    /**
     * The end of the role's words: before the entity's name or the first token with no letter inside it
     * ("Correspondent · 12 June").
     */
    private int roleEnd(Appositions.Role r) {
        int b = roleStart(r);
        int e = b;
        while (e < r.end() && entityAt[e] != r.entity() && (hasLetter(tokens.get(e)) || "POS".equals(tokens.get(e).pos())
                || tokens.get(e).text().equals("'"))) {
            e++;
        }
        while (e > b && !hasLetter(tokens.get(e - 1))) {
            e--;
        }
        return e;
    }

    private String roleText(Appositions.Role r) {
        StringBuilder sb = new StringBuilder();
        for (int t = roleStart(r), e = roleEnd(r); t < e; t++) {
            String w = tokens.get(t).text();
            if (sb.length() > 0 && !"POS".equals(tokens.get(t).pos()) && !w.startsWith("'")) {
                sb.append(' ');
            }
            sb.append(w);
        }
        return sb.toString();
    }

    private static boolean isOpener(Token t) {
        return "DT".equals(t.pos()) || "PRP$".equals(t.pos());
    }

    private static boolean hasLetter(Token t) {
        return t.text().codePoints().anyMatch(Character::isLetter);
    }

    /** Titles of people who speak for an organization: "we" in their mouth is the organization. */
    static final Set<String> CORPORATE_TITLES = Set.of("ceo", "executive", "chairman", "chairwoman", "president",
            "director", "spokesman", "spokeswoman", "spokesperson", "chief", "officer", "founder", "co-founder",
            "head", "manager", "leader", "secretary", "minister", "chair", "boss");

    /**
     * The organization a person speaks for: one named in a role the document gives them ("Apple CEO Steve
     * Jobs", "Fritz Henderson, the chief executive of General Motors"); else, when a role is an organization's
     * office ("Chief executive Thomas Enders"), the organization the document names most; else null.
     */
    public Entity affiliation(Entity person) {
        boolean office = false;
        for (Appositions.Role r : roles) {
            if (r.entity() != person) {
                continue;
            }
            for (int t = r.begin(); t < r.end(); t++) {
                if (entityAt[t] != null && entityAt[t].type() == EntityType.ORGANIZATION && entityAt[t] != person) {
                    return entityAt[t];
                }
            }
            office |= CORPORATE_TITLES.contains(r.words().head());
        }
        if (!office) {
            return null;
        }
        Entity most = null;
        for (Entity e : entities) {
            if (e.type() == EntityType.ORGANIZATION && (most == null || e.mentions().size() > most.mentions().size())) {
                most = e;
            }
        }
        return most;
    }

    /** Whether a name or pronoun of an entity covers the token. */
    public boolean covered(int token) {
        return entityAt[token] != null;
    }

    /** The entity the phrase with head token {@code head} in tokens [begin, end) refers to, or null. */
    public Entity link(int head, int begin, int end) {
        Entity e = entityAt[head];
        if (e != null) {
            return e;
        }
        Token h = tokens.get(head);
        if (h.pos() != null && (h.pos().startsWith("PRP") || h.pos().startsWith("W"))) {
            return null;
        }
        Entity described = describe(head, begin, end);
        if (described != null) {
            return described;
        }
        Entity inner = null;
        for (int t = begin; t < end; t++) {
            if (entityAt[t] != null) {
                inner = entityAt[t];
            }
        }
        return inner != null && inner.type() != EntityType.LOCATION ? inner : null;
    }

    /**
     * Rules 2&ndash;4 only: the entity a description refers to through an apposition, a role the document
     * gave a name, or an organization noun; null for names, pronouns, indefinite descriptions and the rest.
     */
    public Entity describe(int head, int begin, int end) {
        if (entityAt[head] != null) {
            return null;
        }
        Appositions.Role apposed = roleAt.get(head);
        if (apposed != null) {
            return apposed.entity();
        }
        Descriptions.Words words = Descriptions.of(tokens, begin, Math.max(head + 1, begin + 1));
        if (words == null || Descriptions.indefinite(tokens, begin)) {
            return null;
        }
        // a document names many businesses: a bare "the company" goes by salience, not by one company's role
        Entity byRole = words.modifiers().isEmpty() && OrganizationNouns.isBusiness(words.head()) ? null
                : byRole(words, begin);
        if (byRole != null) {
            return byRole;
        }
        Entity byKind = byKind(words, head);
        if (byKind != null) {
            return byKind;
        }
        if (words.modifiers().isEmpty() && OwnedNouns.canBeOwned(words.head())) {
            return byOwner(words.head(), begin);
        }
        return PERSON_TITLES.contains(words.head()) && !"NNS".equals(tokens.get(head).pos())
                && isThe(tokens.get(begin)) ? bySubject(words.head(), begin) : null;
    }

    /**
     * Heads of a description that a news story uses for a person it has just named ("Mike Pence says ... The
     * Indiana governor said"). Heads for people who speak for others (spokesman, analyst) are not among them:
     * "the spokesman" is more often someone new.
     */
    static final Set<String> PERSON_TITLES = Set.of("senator", "governor", "president", "nominee", "candidate",
            "congressman", "congresswoman", "lawmaker", "businessman", "businesswoman", "billionaire", "mogul",
            "tycoon", "magnate", "mayor", "secretary", "minister", "chancellor", "premier", "justice", "judge",
            "commissioner", "chairman", "chairwoman", "lady", "general", "ambassador", "host", "actor", "actress",
            "star", "singer", "rapper", "mp", "mep", "leader", "incumbent", "challenger");
    /** Whether a noun's lemma is a title that stands for a person ("candidate", "senator", "leader"). */
    public static boolean isPersonTitle(String lemma) {
        return PERSON_TITLES.contains(lemma);
    }

    /** How many sentences back a person's title looks for the person it stands for. */
    static final int TITLE_WINDOW = 2;
    private static final double SENTENCE_COST = 30;
    private static final double MAIN_SUBJECT_BONUS = 40;

    private static boolean isThe(Token t) {
        return t.text().equalsIgnoreCase("the");
    }

    /**
     * The person the last sentences are about: the subject of a clause in this sentence or the last {@value
     * #TITLE_WINDOW}, nearer first, a sentence's main subject (no verb before it) before one inside a clause:
     * in "Mike Pence says ... . The nominee was speaking hours after Trump unleashed a flurry of tweets. The
     * Indiana governor said", the governor is Pence. A person the document gave another title with this head
     * is not the one ("the foreign secretary" after "Trade and Industry Secretary Patricia Hewitt").
     */
    private Entity bySubject(String head, int begin) {
        Set<Entity> otherTitle = new HashSet<>();
        for (Appositions.Role r : roles) {
            if (r.words().head().equals(head)) {
                otherTitle.add(r.entity());
            }
        }
        int sentence = tokens.get(begin).sentence();
        Entity best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON || otherTitle.contains(e)) {
                continue;
            }
            for (Mention m : e.mentions()) {
                int d = sentence - m.sentence();
                if (m.tokenBegin() >= begin || d > TITLE_WINDOW
                        || !PronounResolver.isSubjectLike(tokens, m.tokenBegin(), m.tokenEnd())) {
                    continue;
                }
                double score = -SENTENCE_COST * d + (isMainSubject(m) ? MAIN_SUBJECT_BONUS : 0)
                        + m.tokenBegin() * 1e-6;
                if (score > bestScore) {
                    best = e;
                    bestScore = score;
                }
            }
        }
        return best;
    }

    /** No finite verb stands between the start of the mention's sentence and the mention. */
    private boolean isMainSubject(Mention m) {
        for (int i = m.tokenBegin() - 1; i >= 0 && tokens.get(i).sentence() == m.sentence(); i--) {
            String pos = tokens.get(i).pos();
            if (pos != null && (pos.equals("VBZ") || pos.equals("VBD") || pos.equals("VBP") || pos.equals("MD"))) {
                return false;
            }
        }
        return true;
    }

    /** How many sentences back a bare description looks for its owner ("the campaign" after "Clinton's campaign"). */
    static final int OWNER_WINDOW = 10;

    /**
     * The person or organization the document last wrote the bare description's noun after: "Clinton's
     * campaign", "the Trump campaign" make a later "the campaign" Clinton's or Trump's, as "the Blair
     * government" is Blair's; null when the noun has no such owner in the last {@value #OWNER_WINDOW} sentences.
     */
    private Entity byOwner(String noun, int before) {
        int sentence = before < tokens.size() ? tokens.get(before).sentence() : Integer.MAX_VALUE;
        for (int i = before - 1; i > 0; i--) {
            Token t = tokens.get(i);
            if (sentence - t.sentence() > OWNER_WINDOW) {
                return null;
            }
            String w = t.text().toLowerCase(Locale.ROOT);
            if (!w.equals(noun) && !Descriptions.singular(w).equals(noun)) {
                continue;
            }
            int owner = i - 1;
            if ("POS".equals(tokens.get(owner).pos()) && owner > 0) {
                owner--;
            }
            Entity e = entityAt[owner];
            if (e != null && e.type() != EntityType.LOCATION && !e.type().isTemporal()
                    && tokens.get(owner).pos() != null && tokens.get(owner).pos().startsWith("NNP")) {
                return e;
            }
        }
        return null;
    }

    private Entity byRole(Descriptions.Words words, int at) {
        Appositions.Role before = null;
        Appositions.Role after = null;
        for (Appositions.Role r : roles) {
            if (!Descriptions.fits(words, r.words(), wordsOf.getOrDefault(r.entity().id(), Set.of()))) {
                continue;
            }
            if (r.indefinite() && words.modifiers().isEmpty()) {
                continue; // "Streamly, a music company" classifies; it does not make Streamly "the company"
            }
            if (r.begin() < at) {
                before = r;
            } else if (after == null) {
                after = r;
            }
        }
        return before != null ? before.entity() : after != null ? after.entity() : null;
    }

    /**
     * The news outlets named before {@code head}: organizations tagged as outlets by the gazetteer, or that the
     * document gives a role with this noun ("The Daily Telegraph newspaper").
     */
    private Set<Entity> outlets(String noun, int head) {
        Set<Entity> out = new HashSet<>();
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                if (m.tokenBegin() < head && OrganizationNouns.NEWS_OUTLET.equals(m.subtype())) {
                    out.add(e);
                }
            }
        }
        for (Appositions.Role r : roles) {
            if (r.begin() < head && r.words().head().equals(noun)) {
                out.add(r.entity());
            }
        }
        return out;
    }

    private Entity byKind(Descriptions.Words words, int head) {
        if (!OrganizationNouns.isOrganization(words.head())) {
            return null;
        }
        // an organization whose name holds the noun, nearest before
        Entity named = null;
        int namedAt = -1;
        for (Entity e : entities) {
            boolean holds = wordsOf.getOrDefault(e.id(), Set.of()).contains(words.head())
                    || words.head().equals("party") && PartyNames.isParty(e); // "the party": Labour, the Tories
            if (e.type() != EntityType.ORGANIZATION || !holds) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.tokenBegin() < head && m.tokenBegin() > namedAt) {
                    named = e;
                    namedAt = m.tokenBegin();
                }
            }
        }
        if (named != null || !OrganizationNouns.isBusiness(words.head())) {
            return named;
        }
        // the most salient organization of the last sentences: subjects and recent mentions count most
        int sentence = tokens.get(head).sentence();
        Set<Entity> outlets = OrganizationNouns.isMedia(words.head()) ? outlets(words.head(), head) : Set.of();
        Map<Entity, Double> score = new java.util.LinkedHashMap<>(); // in entity order: ties go to the first
        for (Entity e : entities) {
            if (e.type() != EntityType.ORGANIZATION || OrganizationNouns.isPublicBody(wordsOf.get(e.id()))) {
                continue; // "the company" is not the European Commission
            }
            if (!outlets.isEmpty() && !outlets.contains(e)) {
                continue; // "the newspaper" is a news outlet when the document names one
            }
            for (Mention m : e.mentions()) {
                if (m.kind() == MentionKind.NAME && m.tokenBegin() < head) {
                    score.merge(e, DOCUMENT_WEIGHT, Double::sum); // what the document is about
                }
                int d = sentence - m.sentence();
                if (m.tokenBegin() >= head || d > BUSINESS_WINDOW) {
                    continue;
                }
                boolean subject = PronounResolver.isSubjectLike(tokens, m.tokenBegin(), m.tokenEnd());
                score.merge(e, (subject ? 2.0 : 1.0) * (BUSINESS_WINDOW + 1 - d), Double::sum);
            }
        }
        return score.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}
