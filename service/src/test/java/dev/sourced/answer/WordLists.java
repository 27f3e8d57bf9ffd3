package dev.sourced.answer;

import java.util.List;
import java.util.stream.Stream;

/** Test rows' lists of word lists, written "luke littler;pdc": lists by ";", words by spaces; "" or "-" for none. */
final class WordLists {
    private WordLists() {}

    static List<List<String>> of(String written) {
        return written.isEmpty() || written.equals("-")
                ? List.of()
                : Stream.of(written.split(";"))
                        .map(list -> List.of(list.split(" ")))
                        .toList();
    }
}
