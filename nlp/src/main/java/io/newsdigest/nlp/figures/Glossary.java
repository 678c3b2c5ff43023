package io.newsdigest.nlp.figures;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A small bilingual glossary of nouns that news figures count, used to name a label's base form and to write
 * it in the other language when no translator is at hand. The full list is documented in {@code docs/figures.md}.
 * Thread-safe and immutable.
 */
final class Glossary {

    /** One noun in both languages, singular and plural. */
    record Entry(String germanSingular, String germanPlural, String englishSingular, String englishPlural) {

        String singular(String language) {
            return "de".equals(language) ? germanSingular : englishSingular;
        }

        String plural(String language) {
            return "de".equals(language) ? germanPlural : englishPlural;
        }
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry("Chip", "Chips", "chip", "chips"),
            new Entry("Prozessor", "Prozessoren", "processor", "processors"),
            new Entry("Server", "Server", "server", "servers"),
            new Entry("Projekt", "Projekte", "project", "projects"),
            new Entry("Rechenzentrum", "Rechenzentren", "data centre", "data centres"),
            new Entry("Mensch", "Menschen", "person", "people"),
            new Entry("Person", "Personen", "person", "people"),
            new Entry("Einwohner", "Einwohner", "inhabitant", "inhabitants"),
            new Entry("Mitarbeiter", "Mitarbeiter", "employee", "employees"),
            new Entry("Beschäftigte", "Beschäftigte", "employee", "employees"),
            new Entry("Arbeitsplatz", "Arbeitsplätze", "job", "jobs"),
            new Entry("Stelle", "Stellen", "job", "jobs"),
            new Entry("Unternehmen", "Unternehmen", "company", "companies"),
            new Entry("Firma", "Firmen", "company", "companies"),
            new Entry("Land", "Länder", "country", "countries"),
            new Entry("Staat", "Staaten", "state", "states"),
            new Entry("Stadt", "Städte", "city", "cities"),
            new Entry("Haus", "Häuser", "house", "houses"),
            new Entry("Wohnung", "Wohnungen", "flat", "flats"),
            new Entry("Fahrzeug", "Fahrzeuge", "vehicle", "vehicles"),
            new Entry("Auto", "Autos", "car", "cars"),
            new Entry("Flugzeug", "Flugzeuge", "aircraft", "aircraft"),
            new Entry("Schiff", "Schiffe", "ship", "ships"),
            new Entry("Soldat", "Soldaten", "soldier", "soldiers"),
            new Entry("Tote", "Tote", "death", "deaths"),
            new Entry("Opfer", "Opfer", "victim", "victims"),
            new Entry("Verletzte", "Verletzte", "injured person", "injured"),
            new Entry("Kind", "Kinder", "child", "children"),
            new Entry("Patient", "Patienten", "patient", "patients"),
            new Entry("Fall", "Fälle", "case", "cases"),
            new Entry("Nutzer", "Nutzer", "user", "users"),
            new Entry("Kunde", "Kunden", "customer", "customers"),
            new Entry("Stimme", "Stimmen", "vote", "votes"),
            new Entry("Sitz", "Sitze", "seat", "seats"),
            new Entry("Aktie", "Aktien", "share", "shares"),
            new Entry("Anlage", "Anlagen", "plant", "plants"),
            new Entry("Kraftwerk", "Kraftwerke", "power plant", "power plants"),
            new Entry("Windrad", "Windräder", "wind turbine", "wind turbines"),
            new Entry("Standort", "Standorte", "site", "sites"),
            new Entry("Flüchtling", "Flüchtlinge", "refugee", "refugees"),
            new Entry("Schüler", "Schüler", "pupil", "pupils"),
            new Entry("Student", "Studenten", "student", "students"),
            new Entry("Lehrer", "Lehrer", "teacher", "teachers"),
            new Entry("Arzt", "Ärzte", "doctor", "doctors"),
            new Entry("Bett", "Betten", "bed", "beds"),
            new Entry("Dosis", "Dosen", "dose", "doses"),
            new Entry("Teilnehmer", "Teilnehmer", "participant", "participants"),
            new Entry("Gerät", "Geräte", "device", "devices"),
            new Entry("Grafikkarte", "Grafikkarten", "graphics card", "graphics cards"),
            new Entry("Haushalt", "Haushalte", "household", "households"),
            new Entry("Turbine", "Turbinen", "turbine", "turbines"),
            new Entry("Besucher", "Besucher", "visitor", "visitors"),
            new Entry("Gast", "Gäste", "guest", "guests"),
            new Entry("Urlauber", "Urlauber", "holidaymaker", "holidaymakers"),
            new Entry("Vogel", "Vögel", "bird", "birds"),
            new Entry("Unterschrift", "Unterschriften", "signature", "signatures"),
            new Entry("Betrieb", "Betriebe", "business", "businesses"),
            new Entry("Platz", "Plätze", "place", "places"),
            new Entry("Sekunde", "Sekunden", "second", "seconds"),
            new Entry("Mitglied", "Mitglieder", "member", "members"),
            new Entry("Wähler", "Wähler", "voter", "voters"),
            new Entry("Demonstrant", "Demonstranten", "protester", "protesters"),
            new Entry("Polizist", "Polizisten", "police officer", "police officers"),
            new Entry("Häftling", "Häftlinge", "prisoner", "prisoners"),
            new Entry("Mal", "Mal", "time", "times"),
            new Entry("Schule", "Schulen", "school", "schools"),
            new Entry("Befragte", "Befragten", "respondent", "respondents"),
            new Entry("Fläche", "Flächen", "area", "areas"),
            new Entry("Deutsche", "Deutschen", "German", "Germans"),
            new Entry("Punkt", "Punkte", "point", "points"),
            new Entry("Anwohner", "Anwohner", "resident", "residents"),
            new Entry("Bürger", "Bürger", "citizen", "citizens"),
            new Entry("Bundesland", "Bundesländer", "federal state", "federal states"));

