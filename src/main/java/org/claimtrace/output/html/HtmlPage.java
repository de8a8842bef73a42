package org.claimtrace.output.html;

import org.claimtrace.json.Json;
import org.claimtrace.model.Claim;
import org.claimtrace.model.ClaimSubjects;
import org.claimtrace.model.DocumentResult;
import org.claimtrace.model.Entity;
import org.claimtrace.model.EntityType;
import org.claimtrace.model.Mention;
import org.claimtrace.model.Problem;
import org.claimtrace.model.TextSpan;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Renders one document as a self-contained HTML page: the article text with entity mentions highlighted by
 * type and claims marked as claimant → cue → content, a details panel filled by a click on an entity or a
 * claim (or by a {@code #claim=c2} / {@code #entity=e2} address), and tables of claims and entities. CSS
 * and script are inlined and a Content-Security-Policy forbids any network request.
 */
public final class HtmlPage {
    static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
            + "img-src data:";

    private HtmlPage() {
    }

    /** The page for {@code doc}; {@code indexHref} links back to the batch index, or null for none. */
    public static String render(DocumentResult doc, String indexHref) {
        StringBuilder sb = new StringBuilder(1 << 16);
        String title = doc.title() != null && !doc.title().isBlank() ? doc.title() : doc.id();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(title)).append(" · claimtrace</title>\n")
                .append("<style>\n").append(Assets.CSS).append("</style>\n</head>\n<body>\n");
        header(sb, doc, title, indexHref);
        sb.append("<main>\n<article id=\"text\" class=\"text\">");
        text(sb, doc);
        sb.append("</article>\n<aside id=\"details\" class=\"panel\" data-kind=\"\" data-id=\"\">")
                .append("<p class=\"hint\">Click an entity or a claim to see its details.</p></aside>\n</main>\n");
        claimsTable(sb, doc);
        entitiesTable(sb, doc);
        sb.append("<script type=\"application/json\" id=\"ct-data\">")
                .append(Html.scriptJson(Json.compact(data(doc)))).append("</script>\n")
                .append("<script>\n").append(Assets.JS).append("</script>\n</body>\n</html>\n");
        return sb.toString();
    }

    private static void header(StringBuilder sb, DocumentResult doc, String title, String indexHref) {
        sb.append("<header>\n<h1>").append(Html.escape(title)).append("</h1>\n<p class=\"meta\">");
        if (indexHref != null) {
            sb.append("<a href=\"").append(Html.escape(indexHref)).append("\">all documents</a> · ");
        }
        sb.append("<code>").append(Html.escape(doc.id())).append("</code>");
        if (doc.documentDate() != null && doc.documentDate().value() != null) {
            sb.append(" · ").append(doc.documentDate().value())
                    .append(" <span class=\"muted\">(").append(Html.escape(doc.documentDate().source().json()))
                    .append(")</span>");
        }
        sb.append(" · status <b class=\"status\">").append(doc.status() == null ? "" : doc.status().json())
                .append("</b> · ").append(list(doc.entities()).size()).append(" entities · ")
                .append(list(doc.claims()).size()).append(" claims</p>\n");
        if (!list(doc.problems()).isEmpty()) {
            sb.append("<ul class=\"problems\">");
            for (Problem p : doc.problems()) {
                sb.append("<li>").append(Html.escape(p.stage() + " / " + p.code() + ": " + p.message()))
                        .append("</li>");
            }
            sb.append("</ul>\n");
        }
        Set<EntityType> types = EnumSet.noneOf(EntityType.class);
        list(doc.entities()).forEach(e -> types.add(e.type()));
        sb.append("<p class=\"legend\">");
        for (EntityType t : types) {
            sb.append("<span class=\"ent ent-").append(t.name()).append("\">").append(t.name()).append("</span> ");
        }
        sb.append("<span class=\"claimant\">claimant</span> → <span class=\"cue\">cue</span> → ")
                .append("<span class=\"content\">content</span></p>\n</header>\n");
    }

    private static void text(StringBuilder sb, DocumentResult doc) {
        String text = doc.text() == null ? "" : doc.text();
        for (Segments.Segment s : Segments.split(text, marks(doc))) {
            if (s.marks().isEmpty()) {
                Html.appendEscaped(sb, text, s.begin(), s.end());
                continue;
            }
            List<String> classes = new ArrayList<>(List.of("seg"));
            Map<String, String> attrs = new LinkedHashMap<>();
            Map<Segments.Role, List<String>> claims = new LinkedHashMap<>();
            for (Segments.Mark m : s.marks()) {
                if (m.role() == Segments.Role.MENTION) {
                    if (!attrs.containsKey("data-entity")) { // the innermost mention wins
                        classes.add("ent");
                        classes.add("ent-" + m.type());
                        attrs.put("data-entity", m.ref());
                        attrs.put("data-mention", m.id());
                    }
                } else {
                    claims.computeIfAbsent(m.role(), r -> new ArrayList<>()).add(m.id());
                }
            }
            claims.forEach((role, ids) -> {
                String name = role.name().toLowerCase(java.util.Locale.ROOT);
                classes.add(name);
                attrs.put("data-" + name, String.join(" ", ids));
            });
            sb.append("<span class=\"").append(String.join(" ", classes)).append('"');
            attrs.forEach((k, v) -> sb.append(' ').append(k).append("=\"").append(Html.escape(v)).append('"'));
            sb.append('>');
            Html.appendEscaped(sb, text, s.begin(), s.end());
            sb.append("</span>");
        }
    }

    static List<Segments.Mark> marks(DocumentResult doc) {
        List<Segments.Mark> marks = new ArrayList<>();
        for (Entity e : list(doc.entities())) {
            for (Mention m : list(e.mentions())) {
                marks.add(new Segments.Mark(m.begin(), m.end(), Segments.Role.MENTION, m.id(), e.id(),
                        e.type() == null ? "OTHER" : e.type().name()));
            }
        }
        for (Claim c : list(doc.claims())) {
            TextSpan who = c.claimant();
            if (who != null) {
                marks.add(new Segments.Mark(who.begin(), who.end(), Segments.Role.CLAIMANT, c.id(), null, null));
            }
            if (c.cue() != null) {
                marks.add(new Segments.Mark(c.cue().begin(), c.cue().end(), Segments.Role.CUE, c.id(), null, null));
            }
            List<TextSpan> parts = c.contentParts() != null && !c.contentParts().isEmpty() ? c.contentParts()
                    : c.content() == null ? List.of() : List.of(c.content());
            for (TextSpan p : parts) {
                marks.add(new Segments.Mark(p.begin(), p.end(), Segments.Role.CONTENT, c.id(), null, null));
            }
        }
        return marks;
    }

    private static void claimsTable(StringBuilder sb, DocumentResult doc) {
        Map<String, String> names = names(doc);
        sb.append("<section>\n<h2>Claims</h2>\n<table id=\"claims\" class=\"table\"><thead><tr><th>id</th>")
                .append("<th>type</th><th>claimant</th><th>cue</th><th>content</th><th>modality</th>")
                .append("<th>polarity</th><th>hedged</th><th>form</th><th>time</th></tr></thead>\n<tbody>\n");
        for (Claim c : list(doc.claims())) {
            String who = c.claimant() == null ? "(author)" : c.claimant().text();
            String entity = c.claimant() == null ? null : names.get(c.claimant().entity());
            sb.append("<tr data-claim=\"").append(Html.escape(c.id())).append("\"><td>").append(Html.escape(c.id()))
                    .append("</td><td>").append(c.type() == null ? "" : c.type().json()).append("</td><td>")
                    .append(Html.escape(who));
            if (entity != null && !entity.equals(who)) {
                sb.append(" <span class=\"muted\">→ ").append(Html.escape(entity)).append("</span>");
            }
            if (c.affiliation() != null) {
                String forWhom = names.getOrDefault(c.affiliation().entity(), c.affiliation().text());
                sb.append(" <span class=\"muted\">(for ").append(Html.escape(forWhom)).append(")</span>");
            }
            sb.append("</td><td>").append(Html.escape(c.cue() == null ? "" : c.cue().text())).append("</td><td>")
                    .append(Html.escape(c.content() == null ? "" : c.content().text())).append("</td><td>")
                    .append(c.modality() == null || c.modality().value() == null ? "" : c.modality().value().json())
                    .append("</td><td>").append(c.polarity() == null ? "" : Html.escape(c.polarity().value()))
                    .append("</td><td>").append(c.hedged() != null && c.hedged().value() ? "yes" : "no")
                    .append("</td><td>").append(c.form() == null ? "" : c.form().json()).append("</td><td>")
                    .append(Html.escape(c.time() == null ? "" : Objects.toString(c.time().value(), "")))
                    .append("</td></tr>\n");
        }
        sb.append("</tbody></table>\n</section>\n");
    }

    private static void entitiesTable(StringBuilder sb, DocumentResult doc) {
        sb.append("<section>\n<h2>Entities</h2>\n<table id=\"entities\" class=\"table\"><thead><tr><th>id</th>")
                .append("<th>type</th><th>name</th><th>aliases</th><th>mentions</th><th>value</th></tr></thead>\n")
                .append("<tbody>\n");
        for (Entity e : list(doc.entities())) {
            sb.append("<tr data-entity=\"").append(Html.escape(e.id())).append("\"><td>").append(Html.escape(e.id()))
                    .append("</td><td><span class=\"ent ent-").append(e.type()).append("\">").append(e.type())
                    .append("</span></td><td>").append(Html.escape(e.name()));
            if (!list(e.roles()).isEmpty()) {
                sb.append(" <span class=\"muted\">").append(Html.escape(String.join(", ", e.roles()))).append("</span>");
            }
            sb.append("</td><td>")
                    .append(Html.escape(String.join(", ", list(e.aliases())))).append("</td><td>")
                    .append(e.mentionCount()).append("</td><td>").append(Html.escape(e.value()))
                    .append("</td></tr>\n");
        }
        sb.append("</tbody></table>\n</section>\n");
    }

    /** What the script needs: entities (without mentions) with the claims they make and are named in, claims. */
    private static Map<String, Object> data(DocumentResult doc) {
        Map<String, Map<String, Object>> entities = new LinkedHashMap<>();
        for (Entity e : list(doc.entities())) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", e.id());
            m.put("type", e.type());
            m.put("subtype", e.subtype());
            m.put("name", e.name());
            m.put("aliases", list(e.aliases()));
            m.put("value", e.value());
            m.put("mentionCount", e.mentionCount());
            m.put("salience", e.salience());
            m.put("confidence", e.confidence());
            m.put("claimsBy", new ArrayList<String>());
            m.put("claimsAbout", new ArrayList<String>());
            entities.put(e.id(), m);
        }
        Map<String, Claim> claims = new LinkedHashMap<>();
        for (Claim c : list(doc.claims())) {
            claims.put(c.id(), c);
            if (c.claimant() != null && entities.containsKey(c.claimant().entity())) {
                by(entities.get(c.claimant().entity()), "claimsBy").add(c.id());
            }
            for (String id : ClaimSubjects.about(doc, c)) {
                if (entities.containsKey(id)) {
                    by(entities.get(id), "claimsAbout").add(c.id());
                }
            }
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", doc.id());
        data.put("entities", entities);
        data.put("claims", claims);
        return data;
    }

    @SuppressWarnings("unchecked")
    private static List<String> by(Map<String, Object> entity, String key) {
        return (List<String>) entity.get(key);
    }

    private static Map<String, String> names(DocumentResult doc) {
        Map<String, String> names = new LinkedHashMap<>();
        list(doc.entities()).forEach(e -> names.put(e.id(), e.name()));
        return names;
    }

    static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }
}
