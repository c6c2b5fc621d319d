/**
 * The settlement ledger of the permit market: permits (by pollutant, vintage and zone) and money
 * held in exact fixed-point units ({@link org.airshed.market.ledger.Quantum#PERMIT},
 * {@link org.airshed.market.ledger.Quantum#MONEY}), moved only by double-entry
 * {@link org.airshed.market.ledger.Transaction}s that are applied all or nothing, recorded in an
 * append-only journal ({@link org.airshed.market.ledger.LedgerJournal}) from which the ledger can be
 * rebuilt, and checked by a {@link org.airshed.market.ledger.ConservationReport}.
 */
package org.airshed.market.ledger;
