package org.emailresponder.mail.internal.mime;

import java.util.ArrayList;
import java.util.List;

import org.emailresponder.mail.MailAddress;

/**
 * Address lists as real mail writes them: {@code "Doe, John" <j@x>}, {@code j@x (John Doe)}, bare
 * {@code j@x}, groups ({@code Undisclosed recipients:;}), odd addresses ({@code Undisclosed-Recipient@UNKNOWN}),
 * missing brackets or quotes. Never throws; what cannot be read as an address is skipped.
 */
public final class Addresses {

    private Addresses() {
    }

    /** @param value the raw (not yet RFC 2047-decoded) header value */
    public static List<MailAddress> parse(String value, Problems problems) {
        List<MailAddress> result = new ArrayList<>(2);
        if (value == null || value.isBlank()) {
            return result;
        }
        for (String item : split(value)) {
            MailAddress a = one(item.strip(), problems);
            if (a != null) {
                result.add(a);
            }
        }
        return result;
    }

    /** Splits at commas (and group colons/semicolons) outside quotes, comments and angle brackets. */
    static List<String> split(String s) {
        List<String> items = new ArrayList<>(2);
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        int comment = 0;
        boolean angle = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '\\' && i + 1 < s.length()) {
                    cur.append(c).append(s.charAt(++i));
                    continue;
                }
                quoted = c != '"';
            } else if (comment > 0) {
                comment += c == '(' ? 1 : c == ')' ? -1 : 0;
            } else if (c == '"') {
                quoted = true;
            } else if (c == '(') {
                comment = 1;
            } else if (c == '<') {
                angle = true;
            } else if (c == '>') {
                angle = false;
            } else if (!angle && (c == ',' || c == ';')) {
                items.add(cur.toString());
                cur.setLength(0);
                continue;
            } else if (!angle && c == ':' && cur.indexOf("@") < 0) {
                cur.setLength(0); // "group name:" starts a group; the name itself is not an address
                continue;
            }
            cur.append(c);
        }
        items.add(cur.toString());
        return items;
    }

    private static MailAddress one(String item, Problems problems) {
        if (item.isEmpty()) {
            return null;
        }
        int lt = item.lastIndexOf('<');
        int gt = item.indexOf('>', Math.max(lt, 0));
        if (lt >= 0) {
            String addr = item.substring(lt + 1, gt < 0 ? item.length() : gt).strip();
            String name = cleanName(item.substring(0, lt), problems);
            if (addr.isEmpty()) {
                return null; // "<>" is the null sender, not an address
            }
            return new MailAddress(stripSourceRoute(addr), name);
        }
        String comment = null;
        int open = item.indexOf('(');
        String addr = item;
        if (open >= 0) {
            int close = item.lastIndexOf(')');
            comment = cleanName(item.substring(open + 1, close > open ? close : item.length()), problems);
            addr = (item.substring(0, open) + (close > open ? item.substring(close + 1) : "")).strip();
        }
        addr = unquote(addr).replace(" ", "");
        if (addr.isEmpty()) {
            return null;
        }
        if (addr.indexOf('@') < 0 && problems != null) {
            problems.add("address without domain: " + addr);
        }
        return new MailAddress(addr, comment);
    }

    private static String stripSourceRoute(String addr) {
        int colon = addr.indexOf(':');
        return addr.startsWith("@") && colon > 0 ? addr.substring(colon + 1) : addr;
    }

    private static String cleanName(String raw, Problems problems) {
        String name = unquote(raw.strip());
        name = EncodedWords.decode(name, problems).strip();
        if (name.length() > 1 && name.startsWith("'") && name.endsWith("'")) {
            name = name.substring(1, name.length() - 1).strip();
        }
        return name.isEmpty() ? null : name;
    }

    private static String unquote(String s) {
        if (s.indexOf('"') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                sb.append(s.charAt(++i));
            } else if (c != '"') {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
