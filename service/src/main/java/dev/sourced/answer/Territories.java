package dev.sourced.answer;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The names of countries and of the states of the United States, which news writes alone, with no word that marks
 * them as places ("Texas sued", "a deal with Ukraine"): a name that is one of them names a territory, or a team, a
 * government or a people acting for it, never a person, a product or an event. The countries are the JDK's (every
 * ISO 3166 region's English name), with the shorter names news uses for some of them.
 */
final class Territories {
    /** The states of the United States and its capital's district, which no library here lists. */
    private static final String US_STATES = "Alabama, Alaska, Arizona, Arkansas, California, Colorado, Connecticut, "
            + "Delaware, Florida, Georgia, Hawaii, Idaho, Illinois, Indiana, Iowa, Kansas, Kentucky, Louisiana, Maine, "
            + "Maryland, Massachusetts, Michigan, Minnesota, Mississippi, Missouri, Montana, Nebraska, Nevada, "
            + "New Hampshire, New Jersey, New Mexico, New York, North Carolina, North Dakota, Ohio, Oklahoma, Oregon, "
            + "Pennsylvania, Rhode Island, South Carolina, South Dakota, Tennessee, Texas, Utah, Vermont, Virginia, "
            + "Washington, West Virginia, Wisconsin, Wyoming, District of Columbia";

    /**
     * The abbreviations news style gives the states' names after a town's ("Roseburg, Ore.", "Albuquerque, N.M."); the
     * states it writes in full (Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas, Utah) have none.
     */
    private static final Map<String, String> STATE_ABBREVIATIONS = pairs("alabama Ala., arizona Ariz., arkansas Ark., "
            + "california Calif., colorado Colo., connecticut Conn., delaware Del., florida Fla., georgia Ga., "
            + "illinois Ill., indiana Ind., kansas Kan., kentucky Ky., louisiana La., maryland Md., massachusetts Mass., "
            + "michigan Mich., minnesota Minn., mississippi Miss., missouri Mo., montana Mont., nebraska Neb., "
            + "nevada Nev., new_hampshire N.H., new_jersey N.J., new_mexico N.M., new_york N.Y., north_carolina N.C., "
            + "north_dakota N.D., oklahoma Okla., oregon Ore., pennsylvania Pa., rhode_island R.I., "
            + "south_carolina S.C., south_dakota S.D., tennessee Tenn., vermont Vt., virginia Va., washington Wash., "
            + "west_virginia W.Va., wisconsin Wis., wyoming Wyo.");

