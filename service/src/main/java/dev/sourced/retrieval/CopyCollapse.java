package dev.sourced.retrieval;

import dev.sourced.duplicates.Groups;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Shows each group of copies once in a result list. The group takes the place of its best-ranked passage, and the
 * passage shown is its representative's best one when the search found it about as well ({@value #AS_WELL} of the
 * group's best score or more), else the best-ranked member's: copies may differ in just what the question matched (a
 * figure, a name, the one word of a templated story), and then the copy that says it is the one to show. Other
 * passages of the shown article stay in the list as they ranked; passages of the group's other articles are left out
 * of it and carried on the shown hit ({@link Hit#copies()}), which also names all the group's other articles
 * ({@link Hit#alsoPublishedBy()}). Articles in no group pass through untouched. A pure function.
 */
final class CopyCollapse {
    /**
     * How close to the group's best score the representative's passage must come to be shown for the group. Copies of
     * one text found by the same words score alike (chunk boundaries shifted by an edit move the score a little); a
     * representative that lacks what the question matched in another copy scores far lower.
     */
    static final double AS_WELL = 0.9;

    private CopyCollapse() {}

    /** The first {@code k} entries of {@code hits} (best first) with each group collapsed. */
    static List<Hit> collapse(List<Hit> hits, Groups groups, int k) {
        if (groups.isEmpty()) {
            return hits.stream().limit(k).toList();
        }
        Map<String, String> shownByGroup = new HashMap<>();
        Map<String, Hit> bestByArticle = new LinkedHashMap<>();
        for (Hit hit : hits) {
            bestByArticle.putIfAbsent(hit.articleId(), hit);
        }
        List<Slot> slots = new ArrayList<>();
        Map<String, Slot> slotByGroup = new HashMap<>();
        for (Hit hit : hits) {
            Optional<Groups.Group> group = groups.of(hit.articleId());
            if (group.isEmpty()) {
                slots.add(new Slot(hit));
                continue;
            }
            String representative = group.get().representative();
            String shown = shownByGroup.computeIfAbsent(representative, r -> {
                Hit found = bestByArticle.get(r);
                return found != null && found.score() >= AS_WELL * hit.score() ? r : hit.articleId();
            });
            Slot slot = slotByGroup.get(representative);
            if (slot == null) {
                Hit head = bestByArticle.get(shown);
                slot = new Slot(head);
                slot.groupScore = hit.score();
                slot.others = group.get().others(shown);
                slotByGroup.put(representative, slot);
                slots.add(slot);
                if (!hit.articleId().equals(shown)) {
                    slot.copies.add(hit);
                }
            } else if (hit.articleId().equals(shown) && hit != slot.hit) {
                slots.add(new Slot(hit));
            } else if (!hit.articleId().equals(shown)) {
                slot.copies.add(hit);
            }
        }
        return slots.stream().limit(k).map(Slot::hit).toList();
    }

    /** One entry of the collapsed list, filled as the ranked hits are read. */
    private static final class Slot {
        private final Hit hit;
        private final List<Hit> copies = new ArrayList<>();
        private List<String> others = List.of();
        private double groupScore = Double.NaN;

        private Slot(Hit hit) {
            this.hit = hit;
        }

        private Hit hit() {
            return Double.isNaN(groupScore) ? hit : hit.standingFor(groupScore, others, copies);
        }
    }
}
