package org.emailresponder.manager.pipeline;

import java.nio.file.Path;
import java.util.Map;

import org.emailresponder.store.DatabaseSettings;

/**
 * Settings of the automation after ingest.
 *
 * @param enabled false: ingest only stores messages (they wait in RECEIVED)
 * @param indexFolder where the full-text index lives, or null for no index
 * @param suggestions templates suggested per message
 * @param trainingLimit newest routed messages the group classifier learns at start
 * @param analysis settings for {@link org.emailresponder.analysis.MessageAnalysis}
 */
public record PipelineSettings(boolean enabled, Path indexFolder, int suggestions, int trainingLimit, Map<String, String> analysis) {
    /** Environment variable: "off" runs ingest without automation. */
    public static final String ENV_AUTOMATION = "EMAILRESPONDER_AUTOMATION";
    /** Environment variable: folder of the full-text index (default: "index" in the data folder). */
    public static final String ENV_INDEX = "EMAILRESPONDER_INDEX_DIR";

    public PipelineSettings {
        analysis = Map.copyOf(analysis);
    }

    public static PipelineSettings fromEnvironment(Map<String, String> env) {
        boolean enabled = !"off".equalsIgnoreCase(env.getOrDefault(ENV_AUTOMATION, "on").strip());
        String index = env.get(ENV_INDEX);
        Path folder = index != null && !index.isBlank() ? Path.of(index) : DatabaseSettings.defaultDataFolder(env).resolve("index");
        return new PipelineSettings(enabled, folder, 5, 20_000, Map.of());
    }

    public PipelineSettings withEnabled(boolean on) {
        return new PipelineSettings(on, indexFolder, suggestions, trainingLimit, analysis);
    }

    public PipelineSettings withIndexFolder(Path folder) {
        return new PipelineSettings(enabled, folder, suggestions, trainingLimit, analysis);
    }
}
