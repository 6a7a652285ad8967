package org.emailresponder.manager.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.emailresponder.manager.cli.Cli;
import org.junit.jupiter.api.Test;

/** {@code emailresponder bench routing --corpus DIR} on a small corpus in the SpamAssassin layout. */
class BenchCommandTest {
    private String out;
    private String err;

    private int run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8),
                new BufferedReader(new StringReader("")), Map.of()).run(args);
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    @Test
    void printsTopOneAndTopThreeAccuracyOfTheRoutingClassifier() throws IOException {
        Path data = Files.createTempDirectory("er-corpus");
        Path ham = Files.createDirectories(data.resolve("easy-ham"));
        String[][] lists = {{"fishing", "rod reel bait trout lake"}, {"cooking", "recipe oven flour sugar bake"}};
        for (int day = 1; day <= 20; day++) {
            String[] list = lists[day % 2];
            Files.writeString(ham.resolve(String.format("%05d.txt", day)), "From: member" + day + "@example.org\n"
                    + "Subject: question about " + list[1].split(" ")[day % 5] + "\nDate: Mon, " + day + " Jul 2002 10:00:00 +0000\n"
                    + "List-Id: <" + list[0] + ".lists.example.org>\n\nHello, " + list[1] + " again and " + list[1] + "\n");
        }

        assertEquals(0, run("bench", "routing", "--corpus", data.toString()), err);

        Matcher top1 = Pattern.compile("top-1: (\\d\\.\\d+)").matcher(out);
        Matcher top3 = Pattern.compile("top-3: (\\d\\.\\d+)").matcher(out);
        assertTrue(top1.find() && top3.find(), out);
        assertEquals(1.0, Double.parseDouble(top1.group(1)), 0.01, "two clearly different lists are told apart: " + out);
        assertTrue(Double.parseDouble(top3.group(1)) >= Double.parseDouble(top1.group(1)));
    }

    @Test
    void withoutACorpusFolderItExplainsTheUsage() {
        assertEquals(2, run("bench", "routing"));
        assertTrue(err.contains("corpus"), err);
        assertEquals(3, run("bench", "routing", "--corpus", "/no/such/folder"));
        assertTrue(err.contains("no corpus folder"), err);
    }
}
