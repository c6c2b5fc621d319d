package org.airshed.scenarios.pipeline;

import java.io.IOException;
import java.util.List;

/**
 * What a run adds once its result files are staged: files made by reading those files back (the
 * report, its charts, the marginal-abatement-cost table), so that they show exactly what was
 * written. They are staged beside the others and moved in with them. Registered once, in
 * {@code run.Sections}.
 */
public interface StagedReport {
    /**
     * Every file it may write; a name ending in "/" is a directory it owns, whose files an
     * earlier run left and this one does not write are removed.
     */
    List<String> fileNames();

    /**
     * Its files, made from the run and from its result files as staged in {@code staged} (read
     * each once complete: they are written while this runs); a file it can make early is started
     * with {@link StagedFiles#add} and not returned.
     */
    List<ResultFile> files(RunContext context, StagedFiles staged) throws IOException;
}
