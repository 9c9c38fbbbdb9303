package org.eads.screening.internal.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops Thai nicknames (chue len) given in quotes or parentheses: "Somchai 'Lek' Jaidee". A nickname is not a legal
 * name and would otherwise be compared as one; other quoted or bracketed words (an alias, a maiden name) stay.
 */
final class NicknameFilter {

    // An opening quote must not follow a letter, so the apostrophe of "Dato'" or "O'Brien" never opens one.
    private static final Pattern QUOTED = Pattern.compile(
            "(?<!\\p{L})[\"\u201c\u2018'(\uff08]([^\"\u201c\u201d\u2018\u2019'()\uff08\uff09]+)[\"\u201d\u2019')\uff09]");

    private final Set<String> nicknames;

    NicknameFilter(Set<String> nicknames) {
        this.nicknames = Set.copyOf(nicknames);
    }

    /** The name without its nicknames; removed nicknames are added to {@code removed}. */
    String strip(String name, List<RemovedPart> removed) {
        Matcher quoted = QUOTED.matcher(name);
        StringBuilder out = new StringBuilder();
        List<RemovedPart> found = new ArrayList<>();
        while (quoted.find()) {
            String inside = quoted.group(1).strip();
            boolean nickname = !inside.isEmpty() && List.of(inside.split("\\s+")).stream()
                    .allMatch(word -> nicknames.contains(word.toLowerCase(Locale.ROOT)));
            if (nickname) {
                found.add(new RemovedPart(inside, RemovedPart.Kind.NICKNAME));
            }
            quoted.appendReplacement(out, Matcher.quoteReplacement(nickname ? " " : " " + inside + " "));
        }
        quoted.appendTail(out);
        removed.addAll(found);
        return out.toString();
    }
}
