package org.emailresponder.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.util.List;

import org.emailresponder.store.DatabaseSettings;
import org.emailresponder.store.SchemaMigrator;
import org.emailresponder.store.Store;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MigrationTest {

    @ParameterizedTest
    @ValueSource(strings = {TestDatabases.H2, TestDatabases.H2_MSSQL, TestDatabases.POSTGRESQL})
    void emptyDatabaseMigratesToLatestAndSecondRunIsNoOp(String kind) throws Exception {
        DatabaseSettings settings = TestDatabases.fresh(kind);
        try {
            SchemaMigrator migrator = new SchemaMigrator(settings.platform());
            try (Store store = Store.open(settings); Connection c = store.connection()) {
                assertEquals(SchemaMigrator.scripts().keySet().stream().toList(), store.appliedMigrations());
                assertEquals(SchemaMigrator.latestVersion(), migrator.currentVersion(c));
                assertEquals(List.of(), migrator.migrate(c), "a second migration applies nothing");
                System.out.println("MIGRATION " + kind + ": empty -> v" + migrator.currentVersion(c));
            }
            try (Store reopened = Store.open(settings)) {
                assertTrue(reopened.appliedMigrations().isEmpty(), "reopening an up-to-date database migrates nothing");
            }
        } finally {
            TestDatabases.drop(settings);
        }
    }
}
