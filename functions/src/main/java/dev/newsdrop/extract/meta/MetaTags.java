package dev.newsdrop.extract.meta;

import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A page's meta tags by lower-cased name, property, itemprop or http-equiv, values in page order. */
public final class MetaTags {

    private final Map<String, List<String>> byName = new HashMap<>();

    MetaTags(List<Element> metas) {
        for (Element m : metas) {
            // a few sites write value= where content= belongs
            // exact-key lookups: the HTML parser writes attribute names in lower case
            Attributes attributes = m.attributes();
            String content = attributes.hasKey("content") ? attributes.get("content").trim() : attributes.get("value").trim();
            if (content.isEmpty()) {
                continue;
            }
            for (String key : new String[]{"name", "property", "itemprop", "http-equiv"}) {
                String k = attributes.get(key).trim().toLowerCase(Locale.ROOT);
                if (!k.isEmpty()) {
                    byName.computeIfAbsent(k, x -> new ArrayList<>()).add(content);
                }
            }
        }
    }

    /** The first non-blank value under any of the names, tried in order; null when none. */
    public String first(String... names) {
        return first(List.of(names));
    }

    public String first(List<String> names) {
        for (String n : names) {
            for (String s : all(n)) {
                if (!s.isBlank()) {
                    return s.trim();
                }
            }
        }
        return null;
    }

    public List<String> all(String name) {
        return byName.getOrDefault(name, List.of());
    }
}
