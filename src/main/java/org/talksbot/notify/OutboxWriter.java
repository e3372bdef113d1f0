package org.talksbot.notify;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.talksbot.curate.ImportListener;
import org.talksbot.curate.ImportReport;

/**
 * Turns an import into pending notifications inside the import's transaction: each added item, and
 * each changed item the curator marked as a correction, for every active chat that follows it.
 * Chats in digest mode get the item in their next digest instead ({@link DigestPlanner}).
 * Plain edits notify nobody. A correction is keyed by a fingerprint of its content, so importing
 * the same correction again enqueues nothing.
 */
public final class OutboxWriter implements ImportListener {

    static final String NEW = "new";

    private final TimeSource time;

    public OutboxWriter(TimeSource time) {
        this.time = time;
    }

    @Override
    public void imported(Handle handle, ImportReport report) {
        write(handle, report);
    }

    /** Enqueues and returns what was enqueued. */
    public FanoutPlan write(Handle handle, ImportReport report) {
        return run(handle, report, true);
    }

    /** What {@link #write} would enqueue, changing nothing: for {@code import --dry-run}. */
    public FanoutPlan plan(Handle handle, ImportReport report) {
        return run(handle, report, false);
    }

    private FanoutPlan run(Handle handle, ImportReport report, boolean write) {
        OutboxQueries q = handle.attach(OutboxQueries.class);
        DigestQueries digests = handle.attach(DigestQueries.class);
        List<FanoutPlan.Item> items = new ArrayList<>();
        for (Notice notice : notices(ItemKind.EVENT, report.events(), q)) {
            int chats = write ? q.enqueueEvent(notice.id, notice.revision, notice.correction, time.now())
                    + digests.waitEvent("EVENT", notice.id, notice.revision, notice.correction, time.now())
                    : q.countEventFollowers(notice.id, notice.revision);
            items.add(new FanoutPlan.Item(ItemKind.EVENT, notice.id, notice.correction, chats));
        }
        for (Notice notice : notices(ItemKind.QUOTE, report.quotes(), q)) {
            int chats = write ? q.enqueueQuote(notice.id, notice.revision, notice.correction, time.now())
                    + digests.waitQuote("QUOTE", notice.id, notice.revision, notice.correction, time.now())
                    : q.countQuoteFollowers(notice.id, notice.revision);
            items.add(new FanoutPlan.Item(ItemKind.QUOTE, notice.id, notice.correction, chats));
        }
        return new FanoutPlan(items);
    }

    private record Notice(String id, String revision, boolean correction) {
    }

    private static List<Notice> notices(ItemKind kind, ImportReport.Changes changes, OutboxQueries q) {
        List<Notice> notices = new ArrayList<>();
        changes.added().forEach(id -> notices.add(new Notice(id, NEW, false)));
        for (String id : changes.corrected()) {
            if (changes.added().contains(id)) {
                continue;
            }
            Optional<String> content = kind == ItemKind.EVENT ? q.eventContent(id) : q.quoteContent(id);
            content.ifPresent(c -> notices.add(new Notice(id, fingerprint(c), true)));
        }
        return notices;
    }

    static String fingerprint(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return "c" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
