package dev.sourced.duplicates;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The groups of copies in the index at one moment: immutable, so a search uses one view throughout. Articles without
 * a copy are in no group.
 */
public final class Groups {
    public static final Groups NONE = new Groups(List.of());

    private final Map<String, Group> byArticle;
    private final List<Group> all;

    public Groups(List<Group> groups) {
        this.all = List.copyOf(groups);
        Map<String, Group> byArticle = new LinkedHashMap<>();
        for (Group group : all) {
            group.members().forEach(id -> byArticle.put(id, group));
        }
        this.byArticle = Map.copyOf(byArticle);
    }

    /** Every group, in the order of their representatives' ids. */
    public List<Group> all() {
        return all;
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    public Optional<Group> of(String articleId) {
        return Optional.ofNullable(byArticle.get(articleId));
    }

    /** The other members of the article's group, representative first; empty when it is in none. */
    public List<String> othersOf(String articleId) {
        return of(articleId).map(g -> g.others(articleId)).orElse(List.of());
    }

    /**
     * Articles that publish the same story.
     *
     * @param members every member, {@code representative} first, then in the order {@link Representatives} gives
     */
    public record Group(String representative, List<String> members) {
        public Group {
            members = List.copyOf(members);
            if (members.size() < 2 || !members.getFirst().equals(representative)) {
                throw new IllegalArgumentException("a group has two members or more, its representative first");
            }
            if (new LinkedHashSet<>(members).size() != members.size()) {
                throw new IllegalArgumentException("a group lists each member once");
            }
        }

        public List<String> others(String articleId) {
            return members.stream().filter(id -> !id.equals(articleId)).toList();
        }
    }
}
