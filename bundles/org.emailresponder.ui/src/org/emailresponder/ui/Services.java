package org.emailresponder.ui;

import org.emailresponder.core.security.PasswordHasher;
import org.emailresponder.core.service.Authentication;
import org.emailresponder.core.service.MessageQueries;
import org.emailresponder.core.service.UserDirectory;
import org.emailresponder.store.DatabaseSettings;
import org.emailresponder.store.Store;
import org.emailresponder.store.StoreAuthentication;
import org.emailresponder.store.StoreMessageQueries;
import org.emailresponder.store.StoreUserDirectory;

/** The open database and the services the workbench talks to; every permission check happens inside them. */
public record Services(Store store, PasswordHasher hasher, Authentication authentication, UserDirectory users,
        MessageQueries messages) implements AutoCloseable {

    /** Opens (and migrates) the database. */
    public static Services open(DatabaseSettings settings) {
        Store store = Store.open(settings);
        PasswordHasher hasher = new PasswordHasher();
        return new Services(store, hasher, new StoreAuthentication(store, hasher), new StoreUserDirectory(store, hasher),
                new StoreMessageQueries(store));
    }

    public DatabaseSettings settings() {
        return store.settings();
    }

    @Override
    public void close() {
        store.close();
    }
}
