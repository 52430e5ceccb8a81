package dev.newsdrop.extract.body;

import java.util.ArrayDeque;
import java.util.Random;

/**
 * Random nests of elements and texts for the tests that pin a memo or a gate to the path it stands for: each step
 * opens one of the tags, closes the innermost open one, or writes one of the texts (markup pieces such as comments,
 * CDATA or a script are texts too), and whatever is left open stays unclosed, for jsoup to close.
 */
final class RandomNests {

    private RandomNests() {
    }

    /**
     * The markup of one nest of {@code steps} steps. Of {@code opens + 3} equal chances, {@code opens} open a tag,
     * one closes the innermost tag (or opens one when none is open) and two write a text.
     */
    static String html(Random random, String[] tags, String[] texts, int steps, int opens) {
        StringBuilder html = new StringBuilder();
        ArrayDeque<String> stack = new ArrayDeque<>();
        for (int step = 0; step < steps; step++) {
            int pick = random.nextInt(opens + 3);
            if (pick < opens || stack.isEmpty() && pick == opens) {
                String tag = tags[random.nextInt(tags.length)];
                html.append('<').append(tag).append('>');
                stack.push(tag);
            } else if (pick == opens) {
                html.append("</").append(stack.pop()).append('>');
            } else {
                html.append(texts[random.nextInt(texts.length)]);
            }
        }
        return html.toString();
    }
}
