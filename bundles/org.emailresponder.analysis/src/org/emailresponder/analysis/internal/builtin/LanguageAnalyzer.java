package org.emailresponder.analysis.internal.builtin;

import java.util.Optional;

import org.emailresponder.analysis.Fact;
import org.emailresponder.analysis.FactKeys;
import org.emailresponder.analysis.internal.builtin.LanguageIdentifier.Guess;
import org.emailresponder.analysis.spi.AnalysisContext;
import org.emailresponder.analysis.spi.Analyzer;

/**
 * The message language from its text; when the text is too short to tell, the language stored with the sender's
 * contact (found by the contact analyzer that runs earlier) is used instead.
 */
public final class LanguageAnalyzer implements Analyzer {
    private static final double SURE_ENOUGH = 0.5;
    private static final double CONTACT_CONFIDENCE = 0.6;

    private final LanguageIdentifier identifier = LanguageIdentifier.builtIn();

    @Override
    public void analyze(AnalysisContext context) {
        Optional<Guess> guess = identifier.identify(context.input().text());
        Optional<Fact> contactLanguage = context.fact(FactKeys.CONTACT_LANGUAGE);
        if (guess.isPresent() && (guess.get().confidence() >= SURE_ENOUGH || contactLanguage.isEmpty())) {
            context.add(FactKeys.LANGUAGE, guess.get().language(), guess.get().confidence());
        } else if (contactLanguage.isPresent()) {
            context.add(FactKeys.LANGUAGE, contactLanguage.get().value(), CONTACT_CONFIDENCE);
        }
    }
}
