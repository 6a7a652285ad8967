package org.emailresponder.contacts.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV: quoted fields with doubled quotes, line breaks inside quotes, CRLF or LF, a UTF-8 BOM tolerated. */
public final class Csv {
    private final char delimiter;

    public Csv(char delimiter) {
        this.delimiter = delimiter;
    }

    /**
     * One record of the file.
     *
     * @param row the record number, counting the header as 1 (what a spreadsheet shows for simple files)
     * @param error why the record could not be read, or null
     */
    public record Record(int row, List<String> fields, String error) {
        public boolean isBlank() {
            return fields.size() == 1 && fields.get(0).isBlank();
        }
    }

    public List<Record> read(Reader in) throws IOException {
        String text = readAll(in);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Record> records = new ArrayList<>();
        new Parser(text).parse(records);
        return records;
    }

    public void write(List<List<String>> rows, Writer out) throws IOException {
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.write(delimiter);
                }
                out.write(quote(row.get(i)));
            }
            out.write("\r\n");
        }
        out.flush();
    }

    private String quote(String value) {
        if (value == null) {
            return "";
        }
        boolean needsQuotes = value.indexOf(delimiter) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0 || !value.equals(value.strip());
        return needsQuotes ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private static String readAll(Reader in) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n; (n = in.read(buffer)) > 0;) {
            text.append(buffer, 0, n);
        }
        return text.toString();
    }

    private final class Parser {
        private final String text;
        private int pos;

        Parser(String text) {
            this.text = text;
        }

        void parse(List<Record> records) {
            int row = 1;
            while (pos < text.length()) {
                records.add(record(row++));
            }
        }

        private Record record(int row) {
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            while (true) {
                if (pos >= text.length()) {
                    fields.add(field.toString());
                    return new Record(row, fields, null);
                }
                char c = text.charAt(pos++);
                if (c == '"' && field.isEmpty()) {
                    if (!quoted(field)) {
                        fields.add(field.toString());
                        return new Record(row, fields, "a quoted field is not closed (missing \")");
                    }
                } else if (c == delimiter) {
                    fields.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
                        pos++;
                    }
                    fields.add(field.toString());
                    return new Record(row, fields, null);
                } else {
                    field.append(c);
                }
            }
        }

        /** Reads a quoted field's content after the opening quote; false when the file ends inside it. */
        private boolean quoted(StringBuilder field) {
            while (pos < text.length()) {
                char c = text.charAt(pos++);
                if (c != '"') {
                    field.append(c);
                } else if (pos < text.length() && text.charAt(pos) == '"') {
                    field.append('"');
                    pos++;
                } else {
                    return true;
                }
            }
            return false;
        }
    }
}