    private static final Map<String, Entry> GERMAN = index(true);
    private static final Map<String, Entry> ENGLISH = index(false);

    private Glossary() {
    }

    /** @return the entry whose singular or plural is {@code word} in {@code language} (case-insensitive) */
    static Optional<Entry> find(String word, String language) {
        Map<String, Entry> index = "de".equals(language) ? GERMAN : ENGLISH;
        return Optional.ofNullable(index.get(word.toLowerCase(Locale.ROOT)));
    }

    /**
     * @return the entry for the head of a German compound ("Zugvögel" → Vogel) with the compound's modifier, or
     *     the entry for the whole word
     */
    static Optional<Head> head(String word, String language) {
        Optional<Entry> whole = find(word, language);
        if (whole.isPresent() || !"de".equals(language)) {
            return whole.map(entry -> new Head("", entry));
        }
        String lower = word.toLowerCase(Locale.ROOT);
        for (int split = MIN_MODIFIER; split <= lower.length() - MIN_HEAD; split++) {
            Entry entry = GERMAN.get(lower.substring(split));
            if (entry != null) {
                return Optional.of(new Head(word.substring(0, split), entry));
            }
        }
        return Optional.empty();
    }

    /** A glossary entry found as the head of a compound, with the modifier written before it. */
    record Head(String modifier, Entry entry) {
    }

    private static final int MIN_MODIFIER = 3;
    private static final int MIN_HEAD = 4;

    static List<Entry> entries() {
        return ENTRIES;
    }

    private static Map<String, Entry> index(boolean german) {
        Map<String, Entry> index = new HashMap<>();
        for (Entry entry : ENTRIES) {
            String singular = german ? entry.germanSingular() : entry.englishSingular();
            String plural = german ? entry.germanPlural() : entry.englishPlural();
            index.putIfAbsent(singular.toLowerCase(Locale.ROOT), entry);
            index.putIfAbsent(plural.toLowerCase(Locale.ROOT), entry);
            if (german) {
                // The dative plural adds an -n: "mit 625 Servern".
                index.putIfAbsent(plural.toLowerCase(Locale.ROOT) + "n", entry);
            }
        }
        return Map.copyOf(index);
    }
}
