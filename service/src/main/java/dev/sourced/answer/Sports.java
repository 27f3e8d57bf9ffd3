package dev.sourced.answer;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The names of sports, which news writes in lower case ("banned from figure skating", "the tennis star"): a question
 * that asks "which sport" is answered by one of them, as "which country" is by a country's name ({@link
 * Territories}). Words that name a sport and also something else in ordinary news ("shooting", "pool", "diving",
 * "skeleton") are left out.
 */
final class Sports {
    private static final List<String> NAMES = List.of(("figure skating|speed skating|ice skating|skating|ice hockey|"
                    + "field hockey|hockey|table tennis|tennis|golf|swimming|gymnastics|athletics|track and field|"
                    + "boxing|wrestling|judo|taekwondo|karate|fencing|rowing|canoeing|kayaking|sailing|cycling|"
                    + "triathlon|biathlon|alpine skiing|cross-country skiing|ski jumping|skiing|snowboarding|bobsled|"
                    + "bobsleigh|luge|curling|weightlifting|archery|equestrian|horse racing|basketball|baseball|"
                    + "softball|american football|football|soccer|rugby union|rugby league|rugby|cricket|"
                    + "beach volleyball|volleyball|handball|water polo|badminton|squash|darts|snooker|billiards|chess|"
                    + "surfing|skateboarding|sport climbing|rock climbing|marathon running|auto racing|motor racing|"
                    + "formula one|nascar|motorsport|pickleball|lacrosse|bowling|mixed martial arts|mma")
            .split("\\|"));
    /** The sports named in one word, as a name's last word is looked up ("Premier Volleyball"). */
    private static final Set<String> ONE_WORD =
            NAMES.stream().filter(n -> n.indexOf(' ') < 0).collect(Collectors.toUnmodifiableSet());
    /** Longest first, so that "figure skating" is found before "skating". */
    private static final Pattern SPORT = Pattern.compile("(?i)(?<![\\p{L}-])(?:"
            + NAMES.stream()
                    .sorted(Comparator.comparingInt(String::length).reversed())
                    .map(Pattern::quote)
                    .collect(Collectors.joining("|"))
            + ")(?![\\p{L}-])");

    /** Nouns for those who play a sport, with the sport: "figure skater" plays figure skating. */
    private static final Map<String, String> PLAYERS = players();

    private static final Pattern PLAYER = Pattern.compile("(?i)(?<![\\p{L}-])(?:"
            + PLAYERS.keySet().stream()
                    .sorted(Comparator.comparingInt(String::length).reversed())
                    .map(Pattern::quote)
                    .collect(Collectors.joining("|"))
            + ")s?(?![\\p{L}-])");

    private Sports() {}

    private static Map<String, String> players() {
        Map<String, String> players = new LinkedHashMap<>();
        String[] pairs = ("figure skater:figure skating|speed skater:speed skating|skater:skating|"
                        + "tennis player:tennis|golfer:golf|swimmer:swimming|gymnast:gymnastics|boxer:boxing|"
                        + "wrestler:wrestling|fencer:fencing|rower:rowing|cyclist:cycling|skier:skiing|"
                        + "snowboarder:snowboarding|weightlifter:weightlifting|archer:archery|footballer:football|"
                        + "cricketer:cricket|darts player:darts|chess player:chess|surfer:surfing|"
                        + "skateboarder:skateboarding|curler:curling|jockey:horse racing|hockey player:hockey|"
                        + "basketball player:basketball|baseball player:baseball|soccer player:soccer|"
                        + "volleyball player:volleyball|triathlete:triathlon|biathlete:biathlon|bobsledder:bobsled|"
                        + "luger:luge|climber:climbing|judoka:judo")
                .split("\\|");
        for (String pair : pairs) {
            String[] parts = pair.split(":");
            players.put(parts[0], parts[1]);
        }
        return Map.copyOf(players);
    }

    /** The nouns for players of a sport {@code sentence} writes ("figure skater"), in order. */
    static List<Phrase> playersIn(String sentence) {
        return Phrase.allOf(PLAYER, sentence);
    }

    /** The sport a player of {@code phrase} plays ("figure skaters": figure skating), or empty for a sport's name. */
    static Optional<String> playedBy(String phrase) {
        String lower = phrase.toLowerCase(Locale.ROOT);
        String singular =
                PLAYERS.containsKey(lower) || !lower.endsWith("s") ? lower : lower.substring(0, lower.length() - 1);
        return Optional.ofNullable(PLAYERS.get(singular));
    }

    /** Whether {@code phrase} is the name of {@code sport}, as written in any case. */
    static boolean names(Phrase phrase, String sport) {
        return phrase.text().equalsIgnoreCase(sport);
    }

    /** The sports {@code sentence} names, in order. */
    static List<Phrase> in(String sentence) {
        return Phrase.allOf(SPORT, sentence);
    }

    /** Whether {@code word} is a sport's name: "volleyball", "Gymnastics". */
    static boolean isSport(String word) {
        return ONE_WORD.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code noun} asks for a sport: "which sport", "what sports". */
    static boolean isSportNoun(String noun) {
        return Stream.of("sport", "sports").anyMatch(noun.toLowerCase(Locale.ROOT)::equals);
    }
}
