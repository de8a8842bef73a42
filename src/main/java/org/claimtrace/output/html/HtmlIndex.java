package org.claimtrace.output.html;

import org.claimtrace.model.DocumentResult;
import org.claimtrace.model.EntityType;

import java.util.List;
import java.util.Objects;

/** The batch's index page: one row per document with its date, status, counts and main persons. */
public final class HtmlIndex {
    private HtmlIndex() {
    }

    /** What the index shows of one document. */
    public record Entry(String file, String id, String title, String date, String status, int entities,
                        int claims, String persons) {
        static Entry of(DocumentResult d, String file) {
            String persons = HtmlPage.list(d.entities()).stream().filter(e -> e.type() == EntityType.PERSON)
                    .limit(4).map(e -> e.name()).reduce((a, b) -> a + ", " + b).orElse("");
            return new Entry(file, d.id(), d.title(),
                    d.documentDate() == null || d.documentDate().value() == null ? ""
                            : d.documentDate().value().toString(),
                    d.status() == null ? "" : d.status().json(), HtmlPage.list(d.entities()).size(),
                    HtmlPage.list(d.claims()).size(), persons);
        }
    }

    public static String render(List<Entry> entries) {
        StringBuilder sb = new StringBuilder(4096);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(HtmlPage.CSP).append("\">\n")
                .append("<title>claimtrace · ").append(entries.size()).append(" documents</title>\n<style>\n")
                .append(Assets.CSS).append("</style>\n</head>\n<body>\n<header><h1>claimtrace</h1><p class=\"meta\">")
                .append(entries.size()).append(" documents</p></header>\n<section>\n<table id=\"documents\" ")
                .append("class=\"table\"><thead><tr><th>document</th><th>date</th><th>status</th><th>entities</th>")
                .append("<th>claims</th><th>persons</th></tr></thead>\n<tbody>\n");
        for (Entry e : entries) {
            String title = e.title() == null || e.title().isBlank() ? e.id() : e.title();
            sb.append("<tr><td><a href=\"").append(Html.escape(e.file())).append("\">").append(Html.escape(title))
                    .append("</a><br><code class=\"muted\">").append(Html.escape(e.id())).append("</code></td><td>")
                    .append(Html.escape(e.date())).append("</td><td>").append(Html.escape(e.status()))
                    .append("</td><td>").append(e.entities()).append("</td><td>").append(e.claims())
                    .append("</td><td>").append(Html.escape(Objects.toString(e.persons(), ""))).append("</td></tr>\n");
        }
        sb.append("</tbody></table>\n</section>\n</body>\n</html>\n");
        return sb.toString();
    }
}
