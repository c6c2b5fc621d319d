package org.airshed.market.ledger;

/**
 * One line of the ledger's append-only journal: every change of the ledger is one of these, so
 * replaying the journal in order rebuilds the ledger exactly.
 */
public sealed interface JournalEntry permits AccountOpening, Transaction, Declaration {
}
