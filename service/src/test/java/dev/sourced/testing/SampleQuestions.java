package dev.sourced.testing;

import java.util.List;

/** Questions the benchmarks and load tests ask: the shape of the evaluation set's, answerable and not. */
public final class SampleQuestions {
    public static final List<String> LIST = List.of(
            "What did China's Foreign Ministry spokeswoman Hua Chunying call on all parties to do?",
            "How many South Koreans were in the region as of Thursday?",
            "Who is China's ambassador to the United Nations?",
            "Which UN Security Council resolution did Lavrov say the US and NATO violated?",
            "When did Wang Yi first speak by phone with Dmytro Kuleba?",
            "What did Xi Jinping tell Putin about resolving the Ukraine situation?",
            "What safety advice did the Chinese Embassy in Ukraine give its nationals?",
            "Who won the 2022 FIFA World Cup?");

    private SampleQuestions() {}
}
