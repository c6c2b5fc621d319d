package org.airshed.market.ledger;

/**
 * A journal entry that moves nothing but states what the postings must satisfy: the cap a permit
 * vintage is issued under ({@link CapRecord}), what a holder owed and handed in at compliance
 * ({@link ComplianceRecord}), and the end of the journal ({@link ClosingRecord}). The ledger keeps
 * them in order with its postings; {@link JournalAudit} checks the postings against them.
 */
public sealed interface Declaration extends JournalEntry permits CapRecord, ComplianceRecord, ClosingRecord {
}
