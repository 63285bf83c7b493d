package com.custodia.audit;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChainHashingTests {

	private static final ChainHashing.SealedContent EVENT = new ChainHashing.SealedContent(42,
			ChainHashing.micros(Instant.parse("2026-11-23T01:02:03.456789Z")), "rm1", "RELATIONSHIP_MANAGER", "10.0.0.7", "USER_UPDATED",
			"USER", "7", null, "SUCCESS", "客户经理 王丽", "[{\"field\":\"email\",\"before\":null,\"after\":\"a@b.c\"}]");

	@Test
	void theSameContentAndPredecessorAlwaysGiveTheSameHash() {
		String first = new ChainHashing().hash(ChainHashing.GENESIS, EVENT);
		assertThat(new ChainHashing().hash(ChainHashing.GENESIS, EVENT)).isEqualTo(first).hasSize(64).matches("[0-9a-f]+");
	}

	@Test
	void anyChangedFieldChangesTheHash() {
		String original = new ChainHashing().hash(ChainHashing.GENESIS, EVENT);
		ChainHashing.SealedContent edited = new ChainHashing.SealedContent(42, EVENT.occurredAtMicros(), "rm2", EVENT.roles(),
				EVENT.sourceIp(), EVENT.action(), EVENT.targetType(), EVENT.targetId(), null, EVENT.outcome(),
				EVENT.detail(), EVENT.changes());
		ChainHashing.SealedContent oneMicroLater = new ChainHashing.SealedContent(42, EVENT.occurredAtMicros() + 1,
				EVENT.actor(), EVENT.roles(), EVENT.sourceIp(), EVENT.action(), EVENT.targetType(), EVENT.targetId(), null,
				EVENT.outcome(), EVENT.detail(), EVENT.changes());
		assertThat(new ChainHashing().hash(ChainHashing.GENESIS, edited)).isNotEqualTo(original);
		assertThat(new ChainHashing().hash(ChainHashing.GENESIS, oneMicroLater)).isNotEqualTo(original);
	}

	@Test
	void theHashDependsOnThePreviousHash() {
		assertThat(new ChainHashing().hash("1".repeat(64), EVENT)).isNotEqualTo(new ChainHashing().hash(ChainHashing.GENESIS, EVENT));
	}

	@Test
	void aSeparatorInsideAFieldCannotMoveTextBetweenFields() {
		ChainHashing.SealedContent a = new ChainHashing.SealedContent(1, EVENT.occurredAtMicros(), "a|b", null, null, "X", null,
				null, null, "SUCCESS", null, null);
		ChainHashing.SealedContent b = new ChainHashing.SealedContent(1, EVENT.occurredAtMicros(), "a", "b", null, "X", null,
				null, null, "SUCCESS", null, null);
		ChainHashing.SealedContent empty = new ChainHashing.SealedContent(1, EVENT.occurredAtMicros(), "", null, null, "X", null,
				null, null, "SUCCESS", null, null);
		ChainHashing.SealedContent missing = new ChainHashing.SealedContent(1, EVENT.occurredAtMicros(), null, null, null, "X",
				null, null, null, "SUCCESS", null, null);
		ChainHashing hashing = new ChainHashing();
		assertThat(hashing.hash(ChainHashing.GENESIS, a)).isNotEqualTo(hashing.hash(ChainHashing.GENESIS, b));
		assertThat(hashing.hash(ChainHashing.GENESIS, empty)).isNotEqualTo(hashing.hash(ChainHashing.GENESIS, missing));
	}

}
