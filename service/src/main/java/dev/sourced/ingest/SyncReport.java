package dev.sourced.ingest;

import java.util.List;

/** What a corpus sync did, by article id. */
public record SyncReport(List<String> added, List<String> updated, List<String> unchanged, List<String> removed) {
    public SyncReport {
        added = List.copyOf(added);
        updated = List.copyOf(updated);
        unchanged = List.copyOf(unchanged);
        removed = List.copyOf(removed);
    }

    /** Articles that were chunked and embedded in this sync. */
    public int embedded() {
        return added.size() + updated.size();
    }

    @Override
    public String toString() {
        return "added " + added.size() + ", updated " + updated.size() + ", unchanged " + unchanged.size()
                + ", removed " + removed.size();
    }
}
