package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TerritoriesTest {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Texas                | true
            Texas's              | true
            New Hampshire        | true
            Ukraine              | true
            United States        | true
            South Korea          | true
            Britain              | true
            Scotland             | true
            ukraine              | true
            Des Moines           | false
            West Texas           | false
            Jon Stewart          | false
            Alaska Airlines      | false
            Republican Party     | false
            Oppenheimer          | false
            """)
    void aCountryOrAStateOfTheUnitedStatesIsATerritory(String name, boolean territory) {
        assertEquals(territory, Territories.isTerritory(name));
    }

    /** Each row: a name, whether it is a country's, whether it is a US state's. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            China's        | true  | false
            Britain        | true  | false
            Georgia        | true  | true
            New Hampshire  | false | true
            Palmetto State | false | false
            U.S.           | true  | false
            UK's           | true  | false
            CNN            | false | false
            Hong Kong      | true  | false
            Grenoble       | false | false
            """)
    void countriesAndStatesAreToldApart(String name, boolean country, boolean state) {
        assertEquals(country, Territories.isCountry(name));
        assertEquals(state, Territories.isState(name));
        assertEquals(country, Territories.isOfKind(name, "country"));
        assertEquals(country, Territories.isOfKind(name, "nation"));
        assertEquals(state, Territories.isOfKind(name, "state"));
        assertEquals(false, Territories.isOfKind(name, "city"));
    }

    /** Each row: a word, whether it is a people's name made from a country's. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Russian    | true
            Russians   | true
            Chinese    | true
            Israeli    | true
            Ukrainians | true
            Kenyans    | true
            Iraqis     | true
            Russia     | false
            Ryan       | false
            Moise      | false
            Golubev    | false
            Francis    | false
            Ghani      | false
            Italian    | true
            French     | true
            Filipinos  | true
            Sri Lankan | true
            South African-Israeli | true
            Coca-Cola  | false
            Austria-Hungary | false
            Frenchman Street | false
            Argentines | true
            The Australian | false
            """)
    void aPeoplesNameMadeFromACountrysNamesNoOne(String word, boolean nationality) {
        assertEquals(nationality, Territories.isNationality(word));
    }

    /** Each row: a word, the country it names by its own name or its people's, or "" for none. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            France's  | france
            French    | france
            Chinese   | china
            Israelis  | israel
            Indian    | india
            Italian   | italy
            British   | britain
            Britain   | britain
            UK        | britain
            Dutch     | netherlands
            Holland   | netherlands
            Emirati   | emirates
            UAE       | emirates
            US        | ''
            Francis   | ''
            Frenchman | ''
            Paris     | ''
            Mexican   | mexico
            Moroccans | morocco
            American  | america
            Duncan    | ''
            """)
    void aCountryIsNamedByItsOwnNameOrItsPeoples(String word, String country) {
        assertEquals(country, Territories.countryOf(word));
    }

    /** Each row: a name, the people's name the asked kind is given, whether the name is a US state outside it. */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Maryland     | mexican   | true
            Maryland     | american  | false
            Maryland     | northern  | false
            Jalisco      | mexican   | false
            New Mexico   | mexican   | true
            Queensland   | australian | false
            """)
    void aUsStateIsNoOtherCountrysState(String name, String nationality, boolean outside) {
        assertEquals(outside, Territories.isStateOutside(name, Territories.countryOf(nationality)));
    }

    /** Each row: a name, whether it is a country's or a state's, an article before it aside. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The U.S.     | true
            the Netherlands | true
            The Bear     | false
            Theland      | false
            """)
    void anArticleBeforeACountrysNameIsNoPartOfIt(String name, boolean territory) {
        assertEquals(territory, Territories.isTerritory(name));
    }

    /** Each row: a name, whether it is a country's or a US state's and no city's. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            France     | true
            France's   | true
            Singapore  | false
            Hong Kong  | false
            Le Havre   | false
            New York   | false
            Vatican City | false
            Illinois   | true
            Washington | false
            District of Columbia | false
            """)
    void aCountryOrAStateIsNoCityUnlessItIsOne(String name, boolean territoryNoCity) {
        assertEquals(territoryNoCity, Territories.isTerritoryNoCity(name));
    }

    /** Each row: a state's name in lower case, a text, whether the text names the state by its abbreviation. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            oregon          | in Roseburg, Ore., before            | true
            new mexico      | Albuquerque, N.M.                    | true
            virginia        | Charleston, W.Va.                    | false
            west virginia   | Charleston, W.Va.                    | true
            massachusetts   | after Sunday Mass. The church        | false
            oregon          | in Roseburg, Orem                    | false
            ohio            | Dayton, Ohio                         | false
            france          | Paris, Fr.                           | false
            """)
    void aStateIsNamedByTheAbbreviationNewsWritesAfterATown(String state, String text, boolean named) {
        assertEquals(named, Territories.abbreviatedAfterTown(state, text));
    }
}
