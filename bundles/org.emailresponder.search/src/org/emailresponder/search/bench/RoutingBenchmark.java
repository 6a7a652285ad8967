package org.emailresponder.search.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.emailresponder.search.CategoryClassifier;
import org.emailresponder.search.CategoryScore;

/**
 * Routing accuracy on real mail: SpamAssassin ham messages from mailing lists, the list as the group. Learns from
 * the older 70 % (by arrival time) and predicts the newer 30 %. Run as
 * {@code emailresponder bench routing --corpus DIR} or via {@link #main} with the corpus's {@code data} folder.
 */
public final class RoutingBenchmark {
    static final double TRAIN_SHARE = 0.7;

    private RoutingBenchmark() {
    }

    /** Results of one run. */
    public record Result(int trainCount, int testCount, int labels, double top1, double top3, double baseline) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: RoutingBenchmark <corpus data folder>");
            System.exit(2);
        }
        run(Path.of(args[0]), System.out);
    }

    public static Result run(Path corpusDataDir, PrintStream out) throws IOException {
        long start = System.nanoTime();
        List<ListCorpus.Example> all = ListCorpus.load(corpusDataDir);
        int split = (int) Math.round(all.size() * TRAIN_SHARE);
        List<ListCorpus.Example> train = all.subList(0, split);
        List<ListCorpus.Example> test = all.subList(split, all.size());
        CategoryClassifier classifier = new CategoryClassifier();
        train.forEach(e -> classifier.learn(e.text(), e.label()));
        int top1 = 0;
        int top3 = 0;
        for (ListCorpus.Example example : test) {
            List<String> predicted = classifier.predict(example.text(), 3).stream().map(CategoryScore::category).toList();
            top1 += !predicted.isEmpty() && predicted.get(0).equals(example.label()) ? 1 : 0;
            top3 += predicted.contains(example.label()) ? 1 : 0;
        }
        Result result = new Result(train.size(), test.size(), countLabels(all), ratio(top1, test.size()),
                ratio(top3, test.size()), baseline(train, test));
        print(out, all, train, test, result, (System.nanoTime() - start) / 1_000_000);
        return result;
    }

    private static int countLabels(List<ListCorpus.Example> all) {
        return (int) all.stream().map(ListCorpus.Example::label).distinct().count();
    }

    /** Accuracy of always answering the most frequent training label. */
    private static double baseline(List<ListCorpus.Example> train, List<ListCorpus.Example> test) {
        String majority = byLabel(train).entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse("");
        long hits = test.stream().filter(e -> e.label().equals(majority)).count();
        return ratio(hits, test.size());
    }

    private static Map<String, Long> byLabel(List<ListCorpus.Example> examples) {
        return examples.stream().collect(Collectors.groupingBy(ListCorpus.Example::label, TreeMap::new,
                Collectors.counting()));
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static void print(PrintStream out, List<ListCorpus.Example> all, List<ListCorpus.Example> train,
            List<ListCorpus.Example> test, Result r, long millis) {
        out.printf("messages with a list header: %d, lists: %d%n", all.size(), r.labels());
        out.printf("train (older 70%%): %d, test (newer 30%%): %d, split at %s%n", r.trainCount(), r.testCount(),
                test.isEmpty() ? "-" : test.get(0).date());
        Map<String, Long> trainCounts = byLabel(train);
        Map<String, Long> testCounts = byLabel(test);
        trainCounts.keySet().stream().sorted(Comparator.comparing((String l) -> -trainCounts.get(l)))
                .forEach(l -> out.printf("  %-50s train %4d  test %4d%n", l, trainCounts.get(l),
                        testCounts.getOrDefault(l, 0L)));
        testCounts.keySet().stream().filter(Function.<String>identity().andThen(l -> !trainCounts.containsKey(l))::apply)
                .forEach(l -> out.printf("  %-50s train %4d  test %4d (unseen in training)%n", l, 0, testCounts.get(l)));
        out.printf("classifier: %s%n", "naive Bayes + 5 nearest neighbours (Lucene), subject x3, sender address/domain/name");
        out.printf("top-1: %.3f%n", r.top1());
        out.printf("top-3: %.3f%n", r.top3());
        out.printf("majority-class baseline: %.3f%n", r.baseline());
        out.printf("time: %d ms%n", millis);
    }
}
