package dev.sourced.duplicates;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds near copies among articles with locality-sensitive hashing over their MinHash signatures (Leskovec,
 * Rajaraman and Ullman, "Mining of Massive Datasets", ch. 3): the signature is cut into {@value #BANDS} bands of
 * {@value #ROWS} rows, and two articles become candidates when any band is equal, which happens with probability
 * {@code 1 - (1 - s^3)^42} for Jaccard similarity s: 0.996 at 0.5, 0.5% at 0.05. Candidates are then kept only when
 * their estimated similarity reaches the threshold, so the banding costs recall only below it. A group is a connected
 * set of such pairs: a copy of a copy joins its original's group. Adding or removing one article costs the work of
 * its own candidates, not of the whole index. Not thread-safe.
 */
final class NearDuplicateIndex {
    static final int BANDS = 42;
    static final int ROWS = 3;

    private final double threshold;
    private final Map<String, Member> members = new HashMap<>();
    private final Map<Long, Set<String>> buckets = new HashMap<>();
    private final Map<String, Set<String>> bodies = new HashMap<>();
    private final Map<String, Set<String>> links = new HashMap<>();

    /** @param threshold the estimated Jaccard similarity of word shingles from which two articles are copies */
    NearDuplicateIndex(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("the similarity threshold must be in (0, 1], not " + threshold);
        }
        this.threshold = threshold;
    }

    /** Adds an article, or replaces the one of that id. */
    void add(Member member) {
        remove(member.id());
        members.put(member.id(), member);
        links.put(member.id(), new HashSet<>());
        Fingerprint fingerprint = member.fingerprint();
        if (fingerprint.blank()) {
            return;
        }
        bodies.computeIfAbsent(bodyKey(fingerprint), k -> new TreeSet<>()).add(member.id());
        Set<String> candidates = new HashSet<>();
        for (int band = 0; band < BANDS; band++) {
            Set<String> bucket = buckets.computeIfAbsent(bandKey(fingerprint, band), k -> new HashSet<>());
            candidates.addAll(bucket);
            bucket.add(member.id());
        }
        for (String candidate : candidates) {
            Fingerprint other = members.get(candidate).fingerprint();
            if (fingerprint.sameBody(other) || fingerprint.similarity(other) >= threshold) {
                links.get(member.id()).add(candidate);
                links.get(candidate).add(member.id());
            }
        }
    }

    void clear() {
        members.clear();
        buckets.clear();
        bodies.clear();
        links.clear();
    }

    /** Removes an article; true when it was there. */
    boolean remove(String id) {
        Member member = members.remove(id);
        if (member == null) {
            return false;
        }
        Fingerprint fingerprint = member.fingerprint();
        if (!fingerprint.blank()) {
            forget(bodies, bodyKey(fingerprint), id);
            for (int band = 0; band < BANDS; band++) {
                forget(buckets, bandKey(fingerprint, band), id);
            }
        }
        for (String linked : links.remove(id)) {
            links.get(linked).remove(id);
        }
        return true;
    }

    /** Indexed articles (not stored copies) other than {@code id} with the same body, smallest id first. */
    List<String> sameBody(String id, Fingerprint fingerprint) {
        return bodies.getOrDefault(bodyKey(fingerprint), Set.of()).stream()
                .filter(other -> !other.equals(id) && members.get(other).copyOf() == null)
                .toList();
    }

    /** The stored exact copies of {@code id}, smallest id first. */
    List<String> copiesOf(String id) {
        return members.values().stream()
                .filter(m -> id.equals(m.copyOf()))
                .map(Member::id)
                .sorted()
                .toList();
    }

    /** The groups as they stand, each ordered by {@code order}. */
    Groups groups(Comparator<Member> order) {
        List<Groups.Group> groups = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Map.Entry<String, Set<String>> entry : links.entrySet()) {
            String start = entry.getKey();
            if (entry.getValue().isEmpty() || !seen.add(start)) {
                continue;
            }
            List<Member> component = new ArrayList<>();
            Deque<String> todo = new ArrayDeque<>(List.of(start));
            while (!todo.isEmpty()) {
                String id = todo.pop();
                component.add(members.get(id));
                for (String next : links.get(id)) {
                    if (seen.add(next)) {
                        todo.push(next);
                    }
                }
            }
            component.sort(order);
            List<String> ids = component.stream().map(Member::id).toList();
            groups.add(new Groups.Group(ids.getFirst(), new ArrayList<>(new LinkedHashSet<>(ids))));
        }
        groups.sort(Comparator.comparing(Groups.Group::representative));
        return new Groups(groups);
    }

    private static long bandKey(Fingerprint fingerprint, int band) {
        int[] signature = fingerprint.signatureView();
        long h = band;
        for (int row = band * ROWS; row < (band + 1) * ROWS; row++) {
            h = MinHash.mix(h * 0x9e3779b97f4a7c15L + signature[row]);
        }
        return h;
    }

    private static String bodyKey(Fingerprint fingerprint) {
        return HexFormat.of().formatHex(fingerprint.bodyDigest());
    }

    private static <K> void forget(Map<K, Set<String>> map, K key, String id) {
        Set<String> ids = map.get(key);
        if (ids != null) {
            ids.remove(id);
            if (ids.isEmpty()) {
                map.remove(key);
            }
        }
    }
}
