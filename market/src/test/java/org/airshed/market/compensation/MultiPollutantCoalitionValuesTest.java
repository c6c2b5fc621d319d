package org.airshed.market.compensation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.airshed.core.allocation.multi.MultiPollutantSolvers;
import org.airshed.core.io.ScenarioDocument;
import org.airshed.core.io.ScenarioReader;
import org.airshed.core.model.multi.MultiPollutantScenario;
import org.airshed.core.study.multi.MultiScenarioProblem;
import org.airshed.market.game.Game;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every coalition value of the version-2 duties game against the plain reference
 * ({@link SubScenarioMultiCoalitions}: each coalition as its own scenario, solved from scratch by a
 * dense LP), on the numerical review's files and on seeded games in the shape of its generator.
 * Regression (numerical review C, defect 1): a coalition that cannot move a receptor row, or a cap
 * row, whose duties leave it exactly met got a requirement of rounding size (1e-16 .. 2e-12: the row
 * recomputed from the baseline less everyone else) and was declared infeasible, so `run` stopped
 * with an internal error on files `validate` passes.
 */
class MultiPollutantCoalitionValuesTest {
    @Test
    void everyCoalitionValueMatchesItsOwnSubScenarioSolvedFromScratch() {
        int coalitions = 0;
        int binding = 0;
        int positive = 0;
        for (long seed = 0; seed < 240; seed++) {
            MultiPollutantScenario scenario = RandomMultiDutiesGames.draw(seed);
            ScenarioGame game = compare(scenario, "seed " + seed);
            Game values = game.game().orElseThrow();
            for (int mask = 1; mask <= values.grandMask(); mask++) {
                if (Integer.bitCount(mask) > 1) {
                    coalitions++;
                    binding += game.coalitions().bindingLimits(mask - 1).isEmpty() ? 0 : 1;
                    positive += values.value(mask) > 0 ? 1 : 0;
                }
            }
        }
        assertTrue(binding > coalitions / 20 && binding < coalitions, "limits bind in " + binding + " of "
                + coalitions + " coalitions");
        assertTrue(positive > coalitions / 5 && positive < coalitions, "cooperation saves in " + positive + " of "
                + coalitions + " coalitions");
    }

    /**
     * The review's files: k1 (a receptor that regions C and D do not reach, its limit below the
     * duties' concentration: 1.1e-16 asked of {C, D}) and n24 (SO2 capped at the baseline less the
     * duties, C and D unable to abate SO2: 5.7e-14 asked of {C, D}), every coalition checked.
     */
    @ParameterizedTest
    @ValueSource(strings = {"v2-game-k1.json", "v2-game-n24.json"})
    void theReviewersFilesArePlayed(String file) throws IOException {
        ScenarioGame game = compare(play(file).multiPollutant(), file);
        assertTrue(game.grandValue() > 0, file + ": v(N) = " + game.grandValue());
    }

    /**
     * The review's arp12-comp: us-arp-2020 cut to 12 states with duties (1.8e-12 asked of a coalition
     * that cannot abate SO2). Played only: 4,095 coalitions of up to 217 sources are beyond the dense LP.
     */
    @Test
    void usArp2020CutToTwelveStatesIsPlayed() throws IOException {
        ScenarioDocument document = play("v2-game-arp12.json");
        assertEquals(12, document.multiPollutant().regions().size());
    }

    /** Reads {@code file} and plays its compensation section as a run does; its surplus is the game's v(N). */
    private static ScenarioDocument play(String file) throws IOException {
        ScenarioDocument document = ScenarioReader.read(file, resource(file), null,
                List.of(CompensationSectionReader.INSTANCE));
        CompensationSpec spec = document.section(CompensationSectionReader.INSTANCE);
        MultiScenarioProblem problem = MultiScenarioProblem.of(document.multiPollutant());
        CompensationReport report = CompensationStudy.run(problem, document.scenario(), MultiPollutantSolvers.exact(),
                spec, document.scenario().seed());
        assertEquals(report.game().grandValue(), report.surplus(), 0, file);
        for (int r = 0; r < report.players().size(); r++) {
            assertEquals(0, report.standalone()[r], 0, file + ": v({" + report.players().get(r) + "}) = 0");
        }
        return document;
    }

    /** The game of {@code scenario}, after checking every coalition's value against the reference. */
    private static ScenarioGame compare(MultiPollutantScenario scenario, String what) {
        ScenarioGame game = MultiPollutantDutiesGame.of(MultiScenarioProblem.of(scenario),
                MultiPollutantSolvers.exact());
        Game values = game.game().orElseThrow();
        SubScenarioMultiCoalitions reference = new SubScenarioMultiCoalitions(scenario);
        double tolerance = 1e-7 * Math.max(1, reference.standaloneTotal());
        for (int r = 0; r < game.playerCount(); r++) {
            assertEquals(reference.standaloneCost(r), game.baselinePlan().cost()[r], tolerance,
                    what + ": region " + r + " alone");
        }
        for (int mask = 1; mask <= values.grandMask(); mask++) {
            double expected = Integer.bitCount(mask) == 1 ? 0 : reference.value(mask);
            assertEquals(expected, values.value(mask), tolerance, what + ", coalition " + mask);
        }
        return game;
    }

    private static String resource(String file) throws IOException {
        try (InputStream in = MultiPollutantCoalitionValuesTest.class.getResourceAsStream("/compensation/" + file)) {
            if (in == null) {
                throw new IOException("missing test resource /compensation/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
