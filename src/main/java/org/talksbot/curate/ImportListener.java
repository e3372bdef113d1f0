package org.talksbot.curate;

import org.jdbi.v3.core.Handle;

/**
 * Told what an import changed, inside the import's own transaction, so that work it records
 * (such as pending notifications) commits or rolls back together with the data.
 */
@FunctionalInterface
public interface ImportListener {

    void imported(Handle handle, ImportReport report);

    ImportListener NONE = (handle, report) -> { };
}
