package org.emailresponder.manager;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

import org.emailresponder.manager.internal.Sql;
import org.emailresponder.store.Store;

/**
 * Named leases in er_lease, so several Managers on one database share the work: a lease is held by one owner until
 * it is released or expires. Acquire is a conditional UPDATE (free, expired or already ours) and, for a name never
 * seen, an INSERT whose primary key makes exactly one concurrent inserter win.
 */
public final class Leases {
    private final Store store;
    private final String owner;

    public Leases(Store store, String owner) {
        this.store = store;
        this.owner = owner;
    }

    public String owner() {
        return owner;
    }

    /** Takes or extends the lease; false when another owner holds it and it has not expired. */
    public boolean acquire(String name, Duration duration) {
        Instant now = Instant.now();
        try (Connection c = store.connection()) {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE er_lease SET owner = ?, until_time = ? WHERE name = ? AND (owner IS NULL OR owner = ? OR until_time < ?)")) {
                update.setString(1, owner);
                update.setTimestamp(2, Sql.ts(now.plus(duration)));
                update.setString(3, name);
                update.setString(4, owner);
                update.setTimestamp(5, Sql.ts(now));
                if (update.executeUpdate() == 1) {
                    return true;
                }
            }
            return insert(c, name, now.plus(duration));
        } catch (SQLException e) {
            throw new IllegalStateException("lease " + name + " cannot be acquired: " + e.getMessage(), e);
        }
    }

    private boolean insert(Connection c, String name, Instant until) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO er_lease (name, owner, until_time) VALUES (?,?,?)")) {
            insert.setString(1, name);
            insert.setString(2, owner);
            insert.setTimestamp(3, Sql.ts(until));
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            if (Sql.isUniqueViolation(e)) {
                return false; // the row exists and is held by someone else (or another Manager inserted it just now)
            }
            throw e;
        }
    }

    /** Extends a lease this owner holds; false when it was lost (expired and taken by another). */
    public boolean renew(String name, Duration duration) {
        try (Connection c = store.connection();
                PreparedStatement st = c.prepareStatement("UPDATE er_lease SET until_time = ? WHERE name = ? AND owner = ?")) {
            st.setTimestamp(1, Sql.ts(Instant.now().plus(duration)));
            st.setString(2, name);
            st.setString(3, owner);
            return st.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("lease " + name + " cannot be renewed: " + e.getMessage(), e);
        }
    }

    public void release(String name) {
        try (Connection c = store.connection();
                PreparedStatement st = c.prepareStatement("UPDATE er_lease SET owner = NULL, until_time = NULL WHERE name = ? AND owner = ?")) {
            st.setString(1, name);
            st.setString(2, owner);
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("lease " + name + " cannot be released: " + e.getMessage(), e);
        }
    }
}
