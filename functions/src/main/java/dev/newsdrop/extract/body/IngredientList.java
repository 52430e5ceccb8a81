package dev.newsdrop.extract.body;

import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Locale;

/**
 * A recipe's list of ingredients. Recipe sites link each ingredient to its page or a shop ("200 g
 * <a>Zartbitterschokolade</a>", "<a>1 kg de patatas</a>"), so the list reads as a link list; but
 * it is the recipe's content, and recipe markup says so: schema.org's {@code recipeIngredient}
 * (microdata on the items), the recipe plugins' and CMSs' class names ("wprm-recipe-ingredients",
 * "tasty-recipes-ingredients", "ingredientes", "zutaten") on the list or the block around it, or
 * the heading the list sits under ("Zutaten für 4 Personen", "Ingrédients"). Asked only of lists
 * the link rules would cut, so it costs nothing on ordinary pages.
 */
final class IngredientList {

    /**
     * Parts of class and id names that name ingredients, lower case: "ingredi" covers the English,
     * French, Spanish, Portuguese, Italian, Dutch and Scandinavian words ("ingredients",
     * "ingredientes", "ingredienti", "ingredienten", "ingredienser"); German "zutat", Polish
     * "skladnik".
     */
    static final List<String> NAME_PARTS = List.of("ingredi", "zutat", "skladnik", "składnik");

    /** schema.org's properties of a recipe's ingredients, current and older, set on the items as microdata. */
    static final List<String> ITEMPROPS = List.of("recipeingredient", "ingredients");

    /**
     * Headings a list of ingredients sits under, lower case, as a heading opens with them ("Zutaten
     * für 4 Personen", "Ingredientes (para 4 personas)").
     */
    static final List<String> HEADINGS = List.of("zutaten", "ingredients", "ingrédients", "ingredientes", "ingredienti",
            "ingrediënten", "ingredienten", "składniki", "ingredienser", "ingredienset", "ainekset",
            "přísady", "suroviny", "sastojci", "ингредиенты", "інгредієнти", "malzemeler", "hozzávalók", "ingrediente");

    /** Previous siblings passed when looking for the heading over a list: a heading, perhaps a note or buttons between. */
    private static final int MAX_HEADING_DISTANCE = 3;

    /** Only this much of a class or id is read. */
    private static final int MAX_NAME_CHARS = 300;

    private IngredientList() {
    }

    /** True when the element is a list ({@code ul}, {@code ol}) of a recipe's ingredients. */
    static boolean is(Element list) {
        String tag = list.normalName();
        if (!tag.equals("ul") && !tag.equals("ol")) {
            return false;
        }
        if (namesIngredients(list) || (list.parent() != null && namesIngredients(list.parent()))) {
            return true;
        }
        Element item = list.firstElementChild();
        if (item != null && ITEMPROPS.contains(Blocks.attr(item, "itemprop").toLowerCase(Locale.ROOT))) {
            return true;
        }
        int steps = 0;
        for (Element before = list.previousElementSibling(); before != null && steps++ < MAX_HEADING_DISTANCE;
             before = before.previousElementSibling()) {
            if (Blocks.isHeading(before)) {
                return opensWithHeading(before.text());
            }
        }
        return false;
    }

    /**
     * True when the element is an item of a list of ingredients ({@link #is}): asked of an item the
     * link rules would cut when its list, mostly unlinked, was not ("1 kg <a>kålrabi</a>" under
     * "Ingredienser"), as one linked ingredient is still the recipe's.
     */
    static boolean isItem(Element item) {
        return item.normalName().equals("li") && item.parent() != null && is(item.parent());
    }

    /** Children looked at for a list of ingredients in a block: a heading, the list, a note or two. */
    private static final int MAX_CHILDREN_ASKED = 8;

    /** True when one of the block's first children is a list of ingredients ({@link #is}): the recipe's block of them. */
    static boolean wraps(Element block) {
        int steps = 0;
        for (Element child = block.firstElementChild(); child != null && steps++ < MAX_CHILDREN_ASKED; child = child.nextElementSibling()) {
            if (is(child)) {
                return true;
            }
        }
        return false;
    }

    /** Levels climbed from the chosen container to the block that also holds the recipe's ingredients. */
    private static final int MAX_LEVELS_UP = 3;

    /**
     * The container widened to the block that holds the recipe's ingredients beside it: the finder
     * picks the steps, where the prose is, and a list of linked ingredients votes against the block
     * around both; but a recipe's ingredients and steps are one text. Climbs at most
     * {@link #MAX_LEVELS_UP} levels, never to the body, and only to a block with a list of
     * ingredients among its first children ({@link #is}, or a block of one: {@link #wraps}).
     */
    static Element widen(Element container) {
        Element x = container;
        for (int up = 0; up < MAX_LEVELS_UP; up++) {
            Element parent = x.parent();
            if (parent == null || parent.normalName().equals("body") || parent.normalName().equals("html")) {
                return container;
            }
            int steps = 0;
            for (Element child = parent.firstElementChild(); child != null && steps++ < MAX_CHILDREN_ASKED;
                 child = child.nextElementSibling()) {
                if (child != x && (is(child) || wraps(child))) {
                    return parent;
                }
            }
            x = parent;
        }
        return container;
    }

    private static boolean namesIngredients(Element e) {
        String names = clip(Blocks.attr(e, "class")) + " " + clip(Blocks.attr(e, "id"));
        if (names.length() < 2) {
            return false;
        }
        String lower = names.toLowerCase(Locale.ROOT);
        for (String part : NAME_PARTS) {
            if (lower.contains(part)) {
                return true;
            }
        }
        return false;
    }

    private static boolean opensWithHeading(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        for (String h : HEADINGS) {
            if (lower.startsWith(h) && (lower.length() == h.length() || !Character.isLetter(lower.charAt(h.length())))) {
                return true;
            }
        }
        return false;
    }

    private static String clip(String s) {
        return s.length() > MAX_NAME_CHARS ? s.substring(0, MAX_NAME_CHARS) : s;
    }
}
