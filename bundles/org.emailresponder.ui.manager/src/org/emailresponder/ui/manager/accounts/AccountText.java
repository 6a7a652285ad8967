package org.emailresponder.ui.manager.accounts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.emailresponder.manager.AccountInfo;
import org.emailresponder.manager.jobs.ServiceState;

/** How accounts and the service's state read in the view: short for table cells, complete for the details. */
final class AccountText {
    private static final DateTimeFormatter TODAY = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter EARLIER = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private AccountText() {
    }

    static String time(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime local = instant.atZone(ZoneId.systemDefault());
        return (local.toLocalDate().equals(LocalDate.now()) ? TODAY : EARLIER).format(local);
    }

    static String afterDownload(AccountInfo account) {
        return account.deleteAfterDownload() ? "delete" : "leave";
    }

    /** Everything about one account, with the last connection test if there was one. */
    static String details(AccountInfo a, List<String> testReport, Instant testedAt) {
        StringBuilder text = new StringBuilder();
        text.append(a.name()).append(": ").append(a.enabled() ? "enabled" : "disabled").append(", polled every ").append(a.pollSeconds())
                .append(" s, downloaded mail is ").append(a.deleteAfterDownload() ? "deleted from" : "left on").append(" the server\n");
        text.append("Incoming: ").append(a.incomingUrl()).append('\n');
        text.append("Outgoing: ").append(a.outgoingUrl() == null ? "(none)" : a.outgoingUrl());
        text.append("    From: ").append(a.fromAddress() == null ? "(not set)" : a.fromAddress());
        text.append("    Default group: ").append(a.defaultGroup() == null ? "(none)" : a.defaultGroup()).append('\n');
        text.append("Status: ").append(a.status());
        if (a.failureCount() > 0) {
            text.append(", ").append(a.failureCount()).append(a.failureCount() == 1 ? " failure" : " failures in a row");
        }
        text.append("; last poll ").append(a.lastPollAt() == null ? "never" : time(a.lastPollAt()));
        text.append(", next ").append(a.enabled() && a.nextPollAt() != null ? time(a.nextPollAt()) : "-").append('\n');
        if (a.lastError() != null) {
            text.append("Last error: ").append(a.lastError()).append('\n');
        }
        if (testedAt != null) {
            text.append("Connection test at ").append(time(testedAt)).append(":\n");
            testReport.forEach(line -> text.append("  ").append(line).append('\n'));
        }
        return text.toString();
    }

    static String service(ServiceState state) {
        StringBuilder text = new StringBuilder("Manager service in this workbench: ").append(state.running() ? "running" : "stopped");
        if (state.lastRun() != null) {
            text.append(". Last run ").append(time(state.lastRun())).append(": ")
                    .append(state.lastFailure() != null ? "failed: " + state.lastFailure() : state.lastResult());
        }
        return text.append('.').toString();
    }
}
