package org.emailresponder.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.emailresponder.analysis.AnalysisInput;
import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void htmlOnlyMessagesAreAnalyzedAsText() {
        AnalysisInput input = AnalysisInput.builder(0).subject("Hi")
                .htmlBody("<html><head><style>p{color:red}</style><script>var x=1;</script></head><body>"
                        + "<p>Dear&nbsp;team,</p><p>my order&#32;#A-12345 &amp; invoice <b>INV-7</b> are"
                        + " wrong.<br>Thanks</p></body></html>")
                .build();
        assertEquals("Dear team,\n\nmy order #A-12345 & invoice INV-7 are wrong.\nThanks", input.body());
        assertEquals("Hi\n\n" + input.body(), input.text());
        assertEquals(4, input.bodyStart());
    }

    @Test
    void scriptsInAnyCaseAndUnknownEntitiesAreHandled() {
        AnalysisInput input = AnalysisInput.builder(0).htmlBody("<DIV>Tom &amp Jerry&unknown;</DIV><SCRIPT type=x>"
                + "alert('<b>')</Script ><p>Price &lt; 5&#8364;</p>").build();
        assertEquals("Tom &amp Jerry&unknown;\n\nPrice < 5\u20ac", input.body());
    }

    @Test
    void theTextPartWinsOverTheHtmlPart() {
        AnalysisInput input = AnalysisInput.builder(0).textBody("plain").htmlBody("<p>html</p>").build();
        assertEquals("plain", input.body());
    }
}
