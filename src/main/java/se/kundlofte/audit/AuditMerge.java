package se.kundlofte.audit;

import java.util.List;

/**
 * Reads several sources of changes as one log, newest first: each source is read a chunk at a
 * time from where it was left, so reading on costs no re-reading. On equal times the source named
 * first comes first.
 */
final class AuditMerge {

    private final List<Cursor> cursors;

    AuditMerge(List<AuditSource> sources, AuditFilter filter, int chunk) {
        this.cursors = sources.stream()
                .map(source -> new Cursor(source, filter, chunk))
                .toList();
    }

    /** The next change, or null when every source is read to its end. */
    AuditEntry next() {
        Cursor newest = null;
        for (Cursor cursor : cursors) {
            AuditEntry head = cursor.peek();
            if (head != null
                    && (newest == null || head.changedAt().isAfter(newest.peek().changedAt()))) {
                newest = cursor;
            }
        }
        return newest == null ? null : newest.take();
    }

    private static final class Cursor {

        private final AuditSource source;
        private final AuditFilter filter;
        private final int chunk;
        private List<AuditEntry> buffer = List.of();
        private int index;
        private int offset;
        private boolean end;

        Cursor(AuditSource source, AuditFilter filter, int chunk) {
            this.source = source;
            this.filter = filter;
            this.chunk = chunk;
        }

        AuditEntry peek() {
            if (index == buffer.size() && !end) {
                buffer = source.page(filter, offset, chunk);
                offset += buffer.size();
                index = 0;
                end = buffer.size() < chunk;
            }
            return index < buffer.size() ? buffer.get(index) : null;
        }

        AuditEntry take() {
            return buffer.get(index++);
        }
    }
}
