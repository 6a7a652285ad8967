package org.emailresponder.mail.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.emailresponder.mail.HtmlText;
import org.junit.jupiter.api.Test;

/** HTML bodies as text, for HTML-only mail: what analysis, search and quoting read. */
class HtmlTextTest {

    @Test
    void headScriptsAndStylesAreDroppedAndBlocksBreakLines() {
        String html = "<html><head><title>Newsletter</title><STYLE>p{}</STYLE></head><body><p>Dear team,</p>"
                + "<p>my order <b>A-1</b> is late.<br>Thanks</p><SCRIPT type=x>alert('<b>')</Script ><ul><li>one<li>two</ul></body>";
        assertEquals("Dear team,\n\nmy order A-1 is late.\nThanks\n\n- one\n- two", HtmlText.toText(html));
    }

    @Test
    void entitiesAreDecodedInAnyCaseUnlessTheyAreUnknown() {
        assertEquals("Tom & Jerry < 5\u20ac \u00c4 \u00e4", HtmlText.toText("Tom &AMP; Jerry &lt; 5&#8364; &Auml; &auml;"));
        assertEquals("a b c", HtmlText.toText("a&nbsp;b&#160;c"), "a non-breaking space is a space");
        assertEquals("Tom &amp Jerry&unknown; &#xZZ;", HtmlText.toText("Tom &amp Jerry&unknown; &#xZZ;"));
    }

    @Test
    void nothingGivesEmptyText() {
        assertEquals("", HtmlText.toText(null));
        assertEquals("", HtmlText.toText("<p> </p><!-- hidden -->"));
    }

    @Test
    void theTextBodyWinsAndHtmlOnlyMailBecomesText() {
        assertEquals("plain", HtmlText.bodyText("plain", "<p>html</p>"));
        assertEquals("html", HtmlText.bodyText(" ", "<p>html</p>"));
        assertEquals("", HtmlText.bodyText(null, null));
    }
}
