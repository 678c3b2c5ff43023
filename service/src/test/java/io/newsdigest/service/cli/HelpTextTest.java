package io.newsdigest.service.cli;

import io.newsdigest.service.Main;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every help text is printed whole, within 80 columns, without a word cut in two. */
class HelpTextTest {

    private static final int WIDTH = 80;

    @Test
    void theMainHelpListsEveryCommandWithItsWholeHeadline() {
        CommandLine main = Main.commandLine();
        String usage = main.getUsageMessage(CommandLine.Help.Ansi.OFF);
        for (CommandLine sub : main.getSubcommands().values()) {
            String headline = String.join(" ", sub.getCommandSpec().usageMessage().header());
            assertTrue(!headline.isBlank(), sub.getCommandName() + " has a headline for the command list");
            assertTrue(usage.contains("  " + sub.getCommandName() + " ") && usage.contains(headline),
                    "the list shows '" + headline + "' in full:\n" + usage);
        }
    }

    @Test
    void theEvaluationHelpKeepsItsDefaultFoldersWhole() {
        String usage = Main.commandLine().getSubcommands().get("eval").getUsageMessage(CommandLine.Help.Ansi.OFF);
        assertTrue(usage.contains("../shared/eval/langid/lingua"), usage);
        assertTrue(usage.contains("../shared/eval/keyfigures"), usage);
        for (String area : List.of("language", "sentences", "figures", "summaries")) {
            assertTrue(usage.contains("  " + area + " "), area + " is explained:\n" + usage);
        }
    }

    @Test
    void noHelpLineIsWiderThanATerminalOrCutsAWordInTwo() {
        for (CommandLine command : allCommands(Main.commandLine())) {
            String usage = command.getUsageMessage(CommandLine.Help.Ansi.OFF);
            for (String line : usage.lines().toList()) {
                assertTrue(line.length() <= WIDTH, command.getCommandName() + ": line of " + line.length()
                        + " characters: " + line);
            }
            Set<String> printed = Arrays.stream(usage.split("\\s+")).collect(Collectors.toSet());
            for (String word : words(command.getCommandSpec())) {
                assertTrue(printed.contains(word), command.getCommandName() + ": the word '" + word
                        + "' is cut or missing in\n" + usage);
            }
        }
    }

    @Test
    void everyCommandAnswersHelpWithExitCodeZero() {
        for (CommandLine command : allCommands(Main.commandLine())) {
            List<String> path = new ArrayList<>();
            for (CommandLine c = command; c.getParent() != null; c = c.getParent()) {
                path.addFirst(c.getCommandName());
            }
            path.add("--help");
            CommandLine fresh = Main.commandLine();
            fresh.setOut(new java.io.PrintWriter(java.io.Writer.nullWriter()));
            assertEquals(0, fresh.execute(path.toArray(String[]::new)), String.join(" ", path));
        }
    }

    private static List<CommandLine> allCommands(CommandLine root) {
        List<CommandLine> all = new ArrayList<>(List.of(root));
        root.getSubcommands().values().forEach(sub -> all.addAll(allCommands(sub)));
        return all;
    }

    /** The words the command's own texts are made of ({@code ${DEFAULT-VALUE}} and friends left out). */
    private static List<String> words(CommandSpec spec) {
        List<String> texts = new ArrayList<>();
        texts.addAll(Arrays.asList(spec.usageMessage().header()));
        texts.addAll(Arrays.asList(spec.usageMessage().description()));
        texts.addAll(Arrays.asList(spec.usageMessage().footer()));
        for (OptionSpec option : spec.options()) {
            texts.addAll(Arrays.asList(option.description()));
        }
        for (PositionalParamSpec parameter : spec.positionalParameters()) {
            texts.addAll(Arrays.asList(parameter.description()));
        }
        return texts.stream().flatMap(text -> Arrays.stream(text.split("\\s+")))
                .filter(word -> !word.isBlank() && !word.contains("${") && !word.contains("%n"))
                .toList();
    }
}
