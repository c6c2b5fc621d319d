package org.airshed.market.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The ledger against {@link ReferenceLedger} on seeded random operations: opening accounts,
 * transactions of one to three legs (mostly well formed, some not), replays and reused ids, and in
 * some runs a closing record after which nothing applies.
 * Result codes, balances and journal sizes must agree after every operation, both must pass the
 * conservation report, and at the end of each run the journal text rebuilds the ledger exactly.
 */
class LedgerDifferentialTest {
    private static final int SEEDS = 200;
    private static final int OPERATIONS = 500;
    private static final String[] PARTICIPANTS = {"AH", "JS", "ZJ", "SH"};
    private static final Asset[] ASSETS = {new PermitAsset("SO2", 2025, "north"),
            new PermitAsset("SO2", 2026, "north"), new PermitAsset("NOx", 2025, "south"), new Cash("CNY"),
            new Cash("USD")};
    private static final Map<ResultCode, Integer> SEEN = new EnumMap<>(ResultCode.class);

    private Ledger ledger = new Ledger();

    @AfterEach
    void nothingCreatedOrLost() {
        Conservation.assertConserved(ledger);
    }

    @AfterAll
    static void everyResultCodeWasExercised() {
        assertEquals(EnumSet.allOf(ResultCode.class), SEEN.keySet(), "result codes seen: " + SEEN);
    }

    @Test
    void agreesWithTheReferenceModelOnRandomOperations() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            ledger = new Ledger();
            ReferenceLedger reference = new ReferenceLedger();
            List<Transaction> tried = new ArrayList<>();
            for (int op = 0; op < OPERATIONS; op++) {
                String context = "seed " + seed + ", operation " + op;
                ResultCode expected;
                LedgerResult actual;
                int kind = random.nextInt(100);
                if (seed % 5 == 0 && op == OPERATIONS - 20) {
                    // Some runs close their journal early: everything after the closing record is refused.
                    ClosingRecord close = new ClosingRecord(ledger.journalSize(), 1, List.of(), 0);
                    context += ": close";
                    expected = reference.declare(close);
                    actual = ledger.declare(close);
                } else if (kind < 8 || op < 30) {
                    AccountId account = randomAccount(random);
                    long limit = randomCreditLimit(random, account);
                    context += ": open " + account + " with credit " + limit;
                    expected = reference.open(account, limit);
                    actual = ledger.open(account, limit);
                } else {
                    Transaction transaction = kind < 22 && !tried.isEmpty()
                            ? tried.get(random.nextInt(tried.size()))
                            : randomTransaction(random, op);
                    tried.add(transaction);
                    context += ": " + transaction;
                    expected = reference.apply(transaction);
                    actual = ledger.apply(transaction);
                }
                SEEN.merge(actual.code(), 1, Integer::sum);
                assertEquals(expected, actual.code(), context + " -> " + actual);
                assertEquals(new TreeMap<>(reference.balances), ledger.balances(), context);
                assertEquals(reference.journalSize(), ledger.journalSize(), context);
                assertTrue(ConservationReport.of(reference.balances, reference.creditLimits).isConserved(), context);
                Conservation.assertReportClean(ledger);
            }
            String text = LedgerJournal.toJsonLines(ledger.journal());
            Ledger rebuilt = Ledger.rebuild(LedgerJournal.parse("seed " + seed, text));
            assertEquals(ledger.balances(), rebuilt.balances(), "seed " + seed);
            assertEquals(text, LedgerJournal.toJsonLines(rebuilt.journal()), "seed " + seed);
        }
    }

    private static Transaction randomTransaction(SplittableRandom random, int op) {
        // a small id pool so that ids get reused with other content
        String id = random.nextInt(4) == 0 ? "t" + random.nextInt(50) : "op" + op;
        int legs = random.nextInt(40) == 0 ? 0 : 1 + random.nextInt(3);
        List<Movement> movements = new ArrayList<>();
        for (int leg = 0; leg < legs; leg++) {
            movements.add(randomMovement(random));
        }
        return new Transaction(id, movements);
    }

    private static Movement randomMovement(SplittableRandom random) {
        MovementKind kind = MovementKind.values()[random.nextInt(MovementKind.values().length)];
        long amount = randomAmount(random);
        if (random.nextInt(8) == 0) {
            return new Movement(kind, randomAccount(random), randomAccount(random), amount);
        }
        // well formed: accounts in the roles the kind asks for
        Asset asset = randomAsset(random, kind.movesPermits());
        return new Movement(kind, accountIn(random, kind.fromRole(), asset), accountIn(random, kind.toRole(), asset),
                amount);
    }

    private static long randomAmount(SplittableRandom random) {
        int pick = random.nextInt(100);
        if (pick < 4) {
            return -random.nextInt(3);
        }
        if (pick < 80) {
            return 1 + random.nextInt(60);
        }
        if (pick < 95) {
            return 100 + random.nextInt(5_000);
        }
        return Long.MAX_VALUE - random.nextInt(3) - (random.nextBoolean() ? 0 : Long.MAX_VALUE / 2);
    }

    private static long randomCreditLimit(SplittableRandom random, AccountId account) {
        int pick = random.nextInt(20);
        if (pick == 0) {
            return -1;
        }
        if (account.asset() instanceof PermitAsset) {
            return pick == 1 ? 10 : 0;
        }
        return switch (pick % 4) {
            case 0 -> 0;
            case 1 -> 100;
            case 2 -> 5_000;
            default -> AccountOpening.UNLIMITED_CREDIT;
        };
    }

    private static AccountId randomAccount(SplittableRandom random) {
        Asset asset = ASSETS[random.nextInt(ASSETS.length)];
        if (random.nextInt(4) > 0) {
            return AccountId.of(PARTICIPANTS[random.nextInt(PARTICIPANTS.length)], asset);
        }
        List<AccountRole> roles = new ArrayList<>();
        for (AccountRole role : AccountRole.values()) {
            if (role != AccountRole.PARTICIPANT && role.holds(asset)) {
                roles.add(role);
            }
        }
        return accountIn(random, roles.get(random.nextInt(roles.size())), asset);
    }

    private static Asset randomAsset(SplittableRandom random, boolean permits) {
        return permits ? ASSETS[random.nextInt(3)] : ASSETS[3 + random.nextInt(2)];
    }

    private static AccountId accountIn(SplittableRandom random, AccountRole role, Asset asset) {
        return role == AccountRole.PARTICIPANT ? AccountId.of(PARTICIPANTS[random.nextInt(PARTICIPANTS.length)], asset)
                : new AccountId(role.holder(), asset);
    }
}
