package org.claimtrace.io;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The main article text of an HTML page, with jsoup: scripts, styles, navigation, headers, footers and
 * forms are dropped, and each block (heading, paragraph, list item, quote) becomes a paragraph of the text.
 * The content of {@code <noscript>} and {@code <template>} is dropped too (it is what a browser does not show:
 * a script-free fallback, an unrendered fragment), so a page whose article sits only inside one of them has an
 * empty text and the document is skipped as empty.
 * jsoup's HTML parser never fetches anything and expands no external entities.
 */
public final class HtmlExtractor {
    private static final String DROP = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, svg, canvas, button, select, [role=navigation], [role=banner], [role=contentinfo], "
            + "[aria-hidden=true], .advert, .ad, .share, .social, .related, .comments";
    private static final Set<String> BLOCKS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote",
            "pre", "figcaption", "dd", "dt", "td", "th");
    private static final String[] DATE_META = {
        "meta[property=article:published_time]", "meta[name=article:published_time]",
        "meta[itemprop=datePublished]", "meta[name=date]", "meta[name=pubdate]", "meta[name=publishdate]",
        "meta[name=DC.date.issued]", "meta[name=dcterms.date]", "meta[property=og:published_time]"};

    /**
     * What was extracted.
     *
     * @param badDate the first date meta tag or {@code <time datetime>} whose value is not a date, or null
     */
    public record Extracted(String text, String title, LocalDate date, String dateEvidence, String badDate) {
    }

    private HtmlExtractor() {
    }

    public static Extracted extract(String html) {
        Document doc = Jsoup.parse(html, "", Parser.htmlParser());
        String title = firstNonBlank(
                attr(doc, "meta[property=og:title]", "content"),
                doc.title(),
                doc.selectFirst("h1") == null ? null : doc.selectFirst("h1").text());
        LocalDate date = null;
        String evidence = null;
        String bad = null;
        for (String sel : DATE_META) {
            String v = attr(doc, sel, "content");
            LocalDate d = IsoDates.parseLenient(v);
            if (d != null) {
                date = d;
                evidence = v;
                break;
            }
            bad = bad == null && v != null && !v.isBlank() ? v : bad;
        }
        if (date == null) {
            Element time = doc.selectFirst("time[datetime]");
            if (time != null) {
                date = IsoDates.parseLenient(time.attr("datetime"));
                evidence = date == null ? null : time.attr("datetime");
                bad = bad == null && date == null && !time.attr("datetime").isBlank() ? time.attr("datetime") : bad;
            }
        }
        doc.select(DROP).remove();
        Element root = firstNonNull(doc.selectFirst("article"), doc.selectFirst("main"),
                doc.selectFirst("[role=main]"), doc.body());
        String text = root == null ? "" : blocksText(root);
        return new Extracted(text, title, date, evidence, bad);
    }

    private static String blocksText(Element root) {
        List<String> paragraphs = new ArrayList<>();
        for (Element el : root.getAllElements()) {
            if (!BLOCKS.contains(el.normalName()) || hasBlockDescendant(el)) {
                continue;
            }
            String t = el.text().strip();
            if (!t.isEmpty()) {
                paragraphs.add(t);
            }
        }
        if (paragraphs.isEmpty()) {
            return root.text().strip();
        }
        return String.join("\n\n", paragraphs) + "\n";
    }

    private static boolean hasBlockDescendant(Element el) {
        for (Element d : el.getAllElements()) {
            if (d != el && BLOCKS.contains(d.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static String attr(Document doc, String selector, String attribute) {
        Element e = doc.selectFirst(selector);
        return e == null ? null : e.attr(attribute);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
