package io.newsdigest.nlp.bench;

import io.newsdigest.nlp.summarize.LeadCentralitySummarizer;
import io.newsdigest.nlp.summarize.LeadSummarizer;
import io.newsdigest.nlp.summarize.LexRankSummarizer;
import io.newsdigest.nlp.summarize.MiniLmSentenceEncoder;
import io.newsdigest.nlp.summarize.SummaryInput;
import io.newsdigest.nlp.summarize.SummaryOptions;
import io.newsdigest.nlp.summarize.SummaryResult;
import io.newsdigest.nlp.summarize.SummaryWeights;
import io.newsdigest.nlp.text.RuleSentenceSplitter;
import io.newsdigest.nlp.text.TermAnalyzer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Time to summarize a ~600-word news article (written for this benchmark; no third-party text) into three
 * sentences, without sentence embeddings. {@code summarizeSplitArticle} starts from sentences already split, as in
 * the digest pipeline; {@code splitAndSummarize} includes the sentence split; {@code summarizeWithMiniLm} uses
 * MiniLM sentence embeddings (encoded on one worker thread) instead of term vectors.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SummarizerBenchmark {

    public static final String ARTICLE = """
            The city of Westby will build a tram line from the main station to the new hospital on the northern hill, \
            the city council decided on Tuesday evening after a debate that lasted more than four hours.
            The line will be 7.4 kilometres long and have eleven stops, and the first trams are expected to run in \
            the autumn of 2029 if construction starts next spring as planned.
            The project is expected to cost 312 million euros, of which the regional government has promised to pay \
            about two thirds.
            Mayor Helen Ortiz called the vote a turning point for a city that has relied on buses and cars for more \
            than sixty years.
            "People have waited a long time for this, and now they will get a fast and quiet way across town," she \
            told reporters after the session.
            Opposition councillors argued that the money would be better spent on more frequent buses and on repairs \
            to the many roads and bridges that are in poor condition.
            They also warned that the cost estimate did not include the price of land along the route, which could \
            add tens of millions of euros.
            The transport department replied that most of the route runs on land the city already owns, including a \
            disused freight track between the harbour and the old brewery.
            Construction will close parts of Harbour Street and Mill Road for up to two years, and shop owners there \
            have asked the city for help during the works.
            The chamber of commerce estimates that about 140 shops and cafés lie directly on the route.
            Its director said many of them had barely recovered from the last years and could not survive long \
            closures without support.
            The council agreed to set up a fund of 5 million euros to compensate businesses that lose customers \
            because of the construction.
            Residents of the northern hill have welcomed the plan, since the hospital is hard to reach without a car \
            and the only bus line is often full.
            Nurses who work night shifts have complained for years that the last bus leaves the hospital before \
            their shift ends.
            The new trams will run every seven minutes during the day and every fifteen minutes at night, according \
            to the timetable presented to the council.
            Each tram will carry up to 220 passengers and will be powered by electricity from the city's own solar \
            park and wind turbines.
            Environmental groups praised the decision but said the city should also reduce parking in the centre to \
            make people switch from cars to public transport.
            A similar line in the neighbouring town of Eastmoor doubled the number of passengers within three years \
            of opening, a study by the regional university found.
            The same study warned that trams only succeed when buses are reorganised to feed into the tram stops \
            instead of competing with them.
            Westby's transport department said it would present a new bus network next year that connects every \
            district with at least one tram stop.
            Tickets will cost the same as bus tickets, and existing monthly passes will also be valid on the trams.
            The council will hold public meetings in every district over the summer to explain the route and collect \
            suggestions from residents.
            Work on the depot, where the trams will be parked and repaired, is expected to begin first, on a site \
            next to the motorway.
            The city plans to order fourteen trams, with an option for six more if passenger numbers grow faster \
            than expected.
            If everything goes to plan, the first passengers could ride from the station to the hospital in under \
            twenty minutes.
            """;

    private TermAnalyzer terms;
    private LeadCentralitySummarizer summarizer;
    private LexRankSummarizer lexRank;
    private RuleSentenceSplitter splitter;
    private SummaryInput input;
    private final SummaryOptions three = SummaryOptions.sentences(3);

    @Setup
    public void setUp() throws IOException {
        terms = new TermAnalyzer();
        summarizer = new LeadCentralitySummarizer(SummaryWeights.defaults(), terms);
        lexRank = new LexRankSummarizer(terms);
        splitter = new RuleSentenceSplitter();
        input = new SummaryInput(ARTICLE, splitter.split(ARTICLE, "en"), "en",
                Optional.of("Westby votes for a tram line to the hospital"), List.of());
    }

    @TearDown
    public void tearDown() {
        terms.close();
    }

    @Benchmark
    public SummaryResult summarizeSplitArticle() {
        return summarizer.summarize(input, three);
    }

    @Benchmark
    public SummaryResult splitAndSummarize() {
        SummaryInput fresh = new SummaryInput(ARTICLE, splitter.split(ARTICLE, "en"), "en", input.title(),
                List.of());
        return summarizer.summarize(fresh, three);
    }

    @Benchmark
    public SummaryResult summarizeWithMiniLm(MiniLm miniLm) {
        return miniLm.summarizer.summarize(input, three);
    }

    @Benchmark
    public SummaryResult lexRankBaseline() {
        return lexRank.summarize(input, three);
    }

    @Benchmark
    public SummaryResult leadBaseline() {
        return new LeadSummarizer().summarize(input, three);
    }

    /** The MiniLM model, loaded only for the benchmark that uses it. */
    @State(Scope.Benchmark)
    public static class MiniLm {
        private TermAnalyzer terms;
        private MiniLmSentenceEncoder encoder;
        private LeadCentralitySummarizer summarizer;

        @Setup
        public void setUp() throws IOException {
            terms = new TermAnalyzer();
            encoder = MiniLmSentenceEncoder.fromBundledJar(Files.createTempDirectory("minilm"));
            summarizer = new LeadCentralitySummarizer(SummaryWeights.defaults(), terms, Optional.of(encoder));
        }

        @TearDown
        public void tearDown() {
            encoder.close();
            terms.close();
        }
    }
}
