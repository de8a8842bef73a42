package org.claimtrace.output.html;

/** Escaping for HTML text, attribute values and JSON embedded in a script element. */
public final class Html {
    private Html() {
    }

    /** Escapes text for element content and double- or single-quoted attribute values. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        appendEscaped(sb, s, 0, s.length());
        return sb.toString();
    }

    /** Appends {@code s[begin, end)} escaped. */
    public static void appendEscaped(StringBuilder sb, String s, int begin, int end) {
        for (int i = begin; i < end; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
    }

    /**
     * Makes JSON safe inside {@code <script type="application/json">}: '<', '>' and '&' only occur inside
     * JSON strings, where their \\u escapes mean the same, so "&lt;/script>" cannot end the element.
     */
    public static String scriptJson(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
