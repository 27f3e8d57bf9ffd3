package dev.sourced.duplicates;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Which member of a group stands for it, first to last: a member from a preferred source (earlier in the list
 * first), then the earliest published (the wire original usually runs first; undated members last), then the
 * smallest id, so that the choice never depends on the order articles arrived in.
 */
public final class Representatives implements Comparator<Member> {
    private final List<String> preferredSources;

    /** @param preferredSources outlets to prefer, most preferred first, matched regardless of case */
    public Representatives(List<String> preferredSources) {
        this.preferredSources = preferredSources.stream()
                .map(s -> s.strip().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty())
                .toList();
    }

    @Override
    public int compare(Member a, Member b) {
        int bySource = Integer.compare(rank(a), rank(b));
        if (bySource != 0) {
            return bySource;
        }
        int byDate = Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()).compare(a.date(), b.date());
        return byDate != 0 ? byDate : a.id().compareTo(b.id());
    }

    private int rank(Member member) {
        int rank = preferredSources.indexOf(member.source().toLowerCase(Locale.ROOT));
        return rank < 0 ? preferredSources.size() : rank;
    }
}
