package com.custodia.web;

import com.custodia.security.Permission;

/**
 * A report a module offers on the reports page ({@code /reports}), declared as a bean beside its controller: the
 * permission it needs, its name and what it shows (message keys), and where it is.
 */
public record ReportLink(Permission permission, String titleKey, String descriptionKey, String path) {
}
