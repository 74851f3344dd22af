package io.ultramarket.commerce.projections.search;

import io.ultramarket.commerce.projections.runtime.Generation;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;

/**
 * Every document of a generation copied into one index, for a reindex (ADR 0101): pages of the bulk size in product-id
 * order, each sent as one bulk under the documents' revisions as external versions, with up to {@code bulksInFlight}
 * bulks on their way while the next page is read from PostgreSQL.
 *
 * <p>Nothing is marked shipped, and nothing needs to be: the indexer's cycles run one at a time across instances
 * (ADR 0056) and this runs inside one, so a document that is not pending was not changed since it last went out and
 * the copy reads it at that revision; a change made meanwhile is pending and goes out after the copy.
 */
final class SearchIndexCopy {

    private final SearchDocumentRows rows;
    private final SearchIndices indices;
    private final SearchIndexerSettings settings;

    SearchIndexCopy(SearchDocumentRows rows, SearchIndices indices, SearchIndexerSettings settings) {
        this.rows = rows;
        this.indices = indices;
        this.settings = settings;
    }

    /** Copies the generation's documents into {@code index}, which exists; answers how many. Blocking. */
    long copyAll(Generation generation, String index) throws IOException {
        Deque<SearchIndices.SentBulk> inFlight = new ArrayDeque<>();
        long copied = 0;
        List<PendingDocument> page = rows.page(generation, null, settings.bulkSize());
        while (!page.isEmpty()) {
            if (inFlight.size() >= settings.bulksInFlight()) {
                inFlight.removeFirst().await();
            }
            inFlight.addLast(indices.send(index, page));
            copied += page.size();
            UUID last = page.get(page.size() - 1).document().productId();
            page = page.size() < settings.bulkSize() ? List.of() : rows.page(generation, last, settings.bulkSize());
        }
        while (!inFlight.isEmpty()) {
            inFlight.removeFirst().await();
        }
        return copied;
    }
}
