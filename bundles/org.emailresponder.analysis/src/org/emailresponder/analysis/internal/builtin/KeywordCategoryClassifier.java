package org.emailresponder.analysis.internal.builtin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.emailresponder.analysis.CategoryClassifier;
import org.emailresponder.analysis.internal.builtin.KeywordMatcher.Keyword;

/**
 * The fallback {@link CategoryClassifier}: counts keywords per category (subject words count twice). Categories and
 * keywords are settings {@code analysis.category.<name> = word, word, ...}; when none is given, a multilingual default
 * set for billing, shipping, returns, technical, account and sales is used.
 */
public final class KeywordCategoryClassifier implements CategoryClassifier {
    public static final String PREFIX = "analysis.category.";
    public static final Map<String, String> DEFAULTS = defaults();
    private static final double MIN_CONFIDENCE = 0.15;

    private final KeywordMatcher<String> matcher;

    private KeywordCategoryClassifier(KeywordMatcher<String> matcher) {
        this.matcher = matcher;
    }

    public static KeywordCategoryClassifier from(Map<String, String> settings) {
        Map<String, String> categories = new LinkedHashMap<>();
        settings.forEach((key, value) -> {
            if (key.startsWith(PREFIX)) {
                categories.put(key.substring(PREFIX.length()), value);
            }
        });
        List<Keyword<String>> keywords = new ArrayList<>();
        (categories.isEmpty() ? DEFAULTS : categories).forEach((category, words) -> {
            for (String word : words.split(",")) {
                keywords.add(new Keyword<>(word.strip(), category));
            }
        });
        return new KeywordCategoryClassifier(KeywordMatcher.compile(keywords));
    }

    @Override
    public List<Prediction> predict(Map<String, String> fields) {
        Map<String, Integer> hits = new LinkedHashMap<>();
        matcher.find(fields.getOrDefault(SUBJECT, ""), m -> hits.merge(m.payload(), 2, Integer::sum));
        matcher.find(fields.getOrDefault(BODY, ""), m -> hits.merge(m.payload(), 1, Integer::sum));
        double total = hits.values().stream().mapToInt(Integer::intValue).sum() + 1.0;
        return hits.entrySet().stream().map(e -> new Prediction(e.getKey(), Math.min(0.9, e.getValue() / total)))
                .filter(p -> p.confidence() >= MIN_CONFIDENCE)
                .sorted(Comparator.comparingDouble(Prediction::confidence).reversed()).toList();
    }

    private static Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("billing", "invoice, bill, billing, payment, charged, refund, price, rechnung, zahlung, bezahlt,"
                + " rückerstattung, facture, paiement, remboursement, factura, pago, reembolso, fattura, pagamento,"
                + " rimborso, factuur, betaling, fatura, reembolsado");
        d.put("shipping", "delivery, shipping, shipment, parcel, package, tracking, arrived, lieferung, versand,"
                + " paket, sendung, livraison, colis, envío, entrega, paquete, consegna, spedizione, pacco, levering,"
                + " pakket, bezorging, encomenda, envio");
        d.put("returns", "return, returns, exchange, warranty, defective, broken, rücksendung, umtausch, garantie,"
                + " defekt, retour, échange, devolución, devolver, garantía, reso, restituire, garanzia, retourzending,"
                + " terugsturen, devolução");
        d.put("technical", "error, crash, crashes, bug, not working, does not work, update, install, fehler,"
                + " absturz, funktioniert nicht, erreur, ne fonctionne pas, fallo, no funciona, errore,"
                + " non funziona, fout, werkt niet, erro, não funciona");
        d.put("account", "password, login, log in, account, sign in, username, passwort, konto, anmelden,"
                + " mot de passe, compte, contraseña, cuenta, password dimenticata, wachtwoord, inloggen, senha, conta");
        d.put("sales", "quote, offer, discount, license, licenses, purchase, angebot, rabatt, lizenz, devis,"
                + " remise, presupuesto, descuento, preventivo, sconto, offerte, korting, orçamento, desconto");
        return Map.copyOf(d);
    }
}
