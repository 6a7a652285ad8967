package org.emailresponder.manager.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Clean-up of the temporary folders tests and benchmarks create. */
final class TempFolders {
    private TempFolders() {
    }

    /** Deletes the folder with everything in it; what cannot be deleted stays (a temp folder left behind is harmless). */
    static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // already gone, or unreadable: nothing to clean
        }
    }
}
