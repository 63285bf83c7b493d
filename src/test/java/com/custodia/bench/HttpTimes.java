package com.custodia.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.custodia.support.Browserless;

/** How the benchmarks time a page: a few warm-up requests, then p50, p95 and max of {@code runs}, all answering 200. */
final class HttpTimes {

	private HttpTimes() {
	}

	static String time(Browserless browser, String url, int warmups, int runs) throws IOException, InterruptedException {
		for (int i = 0; i < warmups; i++) {
			browser.get(url);
		}
		List<Double> millis = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			int status = browser.get(url).statusCode();
			millis.add((System.nanoTime() - start) / 1e6);
			if (status != 200) {
				throw new AssertionError(url + " answered " + status);
			}
		}
		Collections.sort(millis);
		return String.format("GET %-70s p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms", url, millis.get(runs / 2),
				millis.get((int) Math.ceil(runs * 0.95) - 1), millis.get(runs - 1));
	}

}
