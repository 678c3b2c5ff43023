package io.newsdigest.nlp.text;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the main text of an HTML page with jsoup: removes scripts, navigation, menus, footers, share buttons and
 * similar page parts, picks the article element (or the element holding most paragraph text), and writes its
 * headings, paragraphs and list items one per line. Stateless.
 */
final class HtmlMainText {

    record Extract(String text, Optional<String> title, Optional<String> byline) {
    }

    private static final String DROPPED_TAGS = "script, style, noscript, template, iframe, svg, canvas, form, "
            + "button, input, select, nav, aside, figure, [role=navigation], [role=contentinfo], [role=banner], "
            + "[aria-hidden=true], [hidden]";
    private static final Set<String> DROPPED_CLASS_PARTS = Set.of("share", "sharing", "social", "menu", "nav",
            "navbar", "navigation", "footer", "cookie", "cookies", "consent", "banner", "ad", "ads", "advert",
            "advertisement", "promo", "related", "newsletter", "comment", "comments", "breadcrumb", "breadcrumbs",
            "sidebar", "subscribe", "popup", "modal", "toolbar", "outbrain", "taboola", "recirculation");
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, dt, dd, td, div, section";
    private static final String BYLINE = "[rel=author], [itemprop=author], .byline, .author, .autor, address";

    private HtmlMainText() {
    }

    static Extract extract(String html) {
        Document page = Jsoup.parse(html);
        Optional<String> byline = byline(page);
        page.select(BYLINE).remove();
        page.select(DROPPED_TAGS).remove();
        page.select("header, footer").stream().filter(e -> e.closest("article") == null).forEach(Element::remove);
        page.getAllElements().stream().filter(HtmlMainText::looksLikeFurniture).toList().forEach(Element::remove);
        Element root = mainElement(page);
        Optional<String> title = title(page, root);
        List<String> lines = new ArrayList<>();
        for (Element block : root.select(BLOCKS)) {
            if (block.select(BLOCKS).size() > 1 && !"p".equals(block.normalName())) {
                continue; // a container; its inner blocks are written on their own lines
            }
            String text = block.text().strip();
            if (!text.isEmpty()) {
                lines.add("li".equals(block.normalName()) ? "- " + text : text);
            }
        }
        if (lines.isEmpty()) {
            // Text straight in <body> (or a fragment without block elements): keep its own line breaks.
            lines.add(root.wholeText());
        }
        return new Extract(String.join("\n", lines), title, byline);
    }

    private static boolean looksLikeFurniture(Element element) {
        if (element.normalName().equals("body") || element.normalName().equals("html")) {
            return false;
        }
        String names = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
        for (String part : names.split("[\\s_-]+")) {
            if (DROPPED_CLASS_PARTS.contains(part)) {
                return true;
            }
        }
        return false;
    }

    private static Element mainElement(Document page) {
        for (String candidates : List.of("article, [itemprop=articleBody]", "main, [role=main]")) {
            Elements found = page.select(candidates);
            Element best = found.stream().max(Comparator.comparingInt(HtmlMainText::paragraphText)).orElse(null);
            if (best != null && paragraphText(best) > 0) {
                return best;
            }
        }
        return page.select("p").stream().map(Element::parent).filter(p -> p != null)
                .max(Comparator.comparingInt(HtmlMainText::paragraphText)).orElse(page.body());
    }

    private static int paragraphText(Element element) {
        return element.select("p").stream().mapToInt(p -> p.text().length()).sum();
    }

    private static Optional<String> title(Document page, Element root) {
        Element heading = root.selectFirst("h1");
        if (heading == null) {
            heading = page.selectFirst("h1");
        }
        if (heading != null && !heading.text().isBlank()) {
            return Optional.of(heading.text().strip());
        }
        Element og = page.selectFirst("meta[property=og:title]");
        if (og != null && !og.attr("content").isBlank()) {
            return Optional.of(og.attr("content").strip());
        }
        return Optional.of(page.title().strip()).filter(t -> !t.isEmpty());
    }

    private static Optional<String> byline(Document page) {
        Element meta = page.selectFirst("meta[name=author]");
        if (meta != null && !meta.attr("content").isBlank()) {
            return Optional.of(meta.attr("content").strip());
        }
        return page.select(BYLINE).stream().map(e -> e.text().strip())
                .filter(t -> !t.isEmpty() && t.length() <= 120).findFirst();
    }
}
