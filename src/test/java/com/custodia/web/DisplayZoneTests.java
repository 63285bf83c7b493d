package com.custodia.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The display zone is a region: PostgreSQL would read a fixed offset with the opposite sign. */
class DisplayZoneTests {

	@Test
	void aRegionIsTakenAndAFixedOffsetRefused() {
		assertThat(new DisplayZone("Asia/Shanghai").zoneId().getId()).isEqualTo("Asia/Shanghai");
		assertThat(new DisplayZone("UTC").zoneId().getId()).isEqualTo("UTC");
		for (String offset : new String[] { "+08:00", "GMT+8", "UTC-05:00", "Z" }) {
			assertThatIllegalArgumentException().isThrownBy(() -> new DisplayZone(offset))
				.withMessageContaining("must be a region");
		}
	}

}
