package io.newsdigest.service.cli;

import io.newsdigest.service.Main;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.ParseResult;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EvalCommandTest {

    @Test
    void passesTheEvaluationsOwnOptionsThrough() {
        ParseResult parsed = Main.commandLine().parseArgs("eval", "figures", "some/folder", "--misses");

        EvalCommand eval = (EvalCommand) parsed.subcommand().commandSpec().userObject();
        assertEquals("figures", eval.area);
        assertEquals(List.of("some/folder", "--misses"), eval.arguments);
    }

    @Test
    void passesOptionsWithValuesThroughInOrder() {
        ParseResult parsed = Main.commandLine().parseArgs("eval", "summaries", "--data", "d", "--sentences", "2");

        EvalCommand eval = (EvalCommand) parsed.subcommand().commandSpec().userObject();
        assertEquals(List.of("--data", "d", "--sentences", "2"), eval.arguments);
    }

    @Test
    void passesTheFoldOfTheAgreementEvaluationThrough() {
        ParseResult parsed = Main.commandLine().parseArgs("eval", "figures-xling", "--misses", "--fold", "a");

        EvalCommand eval = (EvalCommand) parsed.subcommand().commandSpec().userObject();
        assertEquals("figures-xling", eval.area);
        assertEquals(List.of("--misses", "--fold", "a"), eval.arguments);
    }
}
