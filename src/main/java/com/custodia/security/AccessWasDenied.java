package com.custodia.security;

/**
 * Published whenever a signed-in user is refused a page or an action (403), including a refused CSRF token, so
 * that the audit trail can record it without the security rules knowing about the trail.
 *
 * @param username who was refused
 * @param roles their roles at that moment
 * @param method the HTTP method
 * @param path the path they asked for
 * @param reason why: {@code PERMISSION} or {@code CSRF}
 */
public record AccessWasDenied(String username, java.util.Set<String> roles, String method, String path, String reason) {
}
