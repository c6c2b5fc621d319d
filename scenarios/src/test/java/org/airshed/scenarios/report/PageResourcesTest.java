package org.airshed.scenarios.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Read on a thread of their own or on the caller's, the page's resources are read once and the same. */
class PageResourcesTest {
    @Test
    void backgroundAndCallersReadsGiveOneInstanceOfTheSameText() throws Exception {
        PageResources.loadInBackground();
        PageResources.loadInBackground();
        ExecutorService callers = Executors.newFixedThreadPool(3);
        try {
            List<Future<PageResources>> got = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                got.add(callers.submit(PageResources::get));
            }
            PageResources first = PageResources.get();
            for (Future<PageResources> each : got) {
                assertSame(first, each.get());
            }
            assertEquals(PageResources.text(PageResources.PAGE + "report.css"), first.style);
            assertEquals(first.draw.digest(), first.digests.get(first.digests.size() - 1));
            assertEquals(PageResources.LIBRARIES.size(), first.libraries.size());
        } finally {
            callers.shutdownNow();
        }
    }
}