    /** The abbreviations above after a town's name and its comma, by the state's name. */
    private static final Map<String, Pattern> STATES_AFTER_TOWNS = STATE_ABBREVIATIONS.entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(
                    Map.Entry::getKey, e -> Pattern.compile(",\\s+" + Pattern.quote(e.getValue()) + "(?!\\p{L})")));

    /** Names news gives countries and their nations besides the ISO English ones ("Türkiye", "Myanmar (Burma)"). */
    private static final String SHORTER_NAMES =
            "America, Britain, Great Britain, England, Scotland, Wales, Northern Ireland, Turkey, Burma, Gaza, "
                    + "Palestine, Czech Republic, Ivory Coast, Vatican, Congo, Democratic Republic of the Congo, "
                    + "Republic of the Congo, Bosnia, Bosnia and Herzegovina, Trinidad and Tobago, Antigua and Barbuda, "
                    + "Saint Kitts and Nevis, Hong Kong, Macau, Kosovo, East Timor, Cape Verde, Swaziland, Macedonia, "
                    + "Holland, Soviet Union, Korea";

    /** Countries news writes in initials, compared without their full stops ("U.S.", "UK"). */
    private static final Set<String> COUNTRY_INITIALS = Set.of("US", "USA", "UK", "UAE", "DRC", "PRC");

    private static final Set<String> COUNTRIES = countries();
    /** The endings that make a people's name of a country's ("Korea-n", "Chin-ese", "Israel-i", "Ukrain-ians"). */
    private static final List<String> PEOPLE_ENDINGS = List.of("n", "ns", "an", "ans", "ian", "ians", "ese", "i", "is");

    private static final Set<String> STATES = lowerCase(US_STATES);

    /** States that share their name with a city, or are one. */
    private static final Set<String> STATES_NAMED_AS_CITIES = Set.of("new york", "washington", "district of columbia");

    /** Countries that are, or share their name with, a city. */
    private static final Set<String> CITY_STATES = Set.of(
            "singapore",
            "monaco",
            "vatican",
            "vatican city",
            "gaza",
            "hong kong",
            "macau",
            "luxembourg",
            "kuwait",
            "djibouti",
            "san marino",
            "panama",
            "guatemala");

    /** Peoples' names that no ending makes of their country's ("French" of France, "Swiss", "Filipinos"), by country. */
    private static final Map<String, String> IRREGULAR_PEOPLES = irregularPeoples("french france, british britain, "
            + "britons britain, brits britain, english england, dutch netherlands, swiss switzerland, greek greece, "
            + "greeks greece, thai thailand, thais thailand, turkish turkey, turks turkey, spanish spain, "
            + "danish denmark, danes denmark, swedish sweden, swedes sweden, finnish finland, finns finland, "
            + "irish ireland, welsh wales, scottish scotland, scots scotland, filipino philippines, "
            + "filipinos philippines, afghan afghanistan, afghans afghanistan, czech czechia, czechs czechia, "
            + "slovak slovakia, slovaks slovakia, icelandic iceland, portuguese portugal, lebanese lebanon, "
            + "maltese malta, nepalese nepal, congolese congo, argentine argentina, argentines argentina, "
            + "cypriot cyprus, cypriots cyprus, emirati emirates, emiratis emirates, german germany, germans germany, "
            + "mexican mexico, mexicans mexico, peruvian peru, peruvians peru, belgian belgium, belgians belgium, "
            + "uzbek uzbekistan, uzbeks uzbekistan, kazakh kazakhstan, kazakhs kazakhstan");

    /**
     * One name for a country news calls by another word too: its initials ("UAE", "UK"; not "US", which the words of a
     * passage, in lower case, cannot tell from the pronoun) or another name ("Holland").
     */
    private static final Map<String, String> COUNTRY_ALIASES =
            Map.of("uae", "emirates", "uk", "britain", "holland", "netherlands", "türkiye", "turkey");

    /** The names of the United States among {@link #COUNTRIES}, which {@link #countryOf} may give. */
    private static final Set<String> US_NAMES = Set.of("america", "united states");

    /** The article before a country's name ("The U.S."), which is no part of it. */
    private static final Pattern LEADING_ARTICLE = Pattern.compile("(?i)^the\\s+");

    private Territories() {}

    /** Whether {@code name} (a possessive counts as the name) is that of a country or a state of the United States. */
    static boolean isTerritory(String name) {
        return isCountry(name) || isState(name);
    }

    /**
     * Whether {@code name} is a country's or a US state's that is not also a city's ("France", "Illinois", but not
     * "Singapore", "Kuwait" or "New York"): no answer to a question that asks for a city.
     */
    static boolean isTerritoryNoCity(String name) {
        return isCountry(name) && !CITY_STATES.contains(plain(name))
                || isState(name) && !STATES_NAMED_AS_CITIES.contains(plain(name));
    }

    /** Whether {@code name} (a possessive counts as the name) is a country's. */
    static boolean isCountry(String name) {
        String bare = withoutArticle(name);
        return COUNTRIES.contains(plain(bare))
                || COUNTRY_INITIALS.contains(withoutPossessive(bare).replace(".", ""));
    }

    /**
     * Whether {@code word} is a people's name, made from a country's ("Russian", "Russians", "Chinese", "Sri Lankan",
     * "South African-Israeli") or not ("French"): it says where someone or something is from, and names no one and
     * nothing.
     */
    static boolean isNationality(String word) {
        String plain = plain(word);
        // "South African-Israeli": each part a people's name.
        if (plain.indexOf('-') > 0) {
            return Arrays.stream(plain.split("-")).allMatch(Territories::isNationality);
        }
        return !COUNTRIES.contains(plain) && !countryOfPeople(plain).isEmpty();
    }

    /**
     * The country {@code word} names, by its own name ("France's", "UAE") or by its people's ("French", "Chinese",
     * "Israelis", "Emirati"), in lower case and by one name of it ({@link #COUNTRY_ALIASES}); "" for any other word. A
     * question about France is answered by "French President Emmanuel Macron".
     */
    static String countryOf(String word) {
        String plain = plain(word);
        String alias = COUNTRY_ALIASES.get(plain);
        if (alias != null) {
            return alias;
        }
        return COUNTRIES.contains(plain) ? plain : countryOfPeople(plain);
    }

    /** The country whose people {@code plain} (lower case, no possessive) names, or "". */
    private static String countryOfPeople(String plain) {
        String irregular = IRREGULAR_PEOPLES.get(plain);
        if (irregular != null) {
            return irregular;
        }
        if (plain.length() < 4) {
            return "";
        }
        for (String ending : PEOPLE_ENDINGS) {
            if (plain.endsWith(ending) && plain.length() - ending.length() >= 3) {
                String stem = plain.substring(0, plain.length() - ending.length());
                if (COUNTRIES.contains(stem)) {
                    return stem;
                }
                // "Russia" + "n", "Kenya" + "ns"; "China" less its "a" + "ese", "Italy" less its "y" + "ian": only the
                // longer endings take a country's last vowel ("Francis" is no "France"), and "an" an "o".
                if (ending.equals("ese") || ending.startsWith("ian")) {
                    for (String vowel : List.of("a", "e", "y")) {
                        if (COUNTRIES.contains(stem + vowel)) {
                            return stem + vowel;
                        }
                    }
                }
                // "Morocco" less its "o" + "an": "Moroccan".
                if (ending.startsWith("an") && COUNTRIES.contains(stem + "o")) {
                    return stem + "o";
                }
            }
        }
        return "";
    }

    /** Whether {@code noun} asks for a territory: "which country", "which nation", "which state". */
    static boolean isTerritoryNoun(String noun) {
        return switch (noun.toLowerCase(Locale.ROOT)) {
            case "country", "nation", "state" -> true;
            default -> false;
        };
    }

    /** Whether {@code name} (a possessive counts as the name) is that of a state of the United States. */
    static boolean isState(String name) {
        return STATES.contains(plain(withoutArticle(name)));
    }

    /**
     * Whether {@code name} is a state of the United States while what is asked stands in another {@code country} (as
     * {@link #countryOf} names it: "mexico" of "which Mexican state"): "which Mexican state" is no "Maryland".
     */
    static boolean isStateOutside(String name, String country) {
        return !country.isEmpty() && !US_NAMES.contains(country) && isState(name);
    }

    /**
     * Whether {@code name} is by itself of the kind {@code noun} asks for: a country's for "country" or "nation", a
     * state's for "state" ("which state": "New Hampshire").
     */
    static boolean isOfKind(String name, String noun) {
        return switch (noun.toLowerCase(Locale.ROOT)) {
            case "country", "nation" -> isCountry(name);
            case "state" -> isState(name);
            default -> false;
        };
    }

    private static String plain(String name) {
        return withoutPossessive(name).toLowerCase(Locale.ROOT);
    }

    private static String withoutPossessive(String name) {
        return Names.withoutPossessive(name.strip());
    }

    /** {@code name} without the article some write before a country's name ("The U.S.", "the Netherlands"). */
    private static String withoutArticle(String name) {
        return LEADING_ARTICLE.matcher(name.strip()).replaceFirst("");
    }

    /**
     * Whether {@code text} names the state {@code state} (in lower case, "new mexico") by the abbreviation news style
     * writes after a town's name and its comma ("Albuquerque, N.M."), as a word of its own: not "after Sunday Mass." nor
     * "W.Va." for Virginia. False for a state written in full and for any other name.
     */
    static boolean abbreviatedAfterTown(String state, String text) {
        Pattern afterTown = STATES_AFTER_TOWNS.get(state);
        return afterTown != null && afterTown.matcher(text).find();
    }

    /** "new_mexico N.M., oregon Ore." as a map from the names, with spaces for underscores, to their abbreviations. */
    private static Map<String, String> pairs(String list) {
        return Arrays.stream(list.split(",\\s*"))
                .map(pair -> pair.split(" "))
                .collect(Collectors.toUnmodifiableMap(pair -> pair[0].replace('_', ' '), pair -> pair[1]));
    }

    private static Set<String> countries() {
        Set<String> names = new HashSet<>(lowerCase(SHORTER_NAMES));
        for (String code : Locale.getISOCountries()) {
            names.add(Locale.of("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(names);
    }

    private static Map<String, String> irregularPeoples(String pairs) {
        return List.of(pairs.split(",\\s*")).stream()
                .map(pair -> pair.split(" "))
                .collect(Collectors.toUnmodifiableMap(pair -> pair[0], pair -> pair[1]));
    }

    private static Set<String> lowerCase(String list) {
        return List.of(list.split(",\\s*")).stream()
                .map(n -> n.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }
}
