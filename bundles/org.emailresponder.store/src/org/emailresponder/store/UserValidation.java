package org.emailresponder.store;

import org.emailresponder.core.ValidationException;

/** The rules for logins, names and passwords, with messages a user can act on. */
final class UserValidation {
    static final int MIN_PASSWORD_LENGTH = 8;

    private UserValidation() {
    }

    static void requireLogin(String login) {
        if (login == null || login.isBlank()) {
            throw new ValidationException("Enter a login name.");
        }
        if (!login.strip().matches("[A-Za-z0-9._@-]{2,100}")) {
            throw new ValidationException("A login name has 2 to 100 letters, digits or . _ @ - (no spaces).");
        }
    }

    static void requirePassword(char[] password) {
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new ValidationException("A password needs at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
    }

    static String requireName(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new ValidationException("Enter a " + what + ".");
        }
        if (name.strip().length() > 100) {
            throw new ValidationException("A " + what + " has at most 100 characters.");
        }
        return name.strip();
    }

    static String optionalEmail(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String trimmed = email.strip();
        if (!trimmed.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new ValidationException("'" + trimmed + "' is not an e-mail address.");
        }
        return trimmed;
    }
}
