package io.newsdigest.nlp.bench;

import io.newsdigest.nlp.figures.KeyFigure;
import io.newsdigest.nlp.figures.LocaleFigureRenderer;
import io.newsdigest.nlp.figures.RuleBasedFigureExtractor;
import io.newsdigest.nlp.text.Sentence;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time to extract (and render) the key figures of a German news article of about 600 words, on one thread.
 * The article is written for this benchmark; its sentences are cut once in the setup, outside the measurement.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FigureExtractionBenchmark {

    /** Our own text: a fictional report with the kinds of figures German news carry. */
    static final String ARTICLE = """
            Windpark vor Rügen liefert erstmals Strom für 400.000 Haushalte. \
            Der Betreiber hat am 14. März 2025 die letzte von 62 Turbinen in Betrieb genommen. \
            Nach Angaben des Unternehmens erzeugt der Park bis zu 930 MW, genug für rund 400.000 Haushalte. \
            Die Baukosten lagen bei mehr als 2,4 Milliarden Euro (2,6 Milliarden US-Dollar), gut 300 Millionen Euro \
            über der ursprünglichen Planung. \
            Das Projekt war im Jahr 2019 genehmigt worden. \
            Die Bauzeit betrug knapp vier Jahre, die Arbeiten ruhten zweimal für mehrere Wochen. \
            Rund 1.200 Beschäftigte arbeiteten in Spitzenzeiten auf den Schiffen und im Hafen von Mukran. \
            Für den Betrieb bleiben etwa 120 Stellen dauerhaft an Land. \
            Die Turbinen stehen in bis zu 40 Metern Wassertiefe und 35 km vor der Küste. \
            Jedes Fundament wiegt rund 1.500 Tonnen. \
            Die Nabenhöhe liegt bei 140 Metern, die Rotoren haben einen Durchmesser von 236 Metern. \
            Über ein 90 km langes Seekabel gelangt der Strom zum Umspannwerk Lubmin. \
            Der Netzbetreiber rechnet mit einer Jahresproduktion von 3,5 Terawattstunden. \
            Das entspricht nach Schätzung des Verbandes etwa 0,7 Prozent des deutschen Stromverbrauchs. \
            Der Anteil der Windenergie auf See am Strommix stieg damit um 0,3 Prozentpunkte. \
            Kritiker verweisen auf die Kosten. \
            Der Bund fördert die Anbindung mit 180 Mio. Euro, das Land Mecklenburg-Vorpommern mit weiteren 25 Millionen. \
            Die Umweltverbände hatten 2021 gegen den Bau geklagt und in zweiter Instanz verloren. \
            Sie befürchten, dass jährlich mehrere tausend Zugvögel an den Anlagen verenden. \
            Ein Gutachten schätzt die Zahl auf 2.000 bis 3.000 Vögel pro Jahr. \
            Der Betreiber verweist auf ein Radarsystem, das die Rotoren bei dichtem Vogelzug binnen 60 Sekunden stoppt. \
            Seit Inbetriebnahme der ersten Turbinen im Herbst 2024 wurden die Anlagen 14 Mal abgeschaltet. \
            Auch die Fischerei ist betroffen. \
            In einer Sperrzone von 120 Quadratkilometern darf nicht gefischt werden. \
            Die Fischer erhalten dafür eine Entschädigung von insgesamt 4,8 Mio. Euro über zehn Jahre. \
            Sieben Betriebe aus Sassnitz und Saßnitz-Lancken haben das Angebot angenommen, drei lehnen es ab. \
            Der Strompreis für die Verbraucher wird sich nach Einschätzung von Fachleuten kaum ändern. \
            Die Vergütung liegt bei 6,4 Cent je Kilowattstunde und damit unter dem Durchschnitt der Börse im Jahr 2024. \
            Für die Jahre 2026–2030 plant der Betreiber zwei weitere Parks mit zusammen 2 GW. \
            Dafür sollen noch einmal 5 bis 6 Milliarden Euro investiert werden. \
            Die Genehmigung für den ersten der beiden Parks wird bis Juni 2026 erwartet. \
            Der Hafen Mukran soll dafür ausgebaut werden, eine neue Kaimauer von 450 Metern ist bereits im Bau. \
            Die Gemeinde erhofft sich 150 neue Arbeitsplätze und höhere Steuereinnahmen von jährlich rund 2 Mio. Euro. \
            Bürgermeisterin Anke Wolter sagte, die Insel habe lange auf eine solche Chance gewartet. \
            Es sei aber wichtig, dass die Menschen vor Ort etwas davon hätten. \
            Ein Teil der Einnahmen fließt in einen Fonds, aus dem Vereine und Schulen gefördert werden. \
            Im ersten Jahr stehen dafür 500.000 Euro bereit. \
            Der Betreiber gehört zu 51 Prozent einem dänischen Energiekonzern und zu 49 Prozent einem kanadischen \
            Pensionsfonds. \
            Beide haben zugesagt, mindestens 20 Jahre beteiligt zu bleiben. \
            Die Turbinen sind auf eine Laufzeit von 25 Jahren ausgelegt. \
            Danach müssen sie zurückgebaut werden, die Kosten dafür schätzt das Unternehmen auf 300 Millionen Euro. \
            Eine Rücklage von zunächst 40 Millionen Euro wurde bereits gebildet. \
            Für Besucher öffnet im Sommer ein Informationszentrum im Hafen. \
            Es rechnet mit 50.000 Gästen im Jahr, der Eintritt kostet 8 Euro, für Kinder 4 Euro. \
            Bootsfahrten zum Windpark sollen ab Mai 2025 angeboten werden, eine Fahrt dauert etwa drei Stunden. \
            Die Reederei setzt dafür zwei Schiffe mit jeweils 180 Plätzen ein. \
            Ob sich das Angebot trägt, ist offen. \
            Im vergangenen Jahr kamen 1,3 Millionen Urlauber auf die Insel, 4 Prozent mehr als im Jahr davor. \
            Der Tourismusverband sieht den Windpark gelassen. \
            Vom Strand aus seien die Anlagen bei klarer Sicht nur als feine Striche am Horizont zu erkennen. \
            Beschwerden von Gästen habe es bislang kaum gegeben, sagte ein Sprecher, weniger als 30 im ganzen Jahr. \
            Die nächste Ausbaustufe soll allerdings näher an der Küste liegen, in nur 18 km Entfernung. \
            Dagegen regt sich bereits Widerstand, eine Petition hat mehr als 12.000 Unterschriften gesammelt. \
            Der Landtag will sich im Herbst mit dem Thema befassen.""";

    /** A stop after a word, not after a digit ("am 14. März") or a scale abbreviation ("180 Mio. Euro"). */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=\\p{L}[.!?])(?<!(?:Mio|Mrd|Tsd|Bio)\\.) (?=\\p{Lu})");

    private RuleBasedFigureExtractor extractor;
    private LocaleFigureRenderer renderer;
    private List<Sentence> sentences;

    @Setup
    public void setUp() {
        extractor = new RuleBasedFigureExtractor();
        renderer = new LocaleFigureRenderer();
        sentences = split(ARTICLE);
    }

    @Benchmark
    public List<KeyFigure> extract() {
        return extractor.extract(ARTICLE, sentences, "de", Optional.of("Windpark vor Rügen liefert Strom"));
    }

    @Benchmark
    public int extractAndRenderInEnglish() {
        int length = 0;
        for (KeyFigure figure : extract()) {
            length += renderer.render(figure, "en").length();
        }
        return length;
    }

    static List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        Matcher matcher = SENTENCE_END.matcher(text);
        int start = 0;
        while (matcher.find()) {
            sentences.add(new Sentence(sentences.size(), start, matcher.start(), text.substring(start, matcher.start())));
            start = matcher.end();
        }
        sentences.add(new Sentence(sentences.size(), start, text.length(), text.substring(start)));
        return sentences;
    }

    /**
     * Prints the article's figures, for a look at what the benchmark measures, then the thread CPU time per
     * extraction: on a shared, loaded machine JMH's wall-clock average mostly measures the wait for a core.
     */
    public static void main(String[] args) {
        FigureExtractionBenchmark benchmark = new FigureExtractionBenchmark();
        benchmark.setUp();
        printFigures(benchmark);
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        int runs = 200;
        for (int round = 1; round <= 10; round++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            for (int i = 0; i < runs; i++) {
                benchmark.extract();
            }
            System.out.printf("round %d: %.3f ms CPU/op, %.3f ms wall/op%n", round,
                    (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / runs, (System.nanoTime() - wall) / 1e6 / runs);
        }
    }

    private static void printFigures(FigureExtractionBenchmark benchmark) {
        System.out.println(ARTICLE.split("\\s+").length + " words, " + benchmark.sentences.size() + " sentences");
        for (KeyFigure figure : benchmark.extract()) {
            System.out.printf("%.2f %-9s %-40s %s%n", figure.salience(), figure.kind().wireName(), figure.text(),
                    benchmark.renderer.render(figure, "en"));
        }
    }
}
