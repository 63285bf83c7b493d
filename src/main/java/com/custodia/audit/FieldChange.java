package com.custodia.audit;

/** One changed field of an audited change, with its value before and after (already masked if sensitive). */
public record FieldChange(String field, String before, String after) {
}
