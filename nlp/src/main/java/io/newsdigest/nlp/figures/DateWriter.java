package io.newsdigest.nlp.figures;

/**
 * Writes the ISO 8601 dates and times of figures in German or English: "2025-06" → "June 2025" / "Juni 2025",
 * "2025-06-01" → "June 1, 2025" / "1. Juni 2025", "--05-03" → "May 3" / "3. Mai", a span of years "2025/2026" →
 * "2025–2026" (never "2,025–2,026"), of days "2021-05-07/2021-05-09" → "May 7–9, 2021" / "7.–9. Mai 2021", a time
 * "T21:30" → "21:30" / "21:30 Uhr", a span of hours "T18:00/T20:00" → "18:00–20:00" / "18:00–20:00 Uhr".
 * Stateless.
 */
final class DateWriter {

    private static final String[] MONTHS_EN = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};
    private static final String[] MONTHS_DE = {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
            "September", "Oktober", "November", "Dezember"};

    private DateWriter() {
    }

    static String write(String iso, String language) {
        boolean german = "de".equals(language);
        if (iso.startsWith("T")) {
            String time = iso.replace("T", "").replace('/', '–');
            return german ? time + " Uhr" : time;
        }
        int slash = iso.indexOf('/');
        if (slash < 0) {
            return single(iso, german);
        }
        Date from = Date.parse(iso.substring(0, slash));
        Date to = Date.parse(iso.substring(slash + 1));
        if (from.day() == 0 || to.day() == 0 || from.month() != to.month() || !from.year().equals(to.year())) {
            return single(iso.substring(0, slash), german) + "–" + single(iso.substring(slash + 1), german);
        }
        // One month, two days: "7.–9. Mai 2021", "May 7–9, 2021".
        String year = from.year().isEmpty() ? "" : german ? " " + from.year() : ", " + from.year();
        String month = (german ? MONTHS_DE : MONTHS_EN)[from.month() - 1];
        return german ? from.day() + ".–" + to.day() + ". " + month + year
                : month + " " + from.day() + "–" + to.day() + year;
    }

    /** A year, month or day, its year possibly unknown ("--05-03"). */
    private record Date(String year, int month, int day) {
        static Date parse(String iso) {
            String[] parts = iso.startsWith("--") ? ("-" + iso.substring(2)).split("-") : iso.split("-");
            int month = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            int day = parts.length > 2 ? Integer.parseInt(parts[2]) : 0;
            return new Date(parts[0], month, day);
        }
    }

    private static String single(String iso, boolean german) {
        Date date;
        try {
            date = Date.parse(iso);
        } catch (NumberFormatException e) {
            return iso;
        }
        if (date.month() < 1 || date.month() > 12) {
            return date.year().isEmpty() ? iso : date.year();
        }
        String name = (german ? MONTHS_DE : MONTHS_EN)[date.month() - 1];
        if (date.day() == 0) {
            return (name + " " + date.year()).strip();
        }
        if (date.year().isEmpty()) {
            return german ? date.day() + ". " + name : name + " " + date.day();
        }
        return german ? date.day() + ". " + name + " " + date.year() : name + " " + date.day() + ", " + date.year();
    }
}
