package org.emailresponder.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.emailresponder.analysis.AnalysisInput;
import org.emailresponder.analysis.AnalysisResult;
import org.emailresponder.analysis.MessageAnalysis;
import org.emailresponder.analysis.internal.AnalyzerDescriptor;
import org.emailresponder.analysis.internal.AnalyzerRegistry;
import org.emailresponder.analysis.internal.builtin.LanguageAnalyzer;
import org.emailresponder.analysis.internal.builtin.LanguageIdentifier;
import org.emailresponder.analysis.internal.builtin.LanguageIdentifier.Guess;
import org.junit.jupiter.api.Test;

/** Sentences written for this test (none of them is in the training text), a typical support mail each. */
class LanguageIdentifierTest {
    static final Map<String, List<String>> SAMPLES = samples();

    @Test
    void identifiesTheSampleSentencesOfEveryLanguage() {
        int right = 0;
        int total = 0;
        StringBuilder misses = new StringBuilder();
        for (Map.Entry<String, List<String>> language : SAMPLES.entrySet()) {
            for (String sentence : language.getValue()) {
                String found = LanguageIdentifier.builtIn().identify(sentence).map(Guess::language).orElse("?");
                total++;
                if (found.equals(language.getKey())) {
                    right++;
                } else {
                    misses.append(language.getKey()).append("->").append(found).append(": ").append(sentence)
                            .append('\n');
                }
            }
        }
        double accuracy = right / (double) total;
        System.out.printf("LANGUAGE accuracy %d/%d = %.1f%%%n%s", right, total, accuracy * 100, misses);
        assertTrue(accuracy >= 0.9, "accuracy " + accuracy + ", misses:\n" + misses);
    }

    @Test
    void longTextIsConfidentAndAFewWordsAreNot() {
        Guess longText = LanguageIdentifier.builtIn().identify(String.join(" ", SAMPLES.get("nl"))).orElseThrow();
        Guess twoWords = LanguageIdentifier.builtIn().identify("Hallo Peter").orElseThrow();
        assertEquals("nl", longText.language());
        assertTrue(longText.confidence() > 0.9, "confidence " + longText.confidence());
        assertTrue(twoWords.confidence() < 0.5, "confidence " + twoWords.confidence());
        assertTrue(LanguageIdentifier.builtIn().identify("12345 !!! 678").isEmpty());
    }

    @Test
    void analyzerFallsBackToTheContactLanguageWhenTheTextIsTooShort() {
        AnalyzerDescriptor contactLanguage = AnalyzerDescriptor.of("contactStub", 1,
                context -> context.add("contact.language", "it", 1.0));
        AnalyzerDescriptor language = AnalyzerDescriptor.of("language", 2, new LanguageAnalyzer());
        try (MessageAnalysis analysis = new MessageAnalysis(null, Map.of(),
                AnalyzerRegistry.of(List.of(contactLanguage, language)))) {
            AnalysisResult shortText = analysis.evaluate(AnalysisInput.builder(0).subject("Re: 4711").textBody("ok")
                    .build());
            AnalysisResult longText = analysis.evaluate(AnalysisInput.builder(0).subject("Frage zur Rechnung")
                    .textBody(SAMPLES.get("de").get(0)).build());
            assertEquals("it", shortText.language());
            assertEquals("de", longText.language());
        }
    }

