package org.emailresponder.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Keeps a few JDBC connections open between uses. Without it every {@link Store#connection()} is a new physical
 * connection: a TCP connect and login on PostgreSQL, and on embedded H2 the whole database is closed (written out) when
 * its last connection closes and opened again by the next one, which made sending 1,000 replies take minutes.
 *
 * <p>Callers keep the usual contract: they close what they get. Closing hands the connection back after a rollback of
 * anything left uncommitted and with auto-commit on again; a connection that broke, or one beyond {@link #MAX_IDLE}
 * idle ones, is closed for real. An idle connection older than {@link #CHECK_AFTER_MILLIS} is checked before reuse.
 */
final class ConnectionPool implements AutoCloseable {
    static final int MAX_IDLE = 8;
    static final long CHECK_AFTER_MILLIS = 30_000;

    private record Idle(Connection physical, long since) {
    }

    interface Connector {
        Connection connect() throws SQLException;
    }

    private final Connector connector;
    private final Deque<Idle> idle = new ArrayDeque<>();
    private boolean closed;

    ConnectionPool(Connector connector) {
        this.connector = connector;
    }

    Connection borrow() throws SQLException {
        Connection physical = takeIdle();
        if (physical == null) {
            physical = connector.connect();
        }
        return (Connection) Proxy.newProxyInstance(ConnectionPool.class.getClassLoader(), new Class<?>[] {Connection.class},
                new Lease(physical));
    }

    private Connection takeIdle() {
        while (true) {
            Idle candidate;
            synchronized (this) {
                if (closed) {
                    throw new IllegalStateException("The database is closed");
                }
                candidate = idle.pollFirst();
            }
            if (candidate == null) {
                return null;
            }
            if (System.currentTimeMillis() - candidate.since() < CHECK_AFTER_MILLIS || isValid(candidate.physical())) {
                return candidate.physical();
            }
            closeQuietly(candidate.physical());
        }
    }

    private static boolean isValid(Connection physical) {
        try {
            return physical.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private void giveBack(Connection physical) {
        try {
            if (physical.isClosed()) {
                return;
            }
            if (!physical.getAutoCommit()) {
                physical.rollback();
                physical.setAutoCommit(true);
            }
            physical.clearWarnings();
        } catch (SQLException e) {
            closeQuietly(physical);
            return;
        }
        synchronized (this) {
            if (!closed && idle.size() < MAX_IDLE) {
                idle.addFirst(new Idle(physical, System.currentTimeMillis()));
                return;
            }
        }
        closeQuietly(physical);
    }

    synchronized int idleCount() {
        return idle.size();
    }

    @Override
    public void close() {
        Deque<Idle> left;
        synchronized (this) {
            closed = true;
            left = new ArrayDeque<>(idle);
            idle.clear();
        }
        left.forEach(i -> closeQuietly(i.physical()));
    }

    private static void closeQuietly(Connection physical) {
        try {
            physical.close();
        } catch (SQLException e) {
            // already broken: nothing to hand back
        }
    }

    /** One use of a physical connection; after close() it refuses every call, as a closed connection does. */
    private final class Lease implements InvocationHandler {
        private Connection physical;

        Lease(Connection physical) {
            this.physical = physical;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "close" -> {
                    if (physical != null) {
                        Connection returned = physical;
                        physical = null;
                        giveBack(returned);
                    }
                    return null;
                }
                case "isClosed" -> {
                    return physical == null || physical.isClosed();
                }
                case "equals" -> {
                    return proxy == args[0];
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                case "toString" -> {
                    return "pooled " + physical;
                }
                default -> {
                    if (physical == null) {
                        throw new SQLException("The connection is closed");
                    }
                    try {
                        return method.invoke(physical, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }
            }
        }
    }
}
