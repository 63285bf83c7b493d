package com.custodia.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A client's statement for a period: for each piece of property the opening balance, every movement posted in the
 * period and the closing balance, in the property's currency; and totals in the base currency, all converted at the
 * rate in force on the period's last day, so that the totals add up exactly as each property does.
 */
public record Statement(long clientId, String clientCode, String clientName, LocalDate from, LocalDate to,
		List<Section> sections, BigDecimal openingBase, BigDecimal movementsBase, BigDecimal closingBase,
		Instant generatedAt) {

	/** One property's part of the statement; quantities too for property counted in a unit. */
	public record Section(long propertyId, String code, String description, PropertyType type, Currency currency,
			String unit, BigDecimal opening, BigDecimal openingQuantity, List<Line> lines, BigDecimal closing,
			BigDecimal closingQuantity, BigDecimal openingBase, BigDecimal movementsBase, BigDecimal closingBase) {

		public BigDecimal movements() {
			return this.lines.stream().map(Line::change).reduce(BigDecimal.ZERO, BigDecimal::add);
		}

		public BigDecimal quantityMovements() {
			return this.lines.stream().map(Line::quantityChange).reduce(BigDecimal.ZERO, BigDecimal::add);
		}

		/** Opening plus movements is closing, in value and quantity; a section that would not add up is never shown. */
		public boolean addsUp() {
			return this.opening.add(movements()).compareTo(this.closing) == 0
					&& this.openingQuantity.add(quantityMovements()).compareTo(this.closingQuantity) == 0;
		}

		public boolean isCounted() {
			return this.unit != null;
		}

	}

	/** A posted movement in the period. */
	public record Line(Instant postedAt, EntryKind kind, BigDecimal change, BigDecimal after, BigDecimal quantityChange,
			BigDecimal quantityAfter, String reason) {
	}

}
