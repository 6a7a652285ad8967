package org.emailresponder.analysis.internal.builtin;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.emailresponder.analysis.ContactLookup;
import org.emailresponder.store.SequenceIds;
import org.emailresponder.store.Store;
import org.emailresponder.store.StoreException;

/**
 * The small built-in {@link ContactLookup} straight on er_contact_address / er_contact. Keeps one connection for the
 * hot lookup (reopened after an error); the contacts bundle may replace it with a richer one.
 */
public final class JdbcContactLookup implements ContactLookup, AutoCloseable {
    private static final String FIND = "SELECT c.id, c.language FROM er_contact_address a"
            + " JOIN er_contact c ON c.id = a.contact_id WHERE a.email IN (?, ?)";

    private final Store store;
    private Connection connection;
    private PreparedStatement find;

    public JdbcContactLookup(Store store) {
        this.store = store;
    }

    @Override
    public synchronized Optional<ContactMatch> find(String emailAddress) {
        String address = emailAddress.strip();
        try {
            PreparedStatement statement = findStatement();
            statement.setString(1, address.toLowerCase(Locale.ROOT));
            statement.setString(2, address);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.of(new ContactMatch(rs.getLong(1), rs.getString(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            closeQuietly();
            throw new StoreException("Cannot look up the contact of " + address + ": " + e.getMessage(), e);
        }
    }

    @Override
    public long propose(String emailAddress, String displayName) {
        Optional<ContactMatch> known = find(emailAddress);
        if (known.isPresent()) {
            return known.get().contactId();
        }
        try (Connection c = store.connection()) {
            c.setAutoCommit(false);
            long id = insertProposed(c, emailAddress.strip().toLowerCase(Locale.ROOT), displayName);
            c.commit();
            return id;
        } catch (SQLException e) {
            // another Manager may have proposed the same address a moment ago
            return find(emailAddress).map(ContactMatch::contactId).orElseThrow(() -> new StoreException(
                    "Cannot propose a contact for " + emailAddress + ": " + e.getMessage(), e));
        }
    }

    private long insertProposed(Connection c, String address, String displayName) throws SQLException {
        long id = nextContactId(c);
        String[] names = splitName(displayName);
        try (PreparedStatement contact = c.prepareStatement("INSERT INTO er_contact (id, first_name, last_name,"
                + " proposed, created_at, version) VALUES (?, ?, ?, ?, ?, 1)");
                PreparedStatement email = c.prepareStatement(
                        "INSERT INTO er_contact_address (contact_id, email) VALUES (?, ?)")) {
            contact.setLong(1, id);
            contact.setString(2, names[0]);
            contact.setString(3, names[1]);
            contact.setBoolean(4, true);
            contact.setTimestamp(5, Timestamp.from(Instant.now()));
            contact.executeUpdate();
            email.setLong(1, id);
            email.setString(2, address);
            email.executeUpdate();
        }
        return id;
    }

    // The last value of a fresh block of 50 is never handed out by EclipseLink's preallocation of earlier blocks.
    private long nextContactId(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(SequenceIds.nextValueSql(store.platform(), "er_contact_seq"));
                ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String[] splitName(String displayName) {
        String name = displayName == null ? "" : displayName.strip().replaceAll("^\"|\"$", "");
        int space = name.lastIndexOf(' ');
        if (name.isEmpty()) {
            return new String[] {null, null};
        }
        return space < 0 ? new String[] {null, name} : new String[] {name.substring(0, space), name.substring(space + 1)};
    }

    private PreparedStatement findStatement() throws SQLException {
        if (find == null) {
            connection = store.connection();
            find = connection.prepareStatement(FIND);
        }
        return find;
    }

    private void closeQuietly() {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException e) {
            // the connection is being dropped because it failed already
        }
        connection = null;
        find = null;
    }

    @Override
    public synchronized void close() {
        closeQuietly();
    }
}
