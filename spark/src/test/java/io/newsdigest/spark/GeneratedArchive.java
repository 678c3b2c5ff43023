package io.newsdigest.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * An archive of short local-news articles in German and English, generated from sentence templates written for
 * these tests (numbers, places and topics drawn from a seeded {@link Random}, so a seed always gives the same
 * file), with the records a real archive also has: a blank line, a numeric id, an HTML page, records that set
 * their own summary length or target language, and bad records (empty text, no id, cut-off JSON, a no-break
 * space alone, a record over the size limit).
 *
 * @param file the JSONL file
 * @param keys for each record in order, what identifies its output line: its id, or {@code line:N} for a record
 *     whose id cannot be read
 * @param translated how many records ask for an English summary of a German article
 */
record GeneratedArchive(Path file, List<String> keys, int translated) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String[] EN_SUBJECTS = {"The city council", "The regional hospital", "The water utility",
        "The university", "The transport authority", "The football club", "The county library", "The harbour board"};
    private static final String[] EN_THINGS = {"bus stops", "charging points", "beds", "reading rooms", "bridges",
        "apprenticeships", "bicycle racks", "classrooms"};
    private static final String[] EN_DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
    private static final String[] DE_SUBJECTS = {"Der Stadtrat", "Das Kreiskrankenhaus", "Die Stadtwerke",
        "Die Universität", "Der Verkehrsverbund", "Der Fußballverein", "Die Stadtbibliothek", "Die Hafenbehörde"};
    private static final String[] DE_THINGS = {"Haltestellen", "Ladesäulen", "Betten", "Lesesäle", "Brücken",
        "Ausbildungsplätze", "Fahrradständer", "Klassenzimmer"};
    private static final String[] DE_DAYS = {"Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"};

    /**
     * Writes {@code articles} articles (every third one German) with the special records spread among them.
     *
     * @param maxRecordBytes the size limit the job and the batch command are given; one record exceeds it
     */
    static GeneratedArchive write(Path file, int articles, long seed, int maxRecordBytes) throws IOException {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        int translated = 0;
        for (int i = 1; i <= articles; i++) {
            boolean german = i % 3 == 0;
            ObjectNode record = MAPPER.createObjectNode();
            record.put("id", "article-" + i);
            record.put("text", german ? german(random) : english(random));
            if (i % 17 == 0) {
                record.put("maxSentences", 1 + random.nextInt(2));
            }
            if (german && i % 21 == 0) {
                record.put("targetLanguage", "en");
                translated++;
            }
            lines.add(MAPPER.writeValueAsString(record));
            keys.add("article-" + i);
            special(i, random, lines, keys, maxRecordBytes);
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
        return new GeneratedArchive(file, List.copyOf(keys), translated);
    }

    /** The special records, each once, at fixed places in the archive. */
    private static void special(int after, Random random, List<String> lines, List<String> keys, int maxRecordBytes)
            throws IOException {
        switch (after) {
            case 5 -> lines.add("   ");
            case 40 -> {
                lines.add("{\"id\": 4711, \"text\": " + MAPPER.writeValueAsString(english(random)) + "}");
                keys.add("4711");
            }
            case 75 -> {
                lines.add(MAPPER.writeValueAsString(MAPPER.createObjectNode().put("id", "page-1").put("html",
                        "<html><head><title>Neue Brücke</title></head><body><nav>Start | Lokales</nav><article><p>"
                                + german(random).replace(". ", ".</p><p>") + "</p></article></body></html>")));
                keys.add("page-1");
            }
            case 110 -> {
                lines.add("{\"id\": \"empty\", \"text\": \"\"}");
                keys.add("empty");
            }
            case 150 -> {
                lines.add("{\"text\": " + MAPPER.writeValueAsString(english(random)) + "}");
                keys.add("line:" + lines.size());
            }
            case 190 -> {
                lines.add("{\"id\": \"cut-off\", \"text\": \"Der Stadtrat hat am Montag");
                keys.add("line:" + lines.size());
            }
            case 230 -> {
                lines.add("\u00a0");
                keys.add("line:" + lines.size());
            }
            case 270 -> {
                StringBuilder text = new StringBuilder();
                while (text.length() <= maxRecordBytes) {
                    text.append(english(random)).append(' ');
                }
                lines.add(MAPPER.writeValueAsString(MAPPER.createObjectNode().put("id", "too-long")
                        .put("text", text.toString())));
                keys.add("line:" + lines.size());
            }
            default -> {
                // an ordinary article follows
            }
        }
    }

    private static String english(Random r) {
        String subject = pick(r, EN_SUBJECTS);
        int count = 2 + r.nextInt(60);
        return subject + " approved " + count + " new " + pick(r, EN_THINGS) + " on " + pick(r, EN_DAYS) + ". "
                + "The plan costs about " + (2 + r.nextInt(90)) + " million euros over " + (2 + r.nextInt(8))
                + " years. "
                + "Around " + (50 + r.nextInt(900)) + " residents had signed a petition for it last spring. "
                + "Turnover of local shops rose by " + (1 + r.nextInt(9)) + "." + r.nextInt(10)
                + " percent in the first half of the year. "
                + "Critics said the money would be better spent on schools. "
                + "The first part is due to open in " + (2026 + r.nextInt(4)) + ".";
    }

    private static String german(Random r) {
        String subject = pick(r, DE_SUBJECTS);
        int count = 2 + r.nextInt(60);
        return subject + " hat am " + pick(r, DE_DAYS) + " " + count + " neue " + pick(r, DE_THINGS)
                + " beschlossen. "
                + "Der Plan kostet rund " + (2 + r.nextInt(90)) + " Millionen Euro in " + (2 + r.nextInt(8))
                + " Jahren. "
                + "Etwa " + (50 + r.nextInt(900)) + " Anwohner hatten im Frühjahr dafür unterschrieben. "
                + "Der Umsatz der Geschäfte in der Innenstadt stieg im ersten Halbjahr um " + (1 + r.nextInt(9)) + ","
                + r.nextInt(10) + " Prozent. "
                + "Kritiker meinen, das Geld wäre in den Schulen besser angelegt. "
                + "Der erste Abschnitt soll " + (2026 + r.nextInt(4)) + " eröffnet werden.";
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
