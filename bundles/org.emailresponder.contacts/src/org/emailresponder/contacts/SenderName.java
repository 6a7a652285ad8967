package org.emailresponder.contacts;

/** First and last name guessed from a sender's display name ("Ada Lovelace", "Lovelace, Ada") or address. */
record SenderName(String first, String last) {

    static SenderName parse(String displayName, String address) {
        String name = displayName == null ? "" : displayName.replace("\"", "").strip();
        if (name.isEmpty() || name.contains("@")) {
            return new SenderName(null, null);
        }
        int comma = name.indexOf(',');
        if (comma > 0) {
            return new SenderName(name.substring(comma + 1).strip(), name.substring(0, comma).strip());
        }
        int space = name.lastIndexOf(' ');
        if (space < 0) {
            return new SenderName(name, null);
        }
        return new SenderName(name.substring(0, space).strip(), name.substring(space + 1).strip());
    }
}