    private static Map<String, List<String>> samples() {
        Map<String, List<String>> s = new LinkedHashMap<>();
        s.put("en", List.of("Hello, my coffee machine stopped heating the water yesterday evening.",
                "Can you tell me whether the blue model is still available in large sizes?",
                "I paid by credit card but the money has not been taken from my account yet.",
                "Please cancel my subscription at the end of this month.",
                "The screen of my new tablet has a crack in the upper left corner.",
                "We would like to visit your showroom next Tuesday with three colleagues.",
                "Why did my last delivery come without the cable that is listed on the website?",
                "Thanks a lot, the replacement part fits perfectly and everything works again."));
        s.put("de", List.of("Hallo, meine Kaffeemaschine heizt seit gestern Abend das Wasser nicht mehr auf.",
                "Können Sie mir sagen, ob das blaue Modell noch in großen Größen erhältlich ist?",
                "Ich habe mit Kreditkarte bezahlt, aber das Geld wurde noch nicht abgebucht.",
                "Bitte kündigen Sie mein Abonnement zum Ende dieses Monats.",
                "Der Bildschirm meines neuen Tablets hat einen Riss in der oberen linken Ecke.",
                "Wir würden gerne nächsten Dienstag mit drei Kollegen Ihren Ausstellungsraum besuchen.",
                "Warum kam meine letzte Lieferung ohne das Kabel, das auf der Webseite aufgeführt ist?",
                "Vielen Dank, das Ersatzteil passt genau und alles funktioniert wieder."));
        s.put("fr", List.of("Bonjour, ma machine à café ne chauffe plus l'eau depuis hier soir.",
                "Pouvez-vous me dire si le modèle bleu est encore disponible en grande taille ?",
                "J'ai payé par carte bancaire mais l'argent n'a pas encore été débité de mon compte.",
                "Merci de résilier mon abonnement à la fin de ce mois.",
                "L'écran de ma nouvelle tablette est fissuré dans le coin supérieur gauche.",
                "Nous aimerions visiter votre salle d'exposition mardi prochain avec trois collègues.",
                "Pourquoi ma dernière livraison est-elle arrivée sans le câble indiqué sur le site ?",
                "Merci beaucoup, la pièce de rechange convient parfaitement et tout fonctionne de nouveau."));
        s.put("es", List.of("Hola, mi cafetera dejó de calentar el agua ayer por la noche.",
                "¿Me pueden decir si el modelo azul todavía está disponible en tallas grandes?",
                "Pagué con tarjeta de crédito pero el dinero aún no se ha cargado en mi cuenta.",
                "Por favor, cancelen mi suscripción a final de este mes.",
                "La pantalla de mi tableta nueva tiene una grieta en la esquina superior izquierda.",
                "Nos gustaría visitar su sala de exposición el próximo martes con tres compañeros.",
                "¿Por qué llegó mi último envío sin el cable que aparece en la página web?",
                "Muchas gracias, la pieza de repuesto encaja perfectamente y todo vuelve a funcionar."));
        s.put("it", List.of("Buongiorno, la mia macchina del caffè da ieri sera non scalda più l'acqua.",
                "Potete dirmi se il modello blu è ancora disponibile nelle taglie grandi?",
                "Ho pagato con la carta di credito ma i soldi non sono ancora stati addebitati sul conto.",
                "Vi prego di disdire il mio abbonamento alla fine di questo mese.",
                "Lo schermo del mio nuovo tablet ha una crepa nell'angolo in alto a sinistra.",
                "Vorremmo visitare il vostro showroom martedì prossimo con tre colleghi.",
                "Perché la mia ultima consegna è arrivata senza il cavo indicato sul sito?",
                "Grazie mille, il pezzo di ricambio va benissimo e adesso tutto funziona di nuovo."));
        s.put("nl", List.of("Hallo, mijn koffiezetapparaat verwarmt sinds gisteravond het water niet meer.",
                "Kunt u mij zeggen of het blauwe model nog in grote maten verkrijgbaar is?",
                "Ik heb met mijn creditcard betaald, maar het geld is nog niet van mijn rekening afgeschreven.",
                "Wilt u mijn abonnement aan het einde van deze maand opzeggen?",
                "Het scherm van mijn nieuwe tablet heeft een barst in de linkerbovenhoek.",
                "Wij willen volgende week dinsdag met drie collega's uw showroom bezoeken.",
                "Waarom kwam mijn laatste levering zonder de kabel die op de website staat?",
                "Hartelijk dank, het reserveonderdeel past precies en alles werkt weer."));
        s.put("pt", List.of("Olá, a minha máquina de café deixou de aquecer a água desde ontem à noite.",
                "Podem dizer-me se o modelo azul ainda está disponível em tamanhos grandes?",
                "Paguei com cartão de crédito mas o dinheiro ainda não foi descontado da minha conta.",
                "Por favor, cancelem a minha assinatura no fim deste mês.",
                "O ecrã do meu novo tablet tem uma fissura no canto superior esquerdo.",
                "Gostaríamos de visitar a vossa sala de exposição na próxima terça-feira com três colegas.",
                "Porque é que a minha última entrega chegou sem o cabo que aparece no site?",
                "Muito obrigado, a peça de substituição encaixa perfeitamente e tudo volta a funcionar."));
        return s;
    }
}
